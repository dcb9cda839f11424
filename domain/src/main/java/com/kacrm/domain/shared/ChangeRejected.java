package com.kacrm.domain.shared;

import java.util.List;

/**
 * A change the business rules refuse, with every rule it breaks. Nothing has been changed
 * when this is thrown; screens show the violations next to their fields, the API answers
 * 422 with them.
 */
public class ChangeRejected extends RuntimeException {

	private final List<Violation> violations;

	public ChangeRejected(List<Violation> violations) {
		super(describe(violations));
		if (violations.isEmpty()) {
			throw new IllegalArgumentException("A rejection needs at least one violation");
		}
		this.violations = List.copyOf(violations);
	}

	public ChangeRejected(Violation violation) {
		this(List.of(violation));
	}

	public static ChangeRejected of(String field, String messageKey, Object... arguments) {
		return new ChangeRejected(Violation.of(field, messageKey, arguments));
	}

	/** Throws when {@code violations} is not empty. */
	public static void throwIfAny(List<Violation> violations) {
		if (!violations.isEmpty()) {
			throw new ChangeRejected(violations);
		}
	}

	public List<Violation> violations() {
		return this.violations;
	}

	private static String describe(List<Violation> violations) {
		return violations.stream().map((v) -> v.field() + ": " + v.messageKey()).toList().toString();
	}

}
