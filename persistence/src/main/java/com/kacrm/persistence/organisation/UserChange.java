package com.kacrm.persistence.organisation;

import com.kacrm.domain.organisation.Role;

/** An edit of a user's profile, role and team. */
public record UserChange(String displayName, Role role, String teamCode, String preferredLocale) {
}
