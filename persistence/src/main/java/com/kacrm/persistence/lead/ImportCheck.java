package com.kacrm.persistence.lead;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.kacrm.domain.lead.Lead;
import com.kacrm.domain.lead.LeadDetails;
import com.kacrm.domain.lead.LeadNumber;
import com.kacrm.domain.organisation.Region;
import com.kacrm.domain.reference.CompanyNameKey;
import com.kacrm.domain.reference.Industry;
import com.kacrm.domain.reference.LeadSource;
import com.kacrm.domain.reference.Tier;
import com.kacrm.domain.shared.Violation;

/**
 * The rules one imported row must pass before it is registered, each broken rule a
 * violation on the sheet's column; then the checks across rows (the same company twice in
 * the file, already registered, a 编号 in use).
 */
final class ImportCheck {

	/** "A", "a", "A类", "A 级", "Tier A", "A类客户". */
	private static final Pattern CLASS = Pattern.compile("(?i)(?:tier\\s*)?([A-D])\\s*(?:类|级|類)?(?:客户)?");

	/**
	 * The form's field names in {@link Lead#violationsOf} and the columns they are on.
	 */
	private static final Map<String, String> COLUMNS = Map.of("customerName", ImportRow.CUSTOMER_NAME, "regionCode",
			ImportRow.REGION, "industryCode", ImportRow.INDUSTRY, "annualRevenue", ImportRow.ANNUAL_REVENUE,
			"sourceCode", ImportRow.SOURCE, "contactHint", ImportRow.CONTACT_HINT, "notes", ImportRow.NOTES,
			"classReason", ImportRow.CUSTOMER_CLASS, "number", ImportRow.NUMBER);

	private final ImportReferences references;

	private final ZoneId zone;

	private final String classReason;

	private final Instant now;

	ImportCheck(ImportReferences references, ZoneId zone, String classReason, Instant now) {
		this.now = now;
		this.references = references;
		this.zone = zone;
		this.classReason = classReason;
	}

	/** A row with what was made of it. */
	record Checked(ImportRow row, String nameKey, LeadNumber number, NewLead newLead, List<Violation> violations) {

		boolean invalid() {
			return !this.violations.isEmpty();
		}

	}

	Checked check(ImportRow row) {
		List<Violation> violations = new ArrayList<>(row.problems());
		String name = text(row.customerName());
		if (name == null) {
			violations.add(Violation.of(ImportRow.CUSTOMER_NAME, "leadImport.error.required"));
		}
		Region region = null;
		if (text(row.region()) == null) {
			violations.add(Violation.of(ImportRow.REGION, "leadImport.error.required"));
		}
		else {
			region = resolve(this.references.region(row.region()), ImportRow.REGION, row.region(), violations);
		}
		Industry industry = null;
		if (text(row.industry()) != null) {
			industry = resolve(this.references.industry(row.industry()), ImportRow.INDUSTRY, row.industry(),
					violations);
			if (industry != null && !industry.isActive()) {
				violations.add(Violation.of(ImportRow.INDUSTRY, "leadImport.error.inactive", row.industry().strip()));
			}
		}
		LeadSource source = null;
		if (text(row.source()) != null) {
			source = resolve(this.references.source(row.source()), ImportRow.SOURCE, row.source(), violations);
		}
		if (source != null && !source.isActive()) {
			violations.add(Violation.of(ImportRow.SOURCE, "leadImport.error.inactive", row.source().strip()));
		}
		tooLong(ImportRow.CUSTOMER_NAME, name, 200, violations);
		tooLong(ImportRow.CONTACT_HINT, row.contactHint(), Lead.MAX_CONTACT_HINT, violations);
		tooLong(ImportRow.NOTES, row.notes(), Lead.MAX_NOTES, violations);
		BigDecimal revenue = plain(row.annualRevenue());
		if (revenue != null && revenue.signum() < 0) {
			violations.add(Violation.of(ImportRow.ANNUAL_REVENUE, "leadImport.error.negative"));
		}
		else if (revenue != null && (revenue.scale() > 4 || revenue.precision() - revenue.scale() > 12)) {
			violations.add(Violation.of(ImportRow.ANNUAL_REVENUE, "leadImport.error.amountFormat"));
		}
		Tier tier = tier(row.customerClass(), violations);
		LeadNumber number = number(row.number(), region, violations);
		Instant registeredAt = registeredAt(row, violations);
		LeadDetails details = new LeadDetails(name, region, industry, null, revenue, source, text(row.contactHint()),
				text(row.notes()));
		for (Violation violation : onColumns(Lead.violationsOf(details))) {
			boolean known = violations.stream().anyMatch((v) -> java.util.Objects.equals(v.field(), violation.field()));
			if (!known) {
				violations.add(violation);
			}
		}
		NewLead newLead = new NewLead(name, (region != null) ? region.getCode() : null,
				(industry != null) ? industry.getCode() : null, null, revenue, tier,
				(tier != null) ? this.classReason : null, (source != null) ? source.getCode() : null,
				text(row.contactHint()), text(row.notes()), null, registeredAt);
		return new Checked(row, CompanyNameKey.of(name), number, newLead, violations);
	}

