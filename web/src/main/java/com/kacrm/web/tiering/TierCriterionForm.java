package com.kacrm.web.tiering;

import java.math.BigDecimal;

import com.kacrm.domain.reference.CoverageMode;
import com.kacrm.domain.reference.ManagementMode;
import com.kacrm.domain.reference.Tier;
import com.kacrm.domain.reference.TierCriterion;

/** One tier's row of the tier-criteria form; amounts in 万元. */
public class TierCriterionForm {

	private Tier tier;

	private Integer maxIndustryRank;

	private BigDecimal minAnnualRevenue;

	private BigDecimal minAnnualPurchase;

	private CoverageMode coverageMode;

	private ManagementMode managementMode;

	private Integer contactCadenceDays;

	static TierCriterionForm of(TierCriterion criterion) {
		TierCriterionForm form = new TierCriterionForm();
		form.tier = criterion.tier();
		form.maxIndustryRank = criterion.maxIndustryRank();
		form.minAnnualRevenue = plain(criterion.minAnnualRevenue());
		form.minAnnualPurchase = plain(criterion.minAnnualPurchase());
		form.coverageMode = criterion.coverageMode();
		form.managementMode = criterion.managementMode();
		form.contactCadenceDays = criterion.contactCadenceDays();
		return form;
	}

	private static BigDecimal plain(BigDecimal amount) {
		return (amount != null) ? new BigDecimal(amount.stripTrailingZeros().toPlainString()) : null;
	}

	TierCriterion toCriterion() {
		return new TierCriterion(this.tier, this.maxIndustryRank, this.minAnnualRevenue, this.minAnnualPurchase,
				this.coverageMode, this.managementMode, this.contactCadenceDays);
	}

	public Tier getTier() {
		return this.tier;
	}

	public void setTier(Tier tier) {
		this.tier = tier;
	}

	public Integer getMaxIndustryRank() {
		return this.maxIndustryRank;
	}

	public void setMaxIndustryRank(Integer maxIndustryRank) {
		this.maxIndustryRank = maxIndustryRank;
	}

	public BigDecimal getMinAnnualRevenue() {
		return this.minAnnualRevenue;
	}

	public void setMinAnnualRevenue(BigDecimal minAnnualRevenue) {
		this.minAnnualRevenue = minAnnualRevenue;
	}

	public BigDecimal getMinAnnualPurchase() {
		return this.minAnnualPurchase;
	}

	public void setMinAnnualPurchase(BigDecimal minAnnualPurchase) {
		this.minAnnualPurchase = minAnnualPurchase;
	}

	public CoverageMode getCoverageMode() {
		return this.coverageMode;
	}

	public void setCoverageMode(CoverageMode coverageMode) {
		this.coverageMode = coverageMode;
	}

	public ManagementMode getManagementMode() {
		return this.managementMode;
	}

	public void setManagementMode(ManagementMode managementMode) {
		this.managementMode = managementMode;
	}

	public Integer getContactCadenceDays() {
		return this.contactCadenceDays;
	}

	public void setContactCadenceDays(Integer contactCadenceDays) {
		this.contactCadenceDays = contactCadenceDays;
	}

}
