package com.kacrm.persistence.organisation;

import java.time.Instant;

import com.kacrm.domain.organisation.Role;
import com.kacrm.domain.organisation.Team;
import com.kacrm.domain.organisation.User;
import com.kacrm.domain.shared.LocalizedName;

/**
 * A user as the admin screens show them; never carries the password hash.
 *
 * @param locked whether wrong passwords have locked the account right now
 */
public record UserRow(Long id, long version, String username, String displayName, Role role, String teamCode,
		LocalizedName teamName, String preferredLocale, String email, boolean enabled, boolean locked,
		Instant lastLoginAt, Instant createdAt) {

	static UserRow of(User user, Instant now) {
		Team team = user.getTeam();
		return new UserRow(user.getId(), user.getVersion(), user.getUsername(), user.getDisplayName(), user.getRole(),
				(team != null) ? team.getCode() : null, (team != null) ? team.getName() : null,
				user.getPreferredLocale(), user.getEmail(), user.isEnabled(), user.isLockedAt(now),
				user.getLastLoginAt(), user.getCreatedAt());
	}

}
