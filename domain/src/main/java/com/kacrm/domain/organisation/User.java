package com.kacrm.domain.organisation;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

import com.kacrm.domain.shared.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.OptimisticLock;

/**
 * Someone who logs in: a rep, a manager or an admin.
 *
 * <p>
 * Invariants: the username is lower case and unique; reps and managers belong to exactly
 * one team (every record they create is owned by that team), admins may belong to none. A
 * user whose password was wrong {@link LoginLockoutPolicy#maxConsecutiveFailures() too
 * often in a row} is locked until a moment in the future; a successful login resets the
 * count. A disabled user cannot log in at all.
 *
 * <p>
 * The login counters are excluded from optimistic locking: a stranger guessing passwords
 * must not make an admin's edit of the same user fail as a conflict.
 */
@Entity
@Table(name = "app_user")
public class User extends VersionedEntity {

	private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

	@Column(nullable = false, unique = true, length = 64)
	private String username;

	@Column(name = "display_name", nullable = false, length = 100)
	private String displayName;

	@Column(name = "password_hash", nullable = false, length = 255)
	private String passwordHash;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private Role role;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "team_id")
	private Team team;

	@Column(name = "preferred_locale", length = 16)
	private String preferredLocale;

	@Column(nullable = false)
	private boolean enabled = true;

	@OptimisticLock(excluded = true)
	@Column(name = "failed_login_count", nullable = false)
	private int failedLoginCount;

	@OptimisticLock(excluded = true)
	@Column(name = "locked_until")
	private Instant lockedUntil;

	@OptimisticLock(excluded = true)
	@Column(name = "last_login_at")
	private Instant lastLoginAt;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	protected User() {
	}

	public User(String username, String displayName, String passwordHash, Role role, Team team, Instant createdAt) {
		this.username = normalizeUsername(username);
		this.displayName = requireText(displayName, "displayName", 100);
		this.passwordHash = requireText(passwordHash, "passwordHash", 255);
		this.role = Objects.requireNonNull(role, "role");
		if (team == null && role != Role.ADMIN) {
			throw new IllegalArgumentException("A " + role + " must belong to a team");
		}
		this.team = team;
		this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
	}

	/**
	 * The canonical form of a username as typed at login: trimmed and lower case (empty
	 * for null). Anything typed is accepted, so callers can look it up and simply find
	 * nothing.
	 */
	public static String canonicalUsername(String typed) {
		return (typed == null) ? "" : typed.strip().toLowerCase(Locale.ROOT);
	}

	private static String normalizeUsername(String username) {
		String canonical = canonicalUsername(username);
		if (!USERNAME.matcher(canonical).matches()) {
			throw new IllegalArgumentException(
					"Username must be 2 to 64 characters of a-z, 0-9, '.', '_' or '-': " + username);
		}
		return canonical;
	}

	private static String requireText(String value, String what, int maxLength) {
		if (value == null || value.isBlank() || value.length() > maxLength) {
			throw new IllegalArgumentException(what + " must have 1 to " + maxLength + " characters");
		}
		return value.strip();
	}

	/**
	 * Counts a wrong password. Reaching the policy's limit locks the account for the
	 * policy's duration from {@code at}; a wrong password while locked changes nothing,
	 * so the lock is not extended by an attacker.
	 */
	public void recordFailedLogin(Instant at, LoginLockoutPolicy policy) {
		Objects.requireNonNull(at, "at");
		Objects.requireNonNull(policy, "policy");
		if (isLockedAt(at)) {
			return;
		}
		this.failedLoginCount++;
		if (this.failedLoginCount >= policy.maxConsecutiveFailures()) {
			this.lockedUntil = at.plus(policy.lockDuration());
			this.failedLoginCount = 0;
		}
	}

	/**
	 * A correct password ends the run of failures (API calls authenticate on every
	 * request).
	 */
	public void clearFailedLogins() {
		this.failedLoginCount = 0;
		this.lockedUntil = null;
	}

	/**
	 * Whether a correct password has anything to clear; saves a write on every API call.
	 */
	public boolean hasFailedLoginsOnRecord() {
		return this.failedLoginCount > 0 || this.lockedUntil != null;
	}

	/**
	 * Someone logged in at the login form: the run of failures ends and the login is
	 * remembered.
	 */
	public void recordInteractiveLogin(Instant at) {
		clearFailedLogins();
		this.lastLoginAt = Objects.requireNonNull(at, "at");
	}

	public boolean isLockedAt(Instant at) {
		return this.lockedUntil != null && at.isBefore(this.lockedUntil);
	}

	/** Whether this user may start a session at {@code at}. */
	public boolean canLogInAt(Instant at) {
		return this.enabled && !isLockedAt(at);
	}

	public String getUsername() {
		return this.username;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public String getPasswordHash() {
		return this.passwordHash;
	}

	public Role getRole() {
		return this.role;
	}

	public Team getTeam() {
		return this.team;
	}

	public String getPreferredLocale() {
		return this.preferredLocale;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public int getFailedLoginCount() {
		return this.failedLoginCount;
	}

	public Instant getLockedUntil() {
		return this.lockedUntil;
	}

	public Instant getLastLoginAt() {
		return this.lastLoginAt;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

}
