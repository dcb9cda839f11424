package com.kacrm.domain.valuation;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

/** Value-model settings for tests: equal weights, high 3.5, small 2.0, 硕鼠 at 1. */
final class ValueModelMother {

	private ValueModelMother() {
	}

	static ValueModelSettings equalWeights() {
		return withWeights(1, 1, 1, 1, 1, 1, 1, 1);
	}

	static ValueModelSettings withWeights(Integer... weights) {
		Map<ValueCriterion, Integer> map = new EnumMap<>(ValueCriterion.class);
		for (ValueCriterion criterion : ValueCriterion.values()) {
			map.put(criterion, weights[criterion.ordinal()]);
		}
		return new ValueModelSettings(map, new BigDecimal("3.50"), new BigDecimal("3.50"), new BigDecimal("2.00"), 1,
				new BigDecimal("4.00"), new BigDecimal("3.00"));
	}

	static ValueModelSettings withThresholds(String currentHigh, String potentialHigh, String small, Integer rat) {
		return new ValueModelSettings(equalWeights().weights(), decimal(currentHigh), decimal(potentialHigh),
				decimal(small), rat, decimal("4.00"), decimal("3.00"));
	}

	static ValueModelSettings withRatProfitScore(int rat) {
		return withThresholds("3.50", "3.50", "2.00", rat);
	}

	private static BigDecimal decimal(String value) {
		return (value != null) ? new BigDecimal(value) : null;
	}

}
