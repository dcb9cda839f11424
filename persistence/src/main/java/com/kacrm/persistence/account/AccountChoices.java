package com.kacrm.persistence.account;

import java.util.List;

/**
 * What the account list's filters and the account forms offer a viewer: the regions of
 * the teams they see, the active industries, the teams they may create accounts for (for
 * reps only their own) and the owners of those teams.
 */
public record AccountChoices(List<AccountChoice> regions, List<AccountChoice> industries, List<AccountChoice> teams,
		List<OwnerChoice> owners) {

}
