package com.kacrm.persistence.lead;

import java.math.BigDecimal;
import java.time.Instant;

import com.kacrm.domain.lead.LeadStatus;
import com.kacrm.domain.reference.Tier;
import com.kacrm.domain.shared.LocalizedName;

/**
 * A lead as its page shows it, with what the user may do with it.
 *
 * @param tierCriteriaVersion the criteria version that set the class; null when set by
 * hand
 */
public record LeadView(long id, long version, String number, String customerName, String regionCode,
		LocalizedName region, String industryCode, LocalizedName industry, Integer industryRank,
		BigDecimal annualRevenue, Tier customerClass, boolean classSetByHand, Integer tierCriteriaVersion,
		String sourceCode, LocalizedName source, String contactHint, String notes, LeadStatus status,
		String discardReason, Instant registeredAt, String registrantName, String ownerUsername, String ownerName,
		String teamCode, LocalizedName team, Instant ownedSince, Instant lastContactedAt, Long convertedAccountId,
		Long convertedOpportunityId, Instant closedAt, LeadPermissions can) {

}
