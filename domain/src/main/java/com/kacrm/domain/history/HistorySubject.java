package com.kacrm.domain.history;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The record a history entry belongs to: its type (e.g. {@code INDUSTRY},
 * {@code ACCOUNT}), id and, optionally, its name at the time, so an audit list reads "客户
 * 华为" rather than "客户 #12". Each feature names its own types, so features need not know
 * each other.
 */
public record HistorySubject(String type, Long id, String label) {

	private static final Pattern TYPE = Pattern.compile("[A-Z][A-Z_]{1,31}");

	public HistorySubject {
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(id, "id");
		if (!TYPE.matcher(type).matches()) {
			throw new IllegalArgumentException("Subject type must be upper case letters and '_': " + type);
		}
		label = (label == null || label.isBlank()) ? null : label.strip();
		if (label != null && label.length() > 200) {
			label = label.substring(0, 200);
		}
	}

	public HistorySubject(String type, Long id) {
		this(type, id, null);
	}

}
