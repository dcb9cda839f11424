package com.kacrm.domain.playbook;

import java.util.List;

import com.kacrm.domain.shared.Violation;

/** Trimming and length rules shared by the playbook's texts. */
final class Texts {

	static final String REQUIRED = "form.required";

	static final String TOO_LONG = "playbook.text.tooLong";

	private Texts() {
	}

	/** Trimmed text; null stays null so the required check can name it. */
	static String required(String text) {
		return (text == null) ? null : text.strip();
	}

	/** Trimmed text, or null when blank. */
	static String optional(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	static void check(List<Violation> violations, String field, String text, boolean required, int maxLength) {
		if (text == null || text.isEmpty()) {
			if (required) {
				violations.add(Violation.of(field, REQUIRED));
			}
		}
		else if (text.length() > maxLength) {
			violations.add(Violation.of(field, TOO_LONG, maxLength));
		}
	}

	/**
	 * The text as duplicates are compared: inner whitespace collapsed, case ignored, so
	 * "Visit logged" and "visit logged" are the same item.
	 */
	static String comparable(String text) {
		return (text == null) ? null : text.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
	}

}
