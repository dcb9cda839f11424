package com.kacrm.persistence.organisation;

import com.kacrm.domain.organisation.Role;
import com.kacrm.domain.shared.LocalizedName;

/**
 * What the security layer needs to authenticate a user, read in one query.
 *
 * @param locked whether too many wrong passwords have locked the account right now
 * @param preferredLocale the language the user prefers ({@code zh_CN}, {@code en}) or
 * null
 */
public record LoginAccount(Long id, String username, String displayName, String passwordHash, Role role,
		String teamCode, LocalizedName teamName, boolean enabled, boolean locked, String preferredLocale) {
}
