package com.kacrm.web.agenda;

import com.kacrm.domain.organisation.Role;
import com.kacrm.web.shared.CurrentUser;
import com.kacrm.web.shared.ListLinks;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The overdue-for-contact list's filters as query parameters: {@code team} (a team id)
 * and {@code owner} (a user id, or {@code all}). Without {@code owner} a rep sees only
 * their own accounts, managers and admins everyone's.
 */
public class OverdueParams {

	/** The {@code owner} value for every owner. */
	public static final String ALL = "all";

	private Long team;

	private String owner;

	/** The owner to filter by for {@code user}, null for everyone. */
	Long ownerId(CurrentUser user) {
		if (this.owner == null || this.owner.isBlank()) {
			return (user.getRole() == Role.REP) ? user.getId() : null;
		}
		if (ALL.equals(this.owner)) {
			return null;
		}
		try {
			return Long.valueOf(this.owner.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/** The value the owner filter shows selected. */
	public String selectedOwner(CurrentUser user) {
		Long id = ownerId(user);
		return (id != null) ? id.toString() : ALL;
	}

	UriComponentsBuilder addTo(UriComponentsBuilder builder) {
		ListLinks.addParam(builder, "team", this.team);
		ListLinks.addParam(builder, "owner", (this.owner == null || this.owner.isBlank()) ? null : this.owner.strip());
		return builder;
	}

	public Long getTeam() {
		return this.team;
	}

	public void setTeam(Long team) {
		this.team = team;
	}

	public String getOwner() {
		return this.owner;
	}

	public void setOwner(String owner) {
		this.owner = owner;
	}

}
