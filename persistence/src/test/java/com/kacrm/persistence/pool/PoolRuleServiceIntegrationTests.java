package com.kacrm.persistence.pool;

import java.util.List;

import com.kacrm.domain.pool.PoolRuleSettings;
import com.kacrm.domain.reference.Tier;
import com.kacrm.domain.shared.Actor;
import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.persistence.history.HistoryRow;
import com.kacrm.persistence.shared.ConcurrentEditException;
import com.kacrm.persistence.test.PersistenceTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * The seeded pool rules, edits of several tiers at once with their history, and the
 * version check. Each test is rolled back.
 */
@PersistenceTest
class PoolRuleServiceIntegrationTests {

	@Autowired
	PoolRuleService poolRules;

	@Autowired
	TestEntityManager entityManager;

	@Test
	void theMigrationSeedsARuleForEveryTier() {
		List<PoolRuleRow> rules = this.poolRules.rules();
		assertThat(rules).extracting(PoolRuleRow::tier).containsExactly(Tier.A, Tier.B, Tier.C, Tier.D);
		assertThat(rules.get(0).settings()).isEqualTo(new PoolRuleSettings(90, 180, 14, 20, 30));
		assertThat(rules.get(3).settings().holdingCap()).as("tier D has no cap").isNull();
	}

	@Test
	void anEditOfSeveralTiersIsSavedWithTheHistoryOfEach() {
		List<PoolRuleRow> before = this.poolRules.rules();
		PoolRuleRow a = before.get(0);
		PoolRuleRow d = before.get(3);
		this.poolRules.update(
				List.of(new PoolRuleEdit(Tier.A, a.version(), new PoolRuleSettings(91, 180, 14, 20, 30)),
						new PoolRuleEdit(Tier.D, d.version(), new PoolRuleSettings(30, 60, 7, 200, 7))),
				new Actor(null, "公海审计"));
		this.entityManager.flush();
		this.entityManager.clear();

		List<PoolRuleRow> after = this.poolRules.rules();
		assertThat(after.get(0).settings().contactDays()).isEqualTo(91);
		assertThat(after.get(0).version()).isEqualTo(a.version() + 1);
		assertThat(after.get(3).settings().holdingCap()).isEqualTo(200);
		assertThat(after.get(1).version()).as("B untouched").isEqualTo(before.get(1).version());
		assertThat(this.poolRules.history(PageRequest.of(0, 20)).getContent())
			.filteredOn((row) -> "公海审计".equals(row.actorName()))
			.extracting(HistoryRow::subjectId, HistoryRow::field, HistoryRow::oldValue, HistoryRow::newValue)
			.containsExactlyInAnyOrder(tuple(a.id(), "poolRule.contactDays.A", "90", "91"),
					tuple(d.id(), "poolRule.holdingCap.D", null, "200"));
	}

	@Test
	void oneInvalidRowRefusesTheWholeEdit() {
		List<PoolRuleRow> before = this.poolRules.rules();
		assertThatThrownBy(() -> this.poolRules.update(
				List.of(new PoolRuleEdit(Tier.A, before.get(0).version(), new PoolRuleSettings(91, 180, 14, 20, 30)),
						new PoolRuleEdit(Tier.B, before.get(1).version(), new PoolRuleSettings(60, 120, 60, 40, 30))),
				Actor.system("test")))
			.isInstanceOfSatisfying(ChangeRejected.class,
					(ex) -> assertThat(ex.violations()).extracting((v) -> v.field())
						.containsExactly("rules[1].warningDays"));
		this.entityManager.flush();
		this.entityManager.clear();
		assertThat(this.poolRules.rules().get(0).settings().contactDays()).isEqualTo(90);
	}

	@Test
	void anEditBasedOnAnOlderVersionIsRefused() {
		PoolRuleRow c = this.poolRules.rules().get(2);
		this.poolRules.update(List.of(new PoolRuleEdit(Tier.C, c.version(), new PoolRuleSettings(31, 90, 7, 80, 15))),
				Actor.system("test"));
		this.entityManager.flush();
		assertThatThrownBy(() -> this.poolRules.update(
				List.of(new PoolRuleEdit(Tier.C, c.version(), new PoolRuleSettings(32, 90, 7, 80, 15))),
				Actor.system("test")))
			.isInstanceOf(ConcurrentEditException.class);
	}

}
