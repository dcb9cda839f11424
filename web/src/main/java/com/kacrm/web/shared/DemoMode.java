package com.kacrm.web.shared;

import java.util.List;

import com.kacrm.domain.organisation.Role;

/**
 * Whether the demo data and logins are loaded, and which: the login page lists them and
 * their password only then.
 */
public record DemoMode(boolean enabled, String password, List<DemoLogin> logins) {

	public DemoMode {
		logins = enabled ? List.copyOf(logins) : List.of();
		password = enabled ? password : null;
	}

	public static DemoMode off() {
		return new DemoMode(false, null, List.of());
	}

	/** One demo user as the login page lists it. */
	public record DemoLogin(String username, Role role) {
	}

}
