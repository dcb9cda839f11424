package com.kacrm.domain.reference;

import java.math.BigDecimal;

/**
 * What the tier rule looks at for one customer: the rank in its industry (1 = first) and
 * the annual revenue and annual purchase volume in 万元. Any of them may be unknown (null);
 * an unknown value never meets a threshold, so missing data leads to a lower tier, not a
 * higher one.
 */
public record TierProfile(Integer industryRank, BigDecimal annualRevenue, BigDecimal annualPurchase) {

	BigDecimal value(TierMeasure measure) {
		return switch (measure) {
			case INDUSTRY_RANK -> (this.industryRank != null) ? BigDecimal.valueOf(this.industryRank) : null;
			case ANNUAL_REVENUE -> this.annualRevenue;
			case ANNUAL_PURCHASE -> this.annualPurchase;
		};
	}

}
