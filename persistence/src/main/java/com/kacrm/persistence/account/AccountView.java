package com.kacrm.persistence.account;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import com.kacrm.domain.reference.Tier;
import com.kacrm.domain.shared.LocalizedName;

/**
 * An account as its page shows it, with its opportunities.
 *
 * @param convertedFromLeadId the lead it was converted from; null when created directly
 * @param tierCriteriaVersion the criteria version that set the tier; null when set by
 * hand
 */
public record AccountView(long id, long version, String name, String teamCode, LocalizedName team, String ownerUsername,
		String ownerName, LocalizedName industry, Integer industryRank, BigDecimal annualRevenue,
		BigDecimal annualPurchase, Tier tier, boolean tierSetByHand, Integer tierCriteriaVersion, LocalizedName source,
		String contactHint, String notes, Long convertedFromLeadId, String convertedFromLeadNumber, Instant createdAt,
		List<AccountOpportunityRow> opportunities) {

}
