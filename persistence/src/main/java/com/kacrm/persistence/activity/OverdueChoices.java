package com.kacrm.persistence.activity;

import java.util.List;

import com.kacrm.domain.shared.LocalizedName;

/**
 * What the overdue-for-contact list's filters offer a viewer: the teams whose accounts
 * they see and the owners of the accounts they see.
 */
public record OverdueChoices(List<Team> teams, List<Owner> owners) {

	public OverdueChoices {
		teams = List.copyOf(teams);
		owners = List.copyOf(owners);
	}

	/** A team the viewer sees. */
	public record Team(long id, LocalizedName name) {

	}

	/** A user who owns accounts the viewer sees. */
	public record Owner(long id, String name) {

	}

}
