package com.kacrm.persistence.tiering;

import java.math.BigDecimal;

import com.kacrm.domain.reference.Tier;
import com.kacrm.domain.reference.TierProfile;

/**
 * An account or open lead as the tier rule sees it, read without loading the whole
 * record.
 */
record TierCandidate(String subjectType, Long id, String name, Integer industryRank, BigDecimal annualRevenue,
		BigDecimal annualPurchase, Tier tier, boolean tierSetByHand) {

	/** A lead: a prospect buys nothing from us yet. */
	TierCandidate(String subjectType, Long id, String name, Integer industryRank, BigDecimal annualRevenue, Tier tier,
			boolean tierSetByHand) {
		this(subjectType, id, name, industryRank, annualRevenue, null, tier, tierSetByHand);
	}

	TierProfile profile() {
		return new TierProfile(this.industryRank, this.annualRevenue, this.annualPurchase);
	}

}
