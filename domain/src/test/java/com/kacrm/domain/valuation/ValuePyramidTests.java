package com.kacrm.domain.valuation;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.domain.shared.Violation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ValuePyramidTests {

	final ValueModel model = new ValueModel(ValueModelMother.equalWeights());

	@Test
	void theTotalScorePlacesTheAccountInThePyramidWithThresholdsInclusive() {
		assertThat(this.model.levelOf(new BigDecimal("4.00"))).isEqualTo(PyramidLevel.TOP);
		assertThat(this.model.levelOf(new BigDecimal("3.99"))).isEqualTo(PyramidLevel.MIDDLE);
		assertThat(this.model.levelOf(new BigDecimal("3.00"))).isEqualTo(PyramidLevel.MIDDLE);
		assertThat(this.model.levelOf(new BigDecimal("2.99"))).isEqualTo(PyramidLevel.BASE);
	}

	@Test
	void anAssessmentCarriesItsPyramidLevel() {
		assertThat(this.model.assess(all(5)).pyramidLevel()).isEqualTo(PyramidLevel.TOP);
		assertThat(this.model.assess(all(3)).pyramidLevel()).isEqualTo(PyramidLevel.MIDDLE);
		assertThat(this.model.assess(all(2)).pyramidLevel()).isEqualTo(PyramidLevel.BASE);
	}

	@Test
	void theMiddleBandMustLieBelowTheTop() {
		ValueModelSettings s = ValueModelMother.equalWeights();
		ValueModelSettings inverted = new ValueModelSettings(s.weights(), s.currentHighThreshold(),
				s.potentialHighThreshold(), s.smallThreshold(), s.ratProfitScore(), new BigDecimal("3"),
				new BigDecimal("3"));
		assertThatExceptionOfType(ChangeRejected.class).isThrownBy(() -> this.model.update(inverted))
			.extracting(ChangeRejected::violations)
			.satisfies((violations) -> assertThat(violations).extracting(Violation::messageKey)
				.containsExactly("valueModel.error.pyramidMiddleNotBelowTop"));
		assertThat(this.model.getPyramidTopThreshold()).isEqualTo(new BigDecimal("4.00"));
	}

	private static Map<ValueCriterion, Integer> all(int score) {
		Map<ValueCriterion, Integer> scores = new EnumMap<>(ValueCriterion.class);
		for (ValueCriterion criterion : ValueCriterion.values()) {
			scores.put(criterion, score);
		}
		return scores;
	}

}
