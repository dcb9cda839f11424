package com.kacrm.domain.account;

import java.math.BigDecimal;

import com.kacrm.domain.reference.Industry;
import com.kacrm.domain.shared.Violation;
import com.kacrm.domain.shared.Violations;

import java.util.List;

/**
 * What users write in an account file (建档): name, industry and rank in it, annual revenue
 * and annual purchase from us (万元), address and switchboard phone, the manual's deep
 * profile (经营特色, 行业地位和影响力, 分销能力, 资金实力, 商业信誉, 与本公司的合作意向), the decision mode, lifecycle and
 * relationship stage. Owner and team are not part of it: they change by reassignment
 * only. References are resolved; values may be missing where the file allows it.
 */
public record AccountProfile(String name, Industry industry, Integer industryRank, BigDecimal annualRevenue,
		BigDecimal annualPurchase, String address, String phone, String website, String businessCharacteristics,
		String industryPosition, String distributionCapability, String financialStrength, String commercialCredit,
		String cooperationIntent, DecisionMode decisionMode, Lifecycle lifecycle, RelationshipStage relationshipStage) {

	public static final int MAX_NAME = 200;

	public static final int MAX_ADDRESS = 300;

	public static final int MAX_PHONE = 40;

	public static final int MAX_WEBSITE = 200;

	/** The longest of each deep-profile text. */
	public static final int MAX_PROFILE_TEXT = 2000;

	/** Every rule the profile breaks, with the form field concerned. */
	public List<Violation> violations() {
		Violations violations = new Violations().requiredText("name", this.name, MAX_NAME);
		if (this.industryRank != null && this.industryRank < 1) {
			violations.add("industryRank", "lead.error.rankAtLeastOne");
		}
		violations.amount("annualRevenue", this.annualRevenue)
			.amount("annualPurchase", this.annualPurchase)
			.optionalText("address", this.address, MAX_ADDRESS)
			.optionalText("phone", this.phone, MAX_PHONE)
			.phone("phone", this.phone)
			.optionalText("website", this.website, MAX_WEBSITE)
			.optionalText("businessCharacteristics", this.businessCharacteristics, MAX_PROFILE_TEXT)
			.optionalText("industryPosition", this.industryPosition, MAX_PROFILE_TEXT)
			.optionalText("distributionCapability", this.distributionCapability, MAX_PROFILE_TEXT)
			.optionalText("financialStrength", this.financialStrength, MAX_PROFILE_TEXT)
			.optionalText("commercialCredit", this.commercialCredit, MAX_PROFILE_TEXT)
			.optionalText("cooperationIntent", this.cooperationIntent, MAX_PROFILE_TEXT);
		if (this.lifecycle == null) {
			violations.add("lifecycle", "form.required");
		}
		if (this.relationshipStage == null) {
			violations.add("relationshipStage", "form.required");
		}
		return violations.list();
	}

}
