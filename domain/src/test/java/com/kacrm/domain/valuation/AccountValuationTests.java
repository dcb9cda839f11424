package com.kacrm.domain.valuation;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

import com.kacrm.domain.shared.Actor;
import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.domain.shared.Violation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A dated value assessment (客户价值评估): it keeps the scores and what the model made of them,
 * and lands in the pyramid by its total against the model's bands (equal weights, top
 * from 4.00, middle from 3.00).
 */
class AccountValuationTests {

	static final Instant AT = Instant.parse("2026-11-22T08:00:00Z");

	static final Actor REP = new Actor(7L, "张伟");

	final ValueModel model = new ValueModel(ValueModelMother.equalWeights());

	@Test
	void theAssessmentKeepsScoresResultAuthorAndTime() {
		Map<ValueCriterion, Integer> scores = scores(5, 4, 4, 4, 3, 3, 2, 2);

		AccountValuation valuation = new AccountValuation(42L, this.model, scores, " 大单在谈 ", REP, AT);

		assertThat(valuation.getAccountId()).isEqualTo(42L);
		assertThat(valuation.getScores()).isEqualTo(scores);
		assertThat(valuation.getNote()).isEqualTo("大单在谈");
		assertThat(valuation.getAssessedByName()).isEqualTo("张伟");
		assertThat(valuation.getAssessedAt()).isEqualTo(AT);
		ValueAssessment result = valuation.result();
		assertThat(result.currentScore()).isEqualByComparingTo("4.33");
		assertThat(result.potentialScore()).isEqualByComparingTo("3.33");
		assertThat(result.strategicScore()).isEqualByComparingTo("2.00");
		assertThat(result.totalScore()).isEqualByComparingTo("3.38");
		assertThat(result.portfolioClass()).isEqualTo(PortfolioClass.REINDEER);
		assertThat(result).isEqualTo(this.model.assess(scores));
	}

	@Test
	void theResultStaysAsItWasWhenTheModelChangesLater() {
		Map<ValueCriterion, Integer> scores = scores(5, 5, 5, 4, 4, 4, 3, 3);
		AccountValuation valuation = new AccountValuation(42L, this.model, scores, null, REP, AT);
		ValueAssessment before = valuation.result();

		this.model.update(ValueModelMother.withWeights(1, 1, 1, 1, 1, 1, 100, 100));

		assertThat(valuation.result()).isEqualTo(before);
		assertThat(this.model.assess(scores).totalScore()).isNotEqualByComparingTo(before.totalScore());
	}

	@Test
	void theTotalPlacesTheAccountInThePyramidWithEachBandsLowerEdgeIncluded() {
		assertThat(levelOf(scores(4, 4, 4, 4, 4, 4, 4, 4))).isEqualTo(PyramidLevel.TOP);
		assertThat(levelOf(scores(4, 4, 4, 4, 4, 4, 4, 3))).isEqualTo(PyramidLevel.MIDDLE);
		assertThat(levelOf(scores(3, 3, 3, 3, 3, 3, 3, 3))).isEqualTo(PyramidLevel.MIDDLE);
		assertThat(levelOf(scores(3, 3, 3, 3, 3, 3, 3, 2))).isEqualTo(PyramidLevel.BASE);
		assertThat(this.model.levelOf(new java.math.BigDecimal("3.99"))).isEqualTo(PyramidLevel.MIDDLE);
		assertThat(this.model.levelOf(new java.math.BigDecimal("2.99"))).isEqualTo(PyramidLevel.BASE);
	}

	@Test
	void aMissingOrOutOfRangeScoreIsRefusedOnItsLine() {
		Map<ValueCriterion, Integer> scores = scores(5, 4, 4, 4, 3, 3, 2, 2);
		scores.put(ValueCriterion.CROSS_UP_SELL, 6);
		scores.remove(ValueCriterion.TECHNICAL_SYNERGY);

		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> new AccountValuation(42L, this.model, scores, null, REP, AT))
			.satisfies((ex) -> assertThat(ex.violations()).extracting(Violation::field)
				.containsExactly("scores[4].score", "scores[7].score"));
	}

	@Test
	void aTooLongNoteIsRefused() {
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> new AccountValuation(42L, this.model, scores(3, 3, 3, 3, 3, 3, 3, 3),
					"长".repeat(AccountValuation.MAX_NOTE + 1), REP, AT))
			.satisfies((ex) -> assertThat(ex.violations()).extracting(Violation::field).containsExactly("note"));
	}

	private PyramidLevel levelOf(Map<ValueCriterion, Integer> scores) {
		return new AccountValuation(42L, this.model, scores, null, REP, AT).result().pyramidLevel();
	}

	static Map<ValueCriterion, Integer> scores(int... values) {
		Map<ValueCriterion, Integer> map = new EnumMap<>(ValueCriterion.class);
		for (ValueCriterion criterion : ValueCriterion.values()) {
			map.put(criterion, values[criterion.ordinal()]);
		}
		return map;
	}

}
