package com.kacrm.domain.valuation;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The result of assessing one account: the weighted-average score (1–5, two decimals) of
 * each group and of all criteria, the portfolio class and the level in the value pyramid.
 * The class is decided on these rounded scores, so what the user sees is what decides
 * (thresholds have two decimals).
 */
public record ValueAssessment(BigDecimal currentScore, BigDecimal potentialScore, BigDecimal strategicScore,
		BigDecimal totalScore, PortfolioClass portfolioClass, PyramidLevel pyramidLevel) {

	public ValueAssessment {
		Objects.requireNonNull(currentScore, "currentScore");
		Objects.requireNonNull(potentialScore, "potentialScore");
		Objects.requireNonNull(strategicScore, "strategicScore");
		Objects.requireNonNull(totalScore, "totalScore");
		Objects.requireNonNull(portfolioClass, "portfolioClass");
		Objects.requireNonNull(pyramidLevel, "pyramidLevel");
	}

	public RecommendedAction recommendedAction() {
		return this.portfolioClass.recommendedAction();
	}

}
