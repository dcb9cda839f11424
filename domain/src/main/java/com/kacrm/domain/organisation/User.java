package com.kacrm.domain.organisation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

import com.kacrm.domain.shared.Actor;
import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.domain.shared.VersionedEntity;
import com.kacrm.domain.shared.Violation;
import com.kacrm.domain.shared.Violations;
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
 * count. A disabled user cannot log in at all, and nobody can disable themselves. A
 * manager who is appointed to a team keeps the manager role and that team until the team
 * gets another manager. The preferred language is Chinese ({@code zh_CN}), English
 * ({@code en}) or none (the site's default); the e-mail address, where notifications are
 * sent when SMTP is configured, is optional.
 *
 * <p>
 * The login counters are excluded from optimistic locking: a stranger guessing passwords
 * must not make an admin's edit of the same user fail as a conflict.
 */
@Entity
@Table(name = "app_user")
public class User extends VersionedEntity {

	private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

	/** The languages a user may prefer; the UI has bundles for exactly these. */
	public static final List<String> SUPPORTED_LOCALES = List.of("zh_CN", "en");

	public static final int MIN_PASSWORD_LENGTH = 8;

	public static final int MAX_PASSWORD_LENGTH = 128;

	private static final int MAX_DISPLAY_NAME_LENGTH = 100;

	/** The longest e-mail address (RFC 5321's path limit), as in the column. */
	public static final int MAX_EMAIL_LENGTH = 254;

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

	/** Where notifications are e-mailed when SMTP is configured; null for none. */
	@Column(length = MAX_EMAIL_LENGTH)
	private String email;

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

	/**
	 * A new, enabled user. Refused next to the form's fields when the username is not 2
	 * to 64 characters of a-z, 0-9, '.', '_' or '-', the display name is blank or too
	 * long, or a rep or manager has no team.
	 */
	public User(String username, String displayName, String passwordHash, Role role, Team team, Instant createdAt) {
		Objects.requireNonNull(role, "role");
		List<Violation> violations = new ArrayList<>();
		String canonical = canonicalUsername(username);
		if (!USERNAME.matcher(canonical).matches()) {
			violations.add(Violation.of("username", "user.username.invalid"));
		}
		checkDisplayName(displayName, violations);
		checkTeam(role, team, violations);
		ChangeRejected.throwIfAny(violations);
		this.username = canonical;
		this.displayName = displayName.strip();
		this.passwordHash = requireHash(passwordHash);
		this.role = role;
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

	/**
	 * Refuses a new password that is too short or too long (OWASP ASVS 2.1.1: at least 8
	 * characters), on the form's {@code password} field. Checked before hashing, as the
	 * entity only ever sees the hash.
	 */
	public static void checkNewPassword(String password) {
		if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
			throw ChangeRejected.of("password", "user.password.tooShort", MIN_PASSWORD_LENGTH);
		}
		if (password.length() > MAX_PASSWORD_LENGTH) {
			throw ChangeRejected.of("password", "user.password.tooLong", MAX_PASSWORD_LENGTH);
		}
	}

	private static void checkDisplayName(String displayName, List<Violation> violations) {
		if (displayName == null || displayName.isBlank()) {
			violations.add(Violation.of("displayName", "user.displayName.required"));
		}
		else if (displayName.strip().length() > MAX_DISPLAY_NAME_LENGTH) {
			violations.add(Violation.of("displayName", "user.displayName.tooLong", MAX_DISPLAY_NAME_LENGTH));
		}
	}

	private static void checkTeam(Role role, Team team, List<Violation> violations) {
		if (team == null && role != Role.ADMIN) {
			violations.add(Violation.of("teamCode", "user.team.required"));
		}
	}

	private static String requireHash(String passwordHash) {
		if (passwordHash == null || passwordHash.isBlank() || passwordHash.length() > 255) {
			throw new IllegalArgumentException("passwordHash must have 1 to 255 characters");
		}
		return passwordHash;
	}

	/**
	 * Changes how the user is shown and which language the screens use for them;
	 * {@code newPreferredLocale} is one of {@link #SUPPORTED_LOCALES} or blank for none.
	 */
	public void changeProfile(String newDisplayName, String newPreferredLocale) {
		changeProfile(newDisplayName, newPreferredLocale, this.email);
	}

	/**
	 * Changes how the user is shown, which language the screens and e-mails use for them
	 * and where notifications are e-mailed; {@code newEmail} blank for none. Every broken
	 * rule is reported at once, next to its field.
	 */
	public void changeProfile(String newDisplayName, String newPreferredLocale, String newEmail) {
		List<Violation> violations = new ArrayList<>();
		checkDisplayName(newDisplayName, violations);
		String locale = (newPreferredLocale == null || newPreferredLocale.isBlank()) ? null
				: newPreferredLocale.strip();
		if (locale != null && !SUPPORTED_LOCALES.contains(locale)) {
			violations.add(Violation.of("preferredLocale", "user.preferredLocale.unsupported"));
		}
		violations.addAll(new Violations().email("email", newEmail, MAX_EMAIL_LENGTH).list());
		ChangeRejected.throwIfAny(violations);
		this.displayName = newDisplayName.strip();
		this.preferredLocale = locale;
		this.email = (newEmail == null || newEmail.isBlank()) ? null : newEmail.strip();
	}

	/**
	 * Gives the user another role and team. Reps and managers need a team. A manager
	 * still appointed to a team ({@code teamsManaged}) keeps the manager role and that
	 * team: the team must get another manager first.
	 */
	public void changeRole(Role newRole, Team newTeam, Collection<Team> teamsManaged, Actor by) {
		Objects.requireNonNull(newRole, "newRole");
		List<Violation> violations = new ArrayList<>();
		if (isActor(by) && this.role == Role.ADMIN && newRole != Role.ADMIN) {
			violations.add(Violation.of("role", "user.role.selfDemotion"));
		}
		checkTeam(newRole, newTeam, violations);
		for (Team managed : teamsManaged) {
			if (newRole != Role.MANAGER) {
				violations.add(Violation.of("role", "user.role.stillManager", managed.getCode()));
			}
			else if (!managed.isSameTeam(newTeam)) {
				violations.add(Violation.of("teamCode", "user.team.stillManager", managed.getCode()));
			}
		}
		ChangeRejected.throwIfAny(violations);
		this.role = newRole;
		this.team = newTeam;
	}

	/**
	 * The user can no longer log in; the caller ends their open sessions. Nobody can
	 * disable themselves, so an installation never loses its last admin by accident; and
	 * a team's manager is replaced first, so the team's 立项 requests always have someone
	 * to decide them.
	 */
	public void disable(Actor by, Collection<Team> teamsManaged) {
		Objects.requireNonNull(by, "by");
		if (isActor(by)) {
			throw ChangeRejected.of(null, "user.disable.self");
		}
		if (!teamsManaged.isEmpty()) {
			throw ChangeRejected.of(null, "user.disable.stillManager",
					String.join(", ", teamsManaged.stream().map(Team::getCode).toList()));
		}
		this.enabled = false;
	}

	private boolean isActor(Actor actor) {
		return actor != null && actor.userId() != null && actor.userId().equals(getId());
	}

	public void enable() {
		this.enabled = true;
	}

	/**
	 * An admin sets a new password (already hashed); a lock from wrong passwords ends
	 * with it, as the user is about to log in with the new one.
	 */
	public void resetPassword(String newPasswordHash) {
		this.passwordHash = requireHash(newPasswordHash);
		clearFailedLogins();
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

	/** Where notifications are e-mailed, or null when the user has no address. */
	public String getEmail() {
		return this.email;
	}

	/** Whether notifications can reach this user by e-mail too. */
	public boolean hasEmail() {
		return this.email != null;
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
