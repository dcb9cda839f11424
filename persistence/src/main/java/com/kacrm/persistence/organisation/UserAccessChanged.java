package com.kacrm.persistence.organisation;

/**
 * Published after a change that must end the user's open sessions: they were disabled,
 * their password was reset, or their role or team changed (a session keeps the rights it
 * was opened with).
 */
public record UserAccessChanged(String username) {
}
