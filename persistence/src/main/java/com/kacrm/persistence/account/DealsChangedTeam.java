package com.kacrm.persistence.account;

import java.util.List;

import com.kacrm.domain.shared.Actor;

/**
 * Published inside the transaction when an account's reassignment took its deals to
 * another team, so that what belonged to the old team's work on them (a 立项 request
 * proposing the old team's people, waiting for the old team's manager) can be closed in
 * the same transaction.
 *
 * @param opportunityIds the deals that changed team
 * @param actor who reassigned the account
 */
public record DealsChangedTeam(List<Long> opportunityIds, Actor actor) {

	public DealsChangedTeam {
		opportunityIds = List.copyOf(opportunityIds);
	}

}
