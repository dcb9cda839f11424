package com.kacrm.persistence.opportunity;

import java.util.List;

import com.kacrm.domain.shared.LocalizedName;

/**
 * What the opportunity list's and board's filters offer a viewer: the teams they see, the
 * people of those teams and the active industries.
 */
public record OpportunityChoices(List<Named> teams, List<Owner> owners, List<Named> industries) {

	public OpportunityChoices {
		teams = List.copyOf(teams);
		owners = List.copyOf(owners);
		industries = List.copyOf(industries);
	}

	/** A team or an industry. */
	public record Named(long id, LocalizedName name) {

	}

	/** A user who owns deals. */
	public record Owner(long id, String name) {

	}

}
