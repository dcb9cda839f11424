package com.kacrm.domain.valuation;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The result of assessing one account: the weighted-average score (1–5, two decimals) of
 * each group and of all criteria, and the portfolio class. The class is decided on these
 * rounded scores, so what the user sees is what decides (thresholds have two decimals).
 */
public record ValueAssessment(BigDecimal currentScore, BigDecimal potentialScore, BigDecimal strategicScore,
		BigDecimal totalScore, PortfolioClass portfolioClass) {

	public ValueAssessment {
		Objects.requireNonNull(currentScore, "currentScore");
		Objects.requireNonNull(potentialScore, "potentialScore");
		Objects.requireNonNull(strategicScore, "strategicScore");
		Objects.requireNonNull(totalScore, "totalScore");
		Objects.requireNonNull(portfolioClass, "portfolioClass");
	}

	public RecommendedAction recommendedAction() {
		return this.portfolioClass.recommendedAction();
	}

}