	private static BigDecimal plain(BigDecimal amount) {
		if (amount == null) {
			return null;
		}
		BigDecimal stripped = amount.stripTrailingZeros();
		return (stripped.scale() < 0) ? stripped.setScale(0) : stripped;
	}

	private static void tooLong(String column, String value, int max, List<Violation> violations) {
		if (value != null && value.strip().length() > max) {
			violations.add(Violation.of(column, "leadImport.error.tooLong", max));
		}
	}

	private static <T> T resolve(ImportReferences.Match<T> match, String column, String text,
			List<Violation> violations) {
		if (match.ambiguous()) {
			violations.add(Violation.of(column, "leadImport.error.ambiguous", text.strip()));
		}
		else if (match.single() == null) {
			violations.add(Violation.of(column, "leadImport.error.unknown", text.strip()));
		}
		return match.single();
	}

	private static Tier tier(String text, List<Violation> violations) {
		String value = text(text);
		if (value == null) {
			return null;
		}
		Matcher matcher = CLASS.matcher(java.text.Normalizer.normalize(value, java.text.Normalizer.Form.NFKC));
		if (!matcher.matches()) {
			violations.add(Violation.of(ImportRow.CUSTOMER_CLASS, "leadImport.error.customerClass", value));
			return null;
		}
		return Tier.valueOf(matcher.group(1).toUpperCase(java.util.Locale.ROOT));
	}

	private static LeadNumber number(String text, Region region, List<Violation> violations) {
		String value = text(text);
		if (value == null) {
			return null;
		}
		LeadNumber number;
		try {
			number = LeadNumber.parse(value);
		}
		catch (IllegalArgumentException ex) {
			violations.add(Violation.of(ImportRow.NUMBER, "leadImport.error.number", value));
			return null;
		}
		if (region != null && !number.regionCode().equals(region.getCode())) {
			violations
				.add(Violation.of(ImportRow.NUMBER, "leadImport.error.numberOfOtherRegion", value, region.getCode()));
		}
		return number;
	}

	private Instant registeredAt(ImportRow row, List<Violation> violations) {
		if (row.registeredAt() == null) {
			return null;
		}
		Instant at = row.registeredAt().atZone(this.zone).toInstant();
		// A minute's grace: a sheet exported a moment ago, or a clock a little ahead, is
		// not "the future".
		if (at.isAfter(this.now.plusSeconds(60))) {
			violations.add(Violation.of(ImportRow.REGISTERED_AT, "leadImport.error.future"));
			return null;
		}
		return at;
	}

	/** Later rows naming a company an earlier row names, or a 编号 an earlier row has. */
	void duplicatesInFile(List<Checked> rows) {
		Map<String, Integer> firstByKey = new HashMap<>();
		Map<String, Integer> firstByNumber = new HashMap<>();
		for (Checked row : rows) {
			if (!row.nameKey().isEmpty()) {
				Integer first = firstByKey.putIfAbsent(row.nameKey(), row.row().rowNumber());
				if (first != null) {
					row.violations()
						.add(Violation.of(ImportRow.CUSTOMER_NAME, "leadImport.error.duplicateInFile", first));
				}
			}
			if (row.number() != null) {
				Integer first = firstByNumber.putIfAbsent(row.number().toString(), row.row().rowNumber());
				if (first != null) {
					row.violations().add(Violation.of(ImportRow.NUMBER, "leadImport.error.numberInFile", first));
				}
			}
		}
	}

	/** Rows whose company is already a lead or an account (查重). */
	void duplicatesInDatabase(List<Checked> rows, Map<String, List<DuplicateMatch>> matches) {
		for (Checked row : rows) {
			List<DuplicateMatch> found = matches.getOrDefault(row.nameKey(), List.of());
			if (!found.isEmpty()) {
				DuplicateMatch match = found.get(0);
				if (match.isLead()) {
					row.violations()
						.add(Violation.of(ImportRow.CUSTOMER_NAME, "leadImport.error.duplicateLead", match.number(),
								match.name()));
				}
				else {
					row.violations()
						.add(Violation.of(ImportRow.CUSTOMER_NAME, "leadImport.error.duplicateAccount", match.name()));
				}
			}
		}
	}

	void numbersInUse(List<Checked> rows, Set<String> used) {
		for (Checked row : rows) {
			if (row.number() != null && used.contains(row.number().toString())) {
				row.violations()
					.add(Violation.of(ImportRow.NUMBER, "leadImport.error.numberInUse", row.number().toString()));
			}
		}
	}

	/** Violations of the registration, moved from form fields to the sheet's columns. */
	static List<Violation> onColumns(List<Violation> violations) {
		return violations.stream()
			.map((v) -> new Violation(COLUMNS.getOrDefault(v.field(), v.field()), v.messageKey(), v.arguments()))
			.toList();
	}

	private static String text(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
