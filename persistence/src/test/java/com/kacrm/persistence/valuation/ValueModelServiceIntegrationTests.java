package com.kacrm.persistence.valuation;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

import com.kacrm.domain.shared.Actor;
import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.domain.valuation.PortfolioClass;
import com.kacrm.domain.valuation.ValueCriterion;
import com.kacrm.domain.valuation.ValueModelSettings;
import com.kacrm.persistence.history.HistoryRow;
import com.kacrm.persistence.shared.ConcurrentEditException;
import com.kacrm.persistence.test.PersistenceTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The seeded value model, its changes with their history and the version check. Each test
 * is rolled back.
 */
@PersistenceTest
class ValueModelServiceIntegrationTests {

	static final Actor ACTOR = Actor.system("test");

	@Autowired
	ValueModelService valueModel;

	@Autowired
	TestEntityManager entityManager;

	@Test
	void theMigrationSeedsAModelThatWorksOutOfTheBox() {
		ValueModelSettings settings = this.valueModel.current().settings();
		assertThat(settings.weights()).hasSize(8).containsEntry(ValueCriterion.PURCHASE_VOLUME, 40);
		assertThat(settings.currentHighThreshold()).isEqualByComparingTo("3.5");
		assertThat(settings.potentialHighThreshold()).isEqualByComparingTo("3.5");
		assertThat(settings.smallThreshold()).isEqualByComparingTo("2.0");
		assertThat(settings.ratProfitScore()).isEqualTo(1);
		assertThat(this.valueModel.assess(scores(5)).portfolioClass()).isEqualTo(PortfolioClass.FAT_SHEEP);
	}

	@Test
	void anUpdateIsSavedAndEachChangedValueWrittenToHistory() {
		ValueModelView before = this.valueModel.current();
		Map<ValueCriterion, Integer> weights = new EnumMap<>(before.settings().weights());
		weights.put(ValueCriterion.PAYMENT_TERMS, 77);
		this.valueModel.update(new ValueModelSettings(weights, new BigDecimal("3.75"),
				before.settings().potentialHighThreshold(), before.settings().smallThreshold(), 1,
				before.settings().pyramidTopThreshold(), before.settings().pyramidMiddleThreshold()), before.version(),
				new Actor(null, "审计员"));
		this.entityManager.flush();
		this.entityManager.clear();

		ValueModelView after = this.valueModel.current();
		assertThat(after.settings().weight(ValueCriterion.PAYMENT_TERMS)).isEqualTo(77);
		assertThat(after.settings().currentHighThreshold()).isEqualByComparingTo("3.75");
		assertThat(after.version()).isEqualTo(before.version() + 1);
		assertThat(this.valueModel.history(PageRequest.of(0, 10)).getContent())
			.filteredOn((row) -> "审计员".equals(row.actorName()))
			.extracting(HistoryRow::field, HistoryRow::oldValue, HistoryRow::newValue)
			.containsExactlyInAnyOrder(
					org.assertj.core.groups.Tuple.tuple("valueModel.weight.PAYMENT_TERMS", "25", "77"),
					org.assertj.core.groups.Tuple.tuple("valueModel.currentHighThreshold", "3.5", "3.75"));
	}

	@Test
	void changingOnlyAWeightMovesTheVersionOn() {
		ValueModelView before = this.valueModel.current();
		Map<ValueCriterion, Integer> weights = new EnumMap<>(before.settings().weights());
		weights.put(ValueCriterion.BUDGET_TREND, 31);
		this.valueModel.update(withWeights(before.settings(), weights), before.version(), ACTOR);
		this.entityManager.flush();
		assertThat(this.valueModel.current().version()).isEqualTo(before.version() + 1);
	}

	@Test
	void anEditBasedOnAnOlderVersionIsRefused() {
		ValueModelView before = this.valueModel.current();
		Map<ValueCriterion, Integer> weights = new EnumMap<>(before.settings().weights());
		weights.put(ValueCriterion.CROSS_UP_SELL, 36);
		this.valueModel.update(withWeights(before.settings(), weights), before.version(), ACTOR);
		this.entityManager.flush();
		assertThatThrownBy(() -> this.valueModel.update(before.settings(), before.version(), ACTOR))
			.isInstanceOf(ConcurrentEditException.class);
	}

	@Test
	void aRefusedUpdateWritesNoHistory() {
		ValueModelView before = this.valueModel.current();
		long entries = this.valueModel.history(PageRequest.of(0, 1)).getTotalElements();
		ValueModelSettings invalid = new ValueModelSettings(before.settings().weights(), new BigDecimal("2"),
				new BigDecimal("2"), new BigDecimal("3"), 1, new BigDecimal("4"), new BigDecimal("3"));
		assertThatThrownBy(() -> this.valueModel.update(invalid, before.version(), ACTOR))
			.isInstanceOf(ChangeRejected.class);
		assertThat(this.valueModel.history(PageRequest.of(0, 1)).getTotalElements()).isEqualTo(entries);
	}

	private static ValueModelSettings withWeights(ValueModelSettings settings, Map<ValueCriterion, Integer> weights) {
		return new ValueModelSettings(weights, settings.currentHighThreshold(), settings.potentialHighThreshold(),
				settings.smallThreshold(), settings.ratProfitScore(), settings.pyramidTopThreshold(),
				settings.pyramidMiddleThreshold());
	}

	private static Map<ValueCriterion, Integer> scores(int score) {
		Map<ValueCriterion, Integer> scores = new EnumMap<>(ValueCriterion.class);
		for (ValueCriterion criterion : ValueCriterion.values()) {
			scores.put(criterion, score);
		}
		return scores;
	}

}
