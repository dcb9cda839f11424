package com.kacrm.web.lead;

import java.util.List;

/**
 * The uploaded file is no lead sheet that can be read: not an .xlsx, too large, a zip
 * bomb, no header row. Carries a message key and its arguments for the screen.
 */
public class UnreadableSheetException extends Exception {

	private final String messageKey;

	private final List<Object> arguments;

	public UnreadableSheetException(String messageKey, Object... arguments) {
		super(messageKey, null, false, false);
		this.messageKey = messageKey;
		this.arguments = List.of(arguments);
	}

	/** Unreadable because of {@code cause}, kept for the log. */
	public UnreadableSheetException(Throwable cause, String messageKey, Object... arguments) {
		super(messageKey, cause, false, false);
		this.messageKey = messageKey;
		this.arguments = List.of(arguments);
	}

	public String messageKey() {
		return this.messageKey;
	}

	public Object[] arguments() {
		return this.arguments.toArray();
	}

}
