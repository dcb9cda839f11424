package com.kacrm.persistence.valuation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

import com.kacrm.domain.valuation.PortfolioClass;
import com.kacrm.domain.valuation.PyramidLevel;
import com.kacrm.domain.valuation.RecommendedAction;
import com.kacrm.domain.valuation.ValueAssessment;
import com.kacrm.domain.valuation.ValueCriterion;

/**
 * One dated value assessment of an account (客户价值评估): who scored what, and the result the
 * model gave at the time.
 */
public record ValuationRow(long id, Instant assessedAt, String assessedByName, Map<ValueCriterion, Integer> scores,
		ValueAssessment result, String note) {

	public ValuationRow {
		scores = Map.copyOf(scores);
	}

	public BigDecimal currentScore() {
		return this.result.currentScore();
	}

	public BigDecimal potentialScore() {
		return this.result.potentialScore();
	}

	public BigDecimal strategicScore() {
		return this.result.strategicScore();
	}

	public BigDecimal totalScore() {
		return this.result.totalScore();
	}

	public PortfolioClass portfolioClass() {
		return this.result.portfolioClass();
	}

	public PyramidLevel pyramidLevel() {
		return this.result.pyramidLevel();
	}

	public RecommendedAction recommendedAction() {
		return this.result.recommendedAction();
	}

	/** The score of {@code criterion}. */
	public Integer score(ValueCriterion criterion) {
		return this.scores.get(criterion);
	}

}
