package com.kacrm.domain.reference;

import java.math.BigDecimal;

import com.kacrm.domain.shared.Text;
import com.kacrm.domain.shared.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

/**
 * What accounts and leads share as customers the tier criteria class: the customer's
 * name, industry, rank in that industry and annual revenue (万元), and the tier assigned to
 * it. Annual purchase from us is the account's alone; a lead, a prospect, has none.
 */
@MappedSuperclass
public abstract class TieredCustomer extends VersionedEntity implements Tiered {

	@Column(nullable = false, length = 200)
	private String name;

	/** The name's duplicate-check key ({@link CompanyNameKey}), indexed. */
	@Column(name = "name_key", nullable = false, length = 200)
	private String nameKey;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "industry_id")
	private Industry industry;

	@Column(name = "industry_rank")
	private Integer industryRank;

	@Column(name = "annual_revenue", precision = 16, scale = 4)
	private BigDecimal annualRevenue;

	@Embedded
	private AssignedTier assignedTier = AssignedTier.NONE;

	protected TieredCustomer() {
	}

	protected TieredCustomer(String name, Industry industry, Integer industryRank, BigDecimal annualRevenue) {
		rename(name);
		describe(industry, industryRank, annualRevenue);
	}

	/** Renames the customer, and with it the key the duplicate check finds it by. */
	protected final void rename(String name) {
		this.name = Text.required(name, "name", 200);
		this.nameKey = CompanyNameKey.of(this.name);
	}

	/**
	 * Sets what the tier rule reads; the caller re-tiers when the tier follows the
	 * criteria.
	 */
	protected final void describe(Industry industry, Integer industryRank, BigDecimal annualRevenue) {
		this.industry = industry;
		this.industryRank = industryRank;
		this.annualRevenue = annualRevenue;
	}

	/**
	 * Sets the tier by hand (e.g. a manager's judgement against the criteria); criteria
	 * changes leave it alone until {@link #followCriteria} is called.
	 */
	public void classifyByHand(Tier tier) {
		this.assignedTier = AssignedTier.byHand(tier);
	}

	/**
	 * Lets the criteria decide the tier again, starting with {@code tier} of version
	 * {@code criteriaVersion}.
	 */
	public void followCriteria(Tier tier, int criteriaVersion) {
		this.assignedTier = AssignedTier.NONE.retier(tier, criteriaVersion);
	}

	/** The annual purchase from us in 万元, null when there is none or it is unknown. */
	protected BigDecimal annualPurchase() {
		return null;
	}

	@Override
	public TierProfile tierProfile() {
		return new TierProfile(this.industryRank, this.annualRevenue, annualPurchase());
	}

	@Override
	public void retier(Tier tier, int criteriaVersion) {
		this.assignedTier = this.assignedTier.retier(tier, criteriaVersion);
	}

	public String getName() {
		return this.name;
	}

	public String getNameKey() {
		return this.nameKey;
	}

	public Integer getIndustryRank() {
		return this.industryRank;
	}

	public BigDecimal getAnnualRevenue() {
		return this.annualRevenue;
	}

	public Industry getIndustry() {
		return this.industry;
	}

	@Override
	public Tier getTier() {
		return this.assignedTier.tier();
	}

	@Override
	public Integer getTierCriteriaVersion() {
		return this.assignedTier.criteriaVersion();
	}

	@Override
	public boolean isTierSetByHand() {
		return this.assignedTier.setByHand();
	}

}
