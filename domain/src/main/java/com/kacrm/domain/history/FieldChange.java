package com.kacrm.domain.history;

import java.util.Objects;

/**
 * One field of a record that changed: the field is named by its message key (e.g.
 * {@code industry.strategyClass}), so every history screen shows it in the reader's
 * language; values are kept as text, as they were at the time.
 */
public record FieldChange(String field, String oldValue, String newValue) {

	public FieldChange {
		Objects.requireNonNull(field, "field");
	}

	public static FieldChange of(String field, Object oldValue, Object newValue) {
		return new FieldChange(field, text(oldValue), text(newValue));
	}

	static String text(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof java.math.BigDecimal decimal) {
			return decimal.stripTrailingZeros().toPlainString();
		}
		return value.toString();
	}

	public boolean isChange() {
		return !Objects.equals(this.oldValue, this.newValue);
	}

}
