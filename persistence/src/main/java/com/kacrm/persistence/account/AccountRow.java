package com.kacrm.persistence.account;

import java.math.BigDecimal;

import com.kacrm.domain.account.Lifecycle;
import com.kacrm.domain.account.RelationshipStage;
import com.kacrm.domain.reference.Tier;
import com.kacrm.domain.shared.LocalizedName;
import com.kacrm.domain.valuation.PortfolioClass;
import com.kacrm.domain.valuation.PyramidLevel;

/**
 * One line of the account list.
 *
 * @param owner the owner's display name; null when the account has none
 * @param industry null when unknown
 * @param annualRevenue in 万元
 * @param annualPurchase from us, in 万元
 */
public record AccountRow(long id, String name, String teamCode, LocalizedName team, String owner,
		LocalizedName industry, Tier tier, boolean tierSetByHand, PortfolioClass portfolioClass,
		PyramidLevel pyramidLevel, RelationshipStage relationshipStage, Lifecycle lifecycle, BigDecimal annualRevenue,
		BigDecimal annualPurchase) {

}
