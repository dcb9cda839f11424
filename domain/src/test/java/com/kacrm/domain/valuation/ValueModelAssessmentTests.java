package com.kacrm.domain.valuation;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

import com.kacrm.domain.shared.ChangeRejected;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Assessing an account places it in the manual's portfolio. The model under test has
 * equal weights, high from 3.5, small below 2.0 and 硕鼠 at a profit score of 1.
 */
class ValueModelAssessmentTests {

	final ValueModel model = new ValueModel(ValueModelMother.equalWeights());

	@Test
	void groupScoresAreWeightedAveragesOfTheirCriteria() {
		ValueModel weighted = new ValueModel(ValueModelMother.withWeights(2, 1, 1, 1, 1, 1, 3, 1));
		ValueAssessment assessment = weighted.assess(scores(5, 2, 2, 4, 4, 1, 5, 1));
		// current (2*5 + 2 + 2) / 4 = 3.5; potential 9 / 3 = 3; strategic (15 + 1) / 4 =
		// 4
		assertThat(assessment.currentScore()).isEqualByComparingTo("3.50");
		assertThat(assessment.potentialScore()).isEqualByComparingTo("3.00");
		assertThat(assessment.strategicScore()).isEqualByComparingTo("4.00");
		// total (10 + 2 + 2 + 4 + 4 + 1 + 15 + 1) / 11 = 39 / 11 = 3.545...
		assertThat(assessment.totalScore()).isEqualByComparingTo("3.55");
		assertThat(assessment.portfolioClass()).isEqualTo(PortfolioClass.REINDEER);
	}

	@Test
	void aCriterionWeightedZeroDoesNotCount() {
		ValueModel noPaymentTerms = new ValueModel(ValueModelMother.withWeights(1, 1, 0, 1, 1, 1, 1, 1));
		assertThat(noPaymentTerms.assess(scores(4, 4, 1, 3, 3, 3, 3, 3)).currentScore()).isEqualByComparingTo("4.00");
	}

	@Test
	void highCurrentAndHighPotentialIsAFatSheepToConsolidate() {
		ValueAssessment assessment = this.model.assess(scores(4, 4, 4, 4, 4, 4, 3, 3));
		assertThat(assessment.portfolioClass()).isEqualTo(PortfolioClass.FAT_SHEEP);
		assertThat(assessment.recommendedAction()).isEqualTo(RecommendedAction.CONSOLIDATE);
	}

	@Test
	void highCurrentAndLowerPotentialIsAReindeerToHarvest() {
		ValueAssessment assessment = this.model.assess(scores(5, 4, 4, 2, 2, 2, 3, 3));
		assertThat(assessment.portfolioClass()).isEqualTo(PortfolioClass.REINDEER);
		assertThat(assessment.recommendedAction()).isEqualTo(RecommendedAction.HARVEST);
	}

	@Test
	void lowCurrentAndHighPotentialIsAHoundToInvestIn() {
		ValueAssessment assessment = this.model.assess(scores(2, 2, 2, 5, 5, 4, 3, 3));
		assertThat(assessment.portfolioClass()).isEqualTo(PortfolioClass.HOUND);
		assertThat(assessment.recommendedAction()).isEqualTo(RecommendedAction.INVEST);
	}

	@Test
	void smallInBothWaysIsAHareServedOpportunistically() {
		ValueAssessment assessment = this.model.assess(scores(1, 2, 2, 1, 2, 2, 5, 5));
		assertThat(assessment.currentScore()).isEqualByComparingTo("1.67");
		assertThat(assessment.portfolioClass()).isEqualTo(PortfolioClass.HARE);
		assertThat(assessment.recommendedAction()).isEqualTo(RecommendedAction.MAINTAIN);
	}

	@Test
	void aLossMakingAccountIsARatWhateverItPromises() {
		ValueAssessment assessment = this.model.assess(scores(5, 1, 5, 5, 5, 5, 5, 5));
		assertThat(assessment.portfolioClass()).isEqualTo(PortfolioClass.RAT);
		assertThat(assessment.recommendedAction()).isEqualTo(RecommendedAction.CONTAIN);
	}

	@Test
	void theRatRuleCatchesEveryProfitScoreAtOrBelowItsThreshold() {
		ValueModel strict = new ValueModel(ValueModelMother.withRatProfitScore(2));
		assertThat(strict.assess(scores(5, 2, 5, 5, 5, 5, 5, 5)).portfolioClass()).isEqualTo(PortfolioClass.RAT);
		assertThat(strict.assess(scores(5, 3, 5, 5, 5, 5, 5, 5)).portfolioClass()).isEqualTo(PortfolioClass.FAT_SHEEP);
	}

