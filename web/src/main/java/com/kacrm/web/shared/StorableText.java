package com.kacrm.web.shared;

/**
 * Whether text can be stored as PostgreSQL {@code text}/{@code varchar}: it cannot hold
 * NUL (U+0000), and a lone UTF-16 surrogate has no UTF-8 form, so the driver would store
 * "?" in its place. Such input is refused where it enters (form binding and JSON reading)
 * with a message, rather than failing in the database (a 500) or being stored altered.
 */
public final class StorableText {

	/** The message key of the refusal, for forms and the API. */
	public static final String MESSAGE_KEY = "typeMismatch.java.lang.String";

	private StorableText() {
	}

	/** True when {@code text} is null or can be stored exactly as it is. */
	public static boolean isStorable(CharSequence text) {
		if (text == null) {
			return true;
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\0' || Character.isLowSurrogate(c)) {
				return false;
			}
			if (Character.isHighSurrogate(c)) {
				if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
					return false;
				}
				i++;
			}
		}
		return true;
	}

}
