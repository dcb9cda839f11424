package com.kacrm.persistence.organisation;

import com.kacrm.domain.organisation.Role;

/**
 * A user to create; {@code teamCode} is null only for admins.
 */
public record NewUser(String username, String displayName, String passwordHash, Role role, String teamCode) {
}