	@Test
	void aScoreExactlyAtTheHighThresholdCountsAsHigh() {
		// two criteria a group: (4 + 3) / 2 = 3.5, exactly the threshold
		ValueModel twoCriteria = new ValueModel(ValueModelMother.withWeights(1, 1, 0, 1, 1, 0, 1, 1));
		assertThat(twoCriteria.assess(scores(4, 3, 1, 4, 3, 1, 3, 3)).portfolioClass())
			.isEqualTo(PortfolioClass.FAT_SHEEP);
		assertThat(twoCriteria.assess(scores(4, 3, 1, 3, 3, 1, 3, 3)).portfolioClass())
			.isEqualTo(PortfolioClass.REINDEER);
		assertThat(twoCriteria.assess(scores(3, 3, 1, 4, 3, 1, 3, 3)).portfolioClass()).isEqualTo(PortfolioClass.HOUND);
	}

	@Test
	void justBelowTheHighThresholdIsNotHigh() {
		ValueModel model = new ValueModel(ValueModelMother.withThresholds("3.34", "3.34", "2.00", 1));
		// current 10 / 3 = 3.33, potential 3.33
		assertThat(model.assess(scores(4, 3, 3, 4, 3, 3, 3, 3)).portfolioClass()).isNotIn(PortfolioClass.FAT_SHEEP,
				PortfolioClass.HOUND);
		ValueModel atThreshold = new ValueModel(ValueModelMother.withThresholds("3.33", "3.33", "2.00", 1));
		assertThat(atThreshold.assess(scores(4, 3, 3, 4, 3, 3, 3, 3)).portfolioClass())
			.isEqualTo(PortfolioClass.FAT_SHEEP);
	}

	@Test
	void exactlyAtTheSmallThresholdIsNoLongerSmall() {
		// neither high; current exactly 2.00 is not below small, potential 1.67 is
		ValueAssessment assessment = this.model.assess(scores(2, 2, 2, 1, 2, 2, 3, 3));
		assertThat(assessment.currentScore()).isEqualByComparingTo("2.00");
		assertThat(assessment.portfolioClass()).isEqualTo(PortfolioClass.REINDEER);
	}

	@Test
	void aMiddleSizedAccountIsClassedByItsStrongerSide() {
		assertThat(this.model.assess(scores(3, 3, 3, 2, 2, 2, 3, 3)).portfolioClass())
			.isEqualTo(PortfolioClass.REINDEER);
		assertThat(this.model.assess(scores(2, 2, 2, 3, 3, 3, 3, 3)).portfolioClass()).isEqualTo(PortfolioClass.HOUND);
		assertThat(this.model.assess(scores(3, 3, 3, 3, 3, 3, 3, 3)).portfolioClass())
			.as("a tie goes to what the account brings today")
			.isEqualTo(PortfolioClass.REINDEER);
	}

	@Test
	void theStrategicScoreDoesNotMoveTheClass() {
		assertThat(this.model.assess(scores(1, 2, 2, 1, 2, 2, 1, 1)).portfolioClass())
			.isEqualTo(this.model.assess(scores(1, 2, 2, 1, 2, 2, 5, 5)).portfolioClass());
	}

	@Test
	void everyCriterionMustBeScored() {
		Map<ValueCriterion, Integer> scores = scores(3, 3, 3, 3, 3, 3, 3, 3);
		scores.remove(ValueCriterion.BUDGET_TREND);
		assertThatThrownBy(() -> this.model.assess(scores)).isInstanceOfSatisfying(ChangeRejected.class,
				(ex) -> assertThat(ex.violations()).singleElement()
					.satisfies((v) -> assertThat(v.field()).isEqualTo("scores[5].score"))
					.satisfies((v) -> assertThat(v.messageKey()).isEqualTo("form.required")));
	}

	@Test
	void scoresMustLieBetweenOneAndFive() {
		assertThatThrownBy(() -> this.model.assess(scores(0, 3, 3, 3, 3, 3, 3, 6))).isInstanceOfSatisfying(
				ChangeRejected.class,
				(ex) -> assertThat(ex.violations()).extracting((v) -> v.field() + " " + v.messageKey())
					.containsExactly("scores[0].score valueModel.error.scoreRange",
							"scores[7].score valueModel.error.scoreRange"));
	}

	@Test
	void scoresAreShownWithTwoDecimals() {
		assertThat(this.model.assess(scores(5, 5, 4, 3, 3, 3, 3, 3)).currentScore())
			.isEqualByComparingTo(new BigDecimal("4.67"));
	}

	static Map<ValueCriterion, Integer> scores(int... values) {
		Map<ValueCriterion, Integer> scores = new EnumMap<>(ValueCriterion.class);
		for (ValueCriterion criterion : ValueCriterion.values()) {
			scores.put(criterion, values[criterion.ordinal()]);
		}
		return scores;
	}

}
