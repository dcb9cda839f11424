package com.kacrm.persistence.opportunity;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.kacrm.domain.opportunity.OpportunityStatus;
import com.kacrm.domain.playbook.Milestone;
import com.kacrm.domain.reference.Tier;

/**
 * The opportunity list's and board's filters, as the URL carries them; every one may be
 * missing.
 *
 * @param ownerId the deal's owner
 * @param teamId the deal's team
 * @param industryId the industry of the deal's account
 * @param tier the tier (客户分类) of the deal's account
 * @param signingFrom the first expected signing date, inclusive
 * @param signingTo the last expected signing date, inclusive
 * @param amountMin the least estimated amount in 万元, inclusive
 * @param amountMax the greatest estimated amount in 万元, inclusive
 * @param q part of the deal's or its account's name
 */
public record OpportunityFilter(Milestone milestone, OpportunityStatus status, Long ownerId, Long teamId,
		Long industryId, Tier tier, LocalDate signingFrom, LocalDate signingTo, BigDecimal amountMin,
		BigDecimal amountMax, String q) {

	/** Every deal the viewer may see. */
	public static OpportunityFilter all() {
		return new OpportunityFilter(null, null, null, null, null, null, null, null, null, null, null);
	}

	/** The same filters at {@code milestone} (e.g. a board column's "more" link). */
	public OpportunityFilter atMilestone(Milestone milestone) {
		return new OpportunityFilter(milestone, this.status, this.ownerId, this.teamId, this.industryId, this.tier,
				this.signingFrom, this.signingTo, this.amountMin, this.amountMax, this.q);
	}

}
