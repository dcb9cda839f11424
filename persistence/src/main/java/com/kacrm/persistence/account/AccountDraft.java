package com.kacrm.persistence.account;

import java.math.BigDecimal;

import com.kacrm.domain.account.DecisionMode;
import com.kacrm.domain.account.Lifecycle;
import com.kacrm.domain.account.RelationshipStage;

/**
 * An account file (建档) as a user writes it: the profile with the industry by its code.
 * Owner and team are not part of it: they are chosen on creation and change by
 * reassignment only.
 *
 * @param industryCode null when unknown
 * @param annualRevenue in 万元
 * @param annualPurchase from us, in 万元
 */
public record AccountDraft(String name, String industryCode, Integer industryRank, BigDecimal annualRevenue,
		BigDecimal annualPurchase, String address, String phone, String website, String businessCharacteristics,
		String industryPosition, String distributionCapability, String financialStrength, String commercialCredit,
		String cooperationIntent, DecisionMode decisionMode, Lifecycle lifecycle, RelationshipStage relationshipStage) {

	/**
	 * A draft with only what the tier rule needs, a prospect (潜在客户) we are an outsider
	 * (局外人) to.
	 */
	public static AccountDraft basic(String name, String industryCode, Integer industryRank, BigDecimal annualRevenue,
			BigDecimal annualPurchase) {
		return new AccountDraft(name, industryCode, industryRank, annualRevenue, annualPurchase, null, null, null, null,
				null, null, null, null, null, null, Lifecycle.PROSPECT, RelationshipStage.OUTSIDER);
	}

}
