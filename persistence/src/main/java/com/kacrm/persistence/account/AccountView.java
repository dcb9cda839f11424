package com.kacrm.persistence.account;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import com.kacrm.domain.account.DecisionMode;
import com.kacrm.domain.account.Lifecycle;
import com.kacrm.domain.account.RelationshipStage;
import com.kacrm.domain.reference.Tier;
import com.kacrm.domain.shared.LocalizedName;
import com.kacrm.domain.valuation.PortfolioClass;
import com.kacrm.domain.valuation.PyramidLevel;

/**
 * An account as its page shows it: the whole file (建档) with its classification, and its
 * opportunities.
 *
 * @param convertedFromLeadId the lead it was converted from; null when created directly
 * @param tierCriteriaVersion the criteria version that set the tier; null when set by
 * hand
 * @param portfolioClass the latest value assessment's class; null before the first
 * @param valueAssessedAt when the latest value assessment was made; null before the first
 * @param canReassign whether the viewer may give the account to another team or owner
 */
public record AccountView(long id, long version, String name, String teamCode, LocalizedName team, String ownerUsername,
		String ownerName, LocalizedName industry, Integer industryRank, BigDecimal annualRevenue,
		BigDecimal annualPurchase, Tier tier, boolean tierSetByHand, Integer tierCriteriaVersion, LocalizedName source,
		String contactHint, String notes, Long convertedFromLeadId, String convertedFromLeadNumber, Instant createdAt,
		List<AccountOpportunityRow> opportunities, String industryCode, String address, String phone, String website,
		String businessCharacteristics, String industryPosition, String distributionCapability,
		String financialStrength, String commercialCredit, String cooperationIntent, DecisionMode decisionMode,
		Lifecycle lifecycle, RelationshipStage relationshipStage, PortfolioClass portfolioClass,
		PyramidLevel pyramidLevel, Instant valueAssessedAt, boolean canReassign) {

	/** The file as an edit starts from it. */
	public AccountDraft draft() {
		return new AccountDraft(this.name, this.industryCode, this.industryRank, this.annualRevenue,
				this.annualPurchase, this.address, this.phone, this.website, this.businessCharacteristics,
				this.industryPosition, this.distributionCapability, this.financialStrength, this.commercialCredit,
				this.cooperationIntent, this.decisionMode, this.lifecycle, this.relationshipStage);
	}

}
