package com.kacrm.domain.shared;

import java.util.Objects;

/**
 * Who does something: a user (id and display name) or the system itself (no id). Passed
 * into domain methods and services, as the domain never reads the security context.
 */
public record Actor(Long userId, String name) {

	public Actor {
		Objects.requireNonNull(name, "name");
		if (name.isBlank()) {
			throw new IllegalArgumentException("An actor needs a name");
		}
	}

	/** The system acting on its own, e.g. a migration or a scheduled job. */
	public static Actor system(String name) {
		return new Actor(null, name);
	}

}
