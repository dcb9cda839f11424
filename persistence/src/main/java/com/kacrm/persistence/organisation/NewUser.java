package com.kacrm.persistence.organisation;

import com.kacrm.domain.organisation.Role;

/**
 * A user to create; {@code teamCode} is null only for admins, {@code email} null for
 * none.
 */
public record NewUser(String username, String displayName, String passwordHash, Role role, String teamCode,
		String email) {

	/** A user without an e-mail address. */
	public NewUser(String username, String displayName, String passwordHash, Role role, String teamCode) {
		this(username, displayName, passwordHash, role, teamCode, null);
	}

}
