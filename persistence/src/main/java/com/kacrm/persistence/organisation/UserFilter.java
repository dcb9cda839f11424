package com.kacrm.persistence.organisation;

import com.kacrm.domain.organisation.Role;

/**
 * What the user list is filtered by; each null (or blank) part matches everyone.
 * {@code search} matches part of the username or display name, ignoring case.
 */
public record UserFilter(Role role, String teamCode, Boolean enabled, String search) {

	public static UserFilter none() {
		return new UserFilter(null, null, null, null);
	}

}
