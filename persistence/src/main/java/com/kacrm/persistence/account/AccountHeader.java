package com.kacrm.persistence.account;

import java.time.LocalDate;

import com.kacrm.domain.account.Lifecycle;
import com.kacrm.domain.account.RelationshipStage;
import com.kacrm.domain.reference.Tier;
import com.kacrm.domain.shared.LocalizedName;
import com.kacrm.domain.valuation.PortfolioClass;
import com.kacrm.domain.valuation.PyramidLevel;

/**
 * What every tab of an account's page shows above the tab: who the customer is, whose it
 * is, its tier and value class, and whether a new SWOT is due.
 *
 * @param version the account's version, for forms on the tabs that change the account
 * @param tierCriteriaVersion the criteria version that set the tier; null when set by
 * hand
 * @param lastSwotOn the date of the latest SWOT; null when there is none
 * @param swotDue whether six months passed since the latest SWOT, or there is none
 * @param canReassign whether the viewer may give the account to another team or owner
 */
public record AccountHeader(long id, long version, String name, LocalizedName team, String ownerName, Tier tier,
		boolean tierSetByHand, Integer tierCriteriaVersion, Lifecycle lifecycle, RelationshipStage relationshipStage,
		PortfolioClass portfolioClass, PyramidLevel pyramidLevel, LocalDate lastSwotOn, boolean swotDue,
		boolean canReassign) {

}
