package com.kacrm.domain.valuation;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * What an admin sets in the value model: the weight of each criterion and the thresholds
 * of the portfolio. Values may be missing (as typed into a form); {@link ValueModel}
 * refuses settings that break its rules.
 *
 * @param weights weight 0–100 of each criterion
 * @param currentHighThreshold current-value score (1–5) from which current value is high
 * @param potentialHighThreshold potential-value score (1–5) from which potential value is
 * high
 * @param smallThreshold score (1–5) below which an account whose current and potential
 * values are both below it, and neither high, is small (野兔)
 * @param ratProfitScore profit-contribution score at or below which an account costs more
 * than it brings (硕鼠); 1 means only loss-making accounts
 * @param pyramidTopThreshold total score (1–5) from which an account is at the top of the
 * value pyramid
 * @param pyramidMiddleThreshold total score (1–5) from which an account is in the middle
 * of the pyramid, below the top threshold
 */
public record ValueModelSettings(Map<ValueCriterion, Integer> weights, BigDecimal currentHighThreshold,
		BigDecimal potentialHighThreshold, BigDecimal smallThreshold, Integer ratProfitScore,
		BigDecimal pyramidTopThreshold, BigDecimal pyramidMiddleThreshold) {

	public ValueModelSettings {
		EnumMap<ValueCriterion, Integer> copy = new EnumMap<>(ValueCriterion.class);
		if (weights != null) {
			copy.putAll(weights);
		}
		weights = Collections.unmodifiableMap(copy);
	}

	public Integer weight(ValueCriterion criterion) {
		return this.weights.get(criterion);
	}

}
