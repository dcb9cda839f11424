package com.kacrm.domain.reference;

import java.math.BigDecimal;

/**
 * One threshold of one tier held against a customer: e.g. tier A needs an industry rank
 * of at most 50, the customer ranks 12, so it is met. {@code actual} is null when the
 * customer's value is unknown.
 */
public record TierCheck(Tier tier, TierMeasure measure, BigDecimal actual, BigDecimal bound, boolean met) {

	/** The customer's value as plain text, null when unknown. */
	public String actualText() {
		return (this.actual != null) ? this.actual.stripTrailingZeros().toPlainString() : null;
	}

	/** The threshold as plain text. */
	public String boundText() {
		return this.bound.stripTrailingZeros().toPlainString();
	}

	/** The comparison as the manual would write it, e.g. {@code 年营业额 30000 < 50000}. */
	public String describeInChinese() {
		String actualText = (this.actual != null) ? actualText() : "未知";
		String boundText = boundText();
		String operator = (this.measure == TierMeasure.INDUSTRY_RANK) ? (this.met ? "≤" : ">") : (this.met ? "≥" : "<");
		if (this.actual == null) {
			operator = "，要求 " + ((this.measure == TierMeasure.INDUSTRY_RANK) ? "≤" : "≥");
		}
		return this.measure.chineseName() + " " + actualText + " " + operator + " " + boundText;
	}

}
