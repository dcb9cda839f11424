package com.kacrm.domain.reference;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * What one tier asks of a customer and how its customers are served. Thresholds left
 * empty (null) do not apply. A customer qualifies for the tier when it meets every
 * threshold that applies: a rank within {@code maxIndustryRank}, and revenue and purchase
 * of at least the minimums (万元).
 */
@Embeddable
public record TierCriterion(@Enumerated(EnumType.STRING) @Column(name = "tier", nullable = false, length = 1) Tier tier,
		@Column(name = "max_industry_rank") Integer maxIndustryRank,
		@Column(name = "min_annual_revenue", precision = 16, scale = 4) BigDecimal minAnnualRevenue,
		@Column(name = "min_annual_purchase", precision = 16, scale = 4) BigDecimal minAnnualPurchase,
		@Enumerated(EnumType.STRING) @Column(name = "coverage_mode", nullable = false,
				length = 16) CoverageMode coverageMode,
		@Enumerated(EnumType.STRING) @Column(name = "management_mode", nullable = false,
				length = 16) ManagementMode managementMode,
		@Column(name = "contact_cadence_days", nullable = false) Integer contactCadenceDays) {

	/** Whether any threshold applies at all. */
	public boolean hasThresholds() {
		return this.maxIndustryRank != null || this.minAnnualRevenue != null || this.minAnnualPurchase != null;
	}

	/** The thresholds that apply, held against {@code profile}. */
	public List<TierCheck> check(TierProfile profile) {
		List<TierCheck> checks = new ArrayList<>();
		for (TierMeasure measure : TierMeasure.values()) {
			BigDecimal bound = bound(measure);
			if (bound == null) {
				continue;
			}
			BigDecimal actual = profile.value(measure);
			boolean met = actual != null && ((measure == TierMeasure.INDUSTRY_RANK) ? actual.compareTo(bound) <= 0
					: actual.compareTo(bound) >= 0);
			checks.add(new TierCheck(this.tier, measure, actual, bound, met));
		}
		return checks;
	}

	/** The threshold of {@code measure}, or null when none applies. */
	public BigDecimal bound(TierMeasure measure) {
		return switch (measure) {
			case INDUSTRY_RANK -> (this.maxIndustryRank != null) ? BigDecimal.valueOf(this.maxIndustryRank) : null;
			case ANNUAL_REVENUE -> this.minAnnualRevenue;
			case ANNUAL_PURCHASE -> this.minAnnualPurchase;
		};
	}

	/**
	 * Whether every customer meeting this criterion also meets {@code other}: this one is
	 * at least as strict on every measure (a missing threshold is the least strict).
	 */
	boolean isAtLeastAsStrictAs(TierCriterion other) {
		for (TierMeasure measure : TierMeasure.values()) {
			BigDecimal mine = bound(measure);
			BigDecimal theirs = other.bound(measure);
			if (theirs == null) {
				continue;
			}
			if (mine == null) {
				return false;
			}
			boolean stricter = (measure == TierMeasure.INDUSTRY_RANK) ? mine.compareTo(theirs) <= 0
					: mine.compareTo(theirs) >= 0;
			if (!stricter) {
				return false;
			}
		}
		return true;
	}

	/** The same criterion with amounts compared by value (50000 equals 50000.00). */
	boolean sameAs(TierCriterion other) {
		return this.tier == other.tier && Objects.equals(this.maxIndustryRank, other.maxIndustryRank)
				&& sameAmount(this.minAnnualRevenue, other.minAnnualRevenue)
				&& sameAmount(this.minAnnualPurchase, other.minAnnualPurchase)
				&& this.coverageMode == other.coverageMode && this.managementMode == other.managementMode
				&& Objects.equals(this.contactCadenceDays, other.contactCadenceDays);
	}

	private static boolean sameAmount(BigDecimal a, BigDecimal b) {
		return (a == null) ? b == null : b != null && a.compareTo(b) == 0;
	}

}
