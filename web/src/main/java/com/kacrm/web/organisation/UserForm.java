package com.kacrm.web.organisation;

import com.kacrm.domain.organisation.Role;
import com.kacrm.persistence.organisation.UserChange;
import com.kacrm.persistence.organisation.UserDraft;
import com.kacrm.persistence.organisation.UserRow;
import jakarta.validation.constraints.NotNull;

/**
 * The user form. A new user also gets a username and an initial password; an existing
 * user's username never changes and their password is reset separately.
 */
public class UserForm {

	private String username;

	private String displayName;

	@NotNull(message = "{form.required}")
	private Role role;

	private String teamCode;

	private String preferredLocale;

	private String email;

	private String password;

	/**
	 * -1 until bound: an edit posted without its version meets a conflict, never
	 * overwrites.
	 */
	private long version = -1;

	static UserForm of(UserRow user) {
		UserForm form = new UserForm();
		form.refresh(user);
		return form;
	}

	/** Takes the user's current values and version, e.g. after a concurrent edit. */
	void refresh(UserRow user) {
		this.username = user.username();
		this.displayName = user.displayName();
		this.role = user.role();
		this.teamCode = user.teamCode();
		this.preferredLocale = user.preferredLocale();
		this.email = user.email();
		this.version = user.version();
	}

	UserDraft toDraft() {
		return new UserDraft(this.username, this.displayName, this.role, this.teamCode, this.preferredLocale,
				this.email);
	}

	UserChange toChange() {
		return new UserChange(this.displayName, this.role, this.teamCode, this.preferredLocale, this.email);
	}

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public Role getRole() {
		return this.role;
	}

	public void setRole(Role role) {
		this.role = role;
	}

	public String getTeamCode() {
		return this.teamCode;
	}

	public void setTeamCode(String teamCode) {
		this.teamCode = teamCode;
	}

	public String getPreferredLocale() {
		return this.preferredLocale;
	}

	public void setPreferredLocale(String preferredLocale) {
		this.preferredLocale = preferredLocale;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
