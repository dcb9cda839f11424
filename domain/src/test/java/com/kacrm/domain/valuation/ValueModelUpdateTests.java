package com.kacrm.domain.valuation;

import java.math.BigDecimal;

import com.kacrm.domain.shared.ChangeRejected;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Admins change weights and thresholds within the model's rules; a refused change changes
 * nothing.
 */
class ValueModelUpdateTests {

	final ValueModel model = new ValueModel(ValueModelMother.equalWeights());

	@Test
	void anUpdateReplacesWeightsAndThresholds() {
		this.model.update(new ValueModelSettings(
				ValueModelMother.withWeights(10, 20, 30, 40, 50, 60, 70, 100).weights(), new BigDecimal("4"),
				new BigDecimal("3.25"), new BigDecimal("1.5"), 2, new BigDecimal("4.5"), new BigDecimal("2.5")));
		assertThat(this.model.getWeights()).containsEntry(ValueCriterion.PURCHASE_VOLUME, 10)
			.containsEntry(ValueCriterion.TECHNICAL_SYNERGY, 100);
		assertThat(this.model.getCurrentHighThreshold()).isEqualTo(new BigDecimal("4.00"));
		assertThat(this.model.getPotentialHighThreshold()).isEqualTo(new BigDecimal("3.25"));
		assertThat(this.model.getSmallThreshold()).isEqualTo(new BigDecimal("1.50"));
		assertThat(this.model.getRatProfitScore()).isEqualTo(2);
	}

	@Test
	void weightsRangeFromZeroToHundred() {
		assertThat(fieldsRejected(ValueModelMother.withWeights(0, 100, 1, 1, 1, 1, 1, 1))).isEmpty();
		assertThat(fieldsRejected(ValueModelMother.withWeights(-1, 101, 1, 1, 1, 1, 1, 1))).containsExactly(
				"weights[0].weight valueModel.error.weightRange", "weights[1].weight valueModel.error.weightRange");
	}

	@Test
	void aMissingWeightIsRequired() {
		assertThat(fieldsRejected(ValueModelMother.withWeights(1, 1, 1, 1, 1, 1, 1, null)))
			.containsExactly("weights[7].weight form.required");
	}

	@Test
	void eachGroupNeedsAPositiveTotalWeight() {
		assertThat(fieldsRejected(ValueModelMother.withWeights(1, 1, 1, 0, 0, 0, 1, 1)))
			.containsExactly("weights[3].weight valueModel.error.groupWeightZero.POTENTIAL");
		assertThat(fieldsRejected(ValueModelMother.withWeights(1, 1, 1, 1, 1, 1, 0, 0)))
			.containsExactly("weights[6].weight valueModel.error.groupWeightZero.STRATEGIC");
	}

	@Test
	void thresholdsLieWithinTheScoreScale() {
		assertThat(fieldsRejected(ValueModelMother.withThresholds("5", "5", "1", 1))).isEmpty();
		assertThat(fieldsRejected(ValueModelMother.withThresholds("5.01", "0.99", "0.5", 1))).containsExactly(
				"currentHighThreshold valueModel.error.thresholdRange",
				"potentialHighThreshold valueModel.error.thresholdRange",
				"smallThreshold valueModel.error.thresholdRange");
	}

	@Test
	void thresholdsHaveAtMostTwoDecimals() {
		assertThat(fieldsRejected(ValueModelMother.withThresholds("3.505", "3.50", "2.000", 1)))
			.containsExactly("currentHighThreshold valueModel.error.thresholdDecimals");
	}

	@Test
	void missingThresholdsAreRequired() {
		assertThat(fieldsRejected(ValueModelMother.withThresholds(null, "3.5", null, null))).containsExactly(
				"currentHighThreshold form.required", "smallThreshold form.required", "ratProfitScore form.required");
	}

	@Test
	void theSmallThresholdMustBeBelowBothHighThresholds() {
		assertThat(fieldsRejected(ValueModelMother.withThresholds("3.5", "3.0", "2.99", 1))).isEmpty();
		assertThat(fieldsRejected(ValueModelMother.withThresholds("3.5", "3.0", "3.0", 1)))
			.containsExactly("smallThreshold valueModel.error.smallNotBelowHigh");
		assertThat(fieldsRejected(ValueModelMother.withThresholds("2.0", "3.0", "2.5", 1)))
			.containsExactly("smallThreshold valueModel.error.smallNotBelowHigh");
	}

	@Test
	void theRatScoreLiesBetweenOneAndFour() {
		assertThat(fieldsRejected(ValueModelMother.withRatProfitScore(4))).isEmpty();
		assertThat(fieldsRejected(ValueModelMother.withRatProfitScore(0)))
			.containsExactly("ratProfitScore valueModel.error.ratProfitScoreRange");
		assertThat(fieldsRejected(ValueModelMother.withRatProfitScore(5)))
			.containsExactly("ratProfitScore valueModel.error.ratProfitScoreRange");
	}

	@Test
	void aRefusedUpdateChangesNothing() {
		assertThatThrownBy(() -> this.model.update(ValueModelMother.withThresholds("4.5", "4.5", "4.5", 1)))
			.isInstanceOf(ChangeRejected.class);
		assertThat(this.model.settings()).isEqualTo(ValueModelMother.equalWeights());
	}

	private java.util.List<String> fieldsRejected(ValueModelSettings settings) {
		return ValueModel.violationsOf(settings).stream().map((v) -> v.field() + " " + v.messageKey()).toList();
	}

}
