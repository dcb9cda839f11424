package com.kacrm.domain.shared;

import java.util.List;
import java.util.Objects;

/**
 * One broken rule of a change: the form field it concerns (null for the change as a
 * whole), a message key and its arguments, so the screen can say it next to the field in
 * the user's language.
 */
public record Violation(String field, String messageKey, List<Object> arguments) {

	public Violation {
		Objects.requireNonNull(messageKey, "messageKey");
		arguments = List.copyOf(arguments);
	}

	public static Violation of(String field, String messageKey, Object... arguments) {
		return new Violation(field, messageKey, List.of(arguments));
	}

}
