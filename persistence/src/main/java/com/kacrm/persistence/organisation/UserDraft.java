package com.kacrm.persistence.organisation;

import com.kacrm.domain.organisation.Role;

/**
 * A user to create, as typed in the form; {@code teamCode} may be blank for admins,
 * {@code preferredLocale} blank for the site's default, {@code email} blank for none. The
 * password comes separately.
 */
public record UserDraft(String username, String displayName, Role role, String teamCode, String preferredLocale,
		String email) {

	/** A user without an e-mail address. */
	public UserDraft(String username, String displayName, Role role, String teamCode, String preferredLocale) {
		this(username, displayName, role, teamCode, preferredLocale, null);
	}

}
