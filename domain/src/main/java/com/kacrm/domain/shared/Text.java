package com.kacrm.domain.shared;

/** Checks on text that records require. */
public final class Text {

	private Text() {
	}

	/**
	 * {@code value} stripped.
	 * @throws IllegalArgumentException when it is blank or longer than {@code maxLength}
	 */
	public static String required(String value, String what, int maxLength) {
		if (value == null || value.isBlank() || value.strip().length() > maxLength) {
			throw new IllegalArgumentException(what + " must have 1 to " + maxLength + " characters");
		}
		return value.strip();
	}

	/** {@code value} stripped, or null when it is blank or missing. */
	public static String optional(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
