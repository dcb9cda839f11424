package com.kacrm.persistence.organisation;

import com.kacrm.domain.organisation.Role;

/**
 * An edit of a user's profile, role and team; {@code email} blank removes the address.
 */
public record UserChange(String displayName, Role role, String teamCode, String preferredLocale, String email) {

	/** An edit that leaves the user without an e-mail address. */
	public UserChange(String displayName, Role role, String teamCode, String preferredLocale) {
		this(displayName, role, teamCode, preferredLocale, null);
	}

}
