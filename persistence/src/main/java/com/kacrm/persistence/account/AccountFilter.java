package com.kacrm.persistence.account;

import com.kacrm.domain.account.Lifecycle;
import com.kacrm.domain.account.RelationshipStage;
import com.kacrm.domain.reference.Tier;
import com.kacrm.domain.valuation.PortfolioClass;

/**
 * The account list's filters, as the URL carries them; every one may be missing.
 *
 * @param q part of the account's name
 * @param regionCode the region of the account's team
 * @param ownerUsername the owner's user name
 */
public record AccountFilter(String q, String regionCode, String industryCode, Tier tier, PortfolioClass portfolioClass,
		String ownerUsername, RelationshipStage relationshipStage, Lifecycle lifecycle) {

	/** Every account the viewer may see. */
	public static AccountFilter all() {
		return new AccountFilter(null, null, null, null, null, null, null, null);
	}

}
