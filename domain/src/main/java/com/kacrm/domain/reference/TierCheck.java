package com.kacrm.domain.reference;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One threshold of one tier held against a customer: e.g. tier A needs an industry rank
 * of at most 50, the customer ranks 12, so it is met. {@code actual} is null when the
 * customer's value is unknown.
 */
public record TierCheck(Tier tier, TierMeasure measure, BigDecimal actual, BigDecimal bound, boolean met) {

	private static final String CHECKS = ";";

	private static final String PARTS = ":";

	/**
	 * The checks as one machine-readable line, e.g.
	 * {@code A:INDUSTRY_RANK:15:50:1;A:ANNUAL_REVENUE:42000:40000:1}, for a history
	 * entry; null when there are none.
	 */
	public static String encodeAll(List<TierCheck> checks) {
		if (checks.isEmpty()) {
			return null;
		}
		return String.join(CHECKS,
				checks.stream()
					.map((check) -> String.join(PARTS, check.tier.name(), check.measure.name(),
							(check.actual != null) ? check.actualText() : "", check.boundText(), check.met ? "1" : "0"))
					.toList());
	}

	/**
	 * The checks of {@link #encodeAll}; empty for null or text that is not such a line.
	 */
	public static List<TierCheck> decodeAll(String encoded) {
		if (encoded == null || encoded.isBlank() || encoded.startsWith("msg:")) {
			return List.of();
		}
		List<TierCheck> checks = new ArrayList<>();
		for (String part : encoded.split(CHECKS)) {
			String[] fields = part.split(PARTS, -1);
			if (fields.length != 5) {
				return List.of();
			}
			try {
				checks.add(new TierCheck(Tier.valueOf(fields[0]), TierMeasure.valueOf(fields[1]),
						fields[2].isEmpty() ? null : new BigDecimal(fields[2]), new BigDecimal(fields[3]),
						"1".equals(fields[4])));
			}
			catch (IllegalArgumentException ex) {
				return List.of();
			}
		}
		return List.copyOf(checks);
	}

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
