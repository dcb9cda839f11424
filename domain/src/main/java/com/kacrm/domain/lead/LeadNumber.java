package com.kacrm.domain.lead;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A lead's number on the sheet (编号), readable per region and year: {@code SZ-2026-00042}
 * is the 42nd lead the region SZ registered in 2026. Unique; gaps are allowed (a
 * registration that fails keeps no number back).
 */
public record LeadNumber(String regionCode, int year, int sequence) {

	private static final Pattern FORMAT = Pattern.compile("([A-Z][A-Z0-9]{1,7})-(\\d{4})-(\\d{5,})");

	public LeadNumber {
		Objects.requireNonNull(regionCode, "regionCode");
		if (year < 1000 || year > 9999) {
			throw new IllegalArgumentException("Year out of range: " + year);
		}
		if (sequence < 1) {
			throw new IllegalArgumentException("Sequence must be positive: " + sequence);
		}
	}

	/**
	 * The number written as {@code REGION-YEAR-SEQUENCE}.
	 * @throws IllegalArgumentException when {@code text} is not a lead number
	 */
	public static LeadNumber parse(String text) {
		Matcher matcher = FORMAT.matcher((text != null) ? text.strip() : "");
		if (!matcher.matches()) {
			throw new IllegalArgumentException("Not a lead number: " + text);
		}
		return new LeadNumber(matcher.group(1), Integer.parseInt(matcher.group(2)), Integer.parseInt(matcher.group(3)));
	}

	@Override
	public String toString() {
		return "%s-%d-%05d".formatted(this.regionCode, this.year, this.sequence);
	}

}
