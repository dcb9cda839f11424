package com.kacrm.web.shared;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

import com.kacrm.domain.organisation.Role;
import com.kacrm.domain.shared.Actor;
import com.kacrm.domain.shared.LocalizedName;
import com.kacrm.persistence.shared.Viewer;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The logged-in user as controllers see it. Built at login from the user record; the
 * password hash is erased once authentication has succeeded.
 */
public final class CurrentUser implements UserDetails, CredentialsContainer {

	private final Long id;

	private final String username;

	private final String displayName;

	private final Role role;

	private final String teamCode;

	private final LocalizedName teamName;

	private final boolean enabled;

	private final boolean locked;

	private final Locale preferredLocale;

	private String passwordHash;

	public CurrentUser(Long id, String username, String displayName, String passwordHash, Role role, String teamCode,
			LocalizedName teamName, boolean enabled, boolean locked, Locale preferredLocale) {
		this.id = id;
		this.username = username;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.role = role;
		this.teamCode = teamCode;
		this.teamName = teamName;
		this.enabled = enabled;
		this.locked = locked;
		this.preferredLocale = preferredLocale;
	}

	public Long getId() {
		return this.id;
	}

	/** This user as the actor of a change, for services and history. */
	public Actor actor() {
		return new Actor(this.id, this.displayName);
	}

	/**
	 * This user as the audit trail names them: display name and login, since display
	 * names need not be unique.
	 */
	public Actor auditActor() {
		return new Actor(this.id, this.displayName + " (" + this.username + ")");
	}

	/** This user as the one on whose behalf services read and change records. */
	public Viewer viewer() {
		return new Viewer(this.id, this.displayName, this.role, this.teamCode);
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public Role getRole() {
		return this.role;
	}

	public String getTeamCode() {
		return this.teamCode;
	}

	/** The team's name in both languages; null for admins without a team. */
	public LocalizedName getTeamName() {
		return this.teamName;
	}

	/**
	 * The language the admin set for this user, or null: screens use it unless the user
	 * chose another one in this browser.
	 */
	public Locale getPreferredLocale() {
		return this.preferredLocale;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(this.role.authority()));
	}

	@Override
	public boolean isAccountNonLocked() {
		return !this.locked;
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof CurrentUser that && this.username.equals(that.username);
	}

	@Override
	public int hashCode() {
		return this.username.hashCode();
	}

	@Override
	public String toString() {
		return "CurrentUser[" + this.username + ", " + this.role + "]";
	}

}
