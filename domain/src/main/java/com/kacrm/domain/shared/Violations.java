package com.kacrm.domain.shared;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Collects the rules a change breaks, field by field, so a form shows every problem at
 * once; {@link #throwIfAny()} refuses the change when there is one.
 */
public final class Violations {

	/**
	 * Digits with the separators people type: +86 755-8888 8888, (0755)88888888 转 123.
	 */
	private static final Pattern PHONE = Pattern.compile("\\+?[0-9()\\- ]{5,30}(\\s*(转|ext\\.?|x)\\s*[0-9]{1,6})?");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private final List<Violation> list = new ArrayList<>();

	public Violations add(String field, String messageKey, Object... arguments) {
		this.list.add(Violation.of(field, messageKey, arguments));
		return this;
	}

	/** Text that must be present and at most {@code max} characters long. */
	public Violations requiredText(String field, String value, int max) {
		if (value == null || value.isBlank()) {
			return add(field, "form.required");
		}
		return optionalText(field, value, max);
	}

	/** Text that may be missing but is at most {@code max} characters long. */
	public Violations optionalText(String field, String value, int max) {
		if (value != null && value.strip().length() > max) {
			add(field, "form.tooLong", max);
		}
		return this;
	}

	/** A phone number, if given: digits with +, -, spaces, brackets and an extension. */
	public Violations phone(String field, String value) {
		if (value != null && !value.isBlank() && !PHONE.matcher(value.strip()).matches()) {
			add(field, "form.phoneFormat");
		}
		return this;
	}

	/** An e-mail address, if given. */
	public Violations email(String field, String value, int max) {
		optionalText(field, value, max);
		if (value != null && !value.isBlank() && !EMAIL.matcher(value.strip()).matches()) {
			add(field, "form.emailFormat");
		}
		return this;
	}

	/** An amount in 万元, if given: not negative, at most 12 digits and 4 decimals. */
	public Violations amount(String field, BigDecimal value) {
		if (value != null && value.signum() < 0) {
			add(field, "lead.error.notNegative");
		}
		else if (value != null && (value.scale() > 4 || value.precision() - value.scale() > 12)) {
			add(field, "lead.error.amountFormat");
		}
		return this;
	}

	/** A whole number within {@code min}–{@code max}, if given. */
	public Violations range(String field, Integer value, int min, int max) {
		if (value != null && (value < min || value > max)) {
			add(field, "form.range", min, max);
		}
		return this;
	}

	public boolean isEmpty() {
		return this.list.isEmpty();
	}

	public List<Violation> list() {
		return List.copyOf(this.list);
	}

	/**
	 * @throws ChangeRejected with every collected violation, if there is one
	 */
	public void throwIfAny() {
		ChangeRejected.throwIfAny(this.list);
	}

}
