package com.kacrm.domain.pool;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.kacrm.domain.reference.Tier;
import com.kacrm.domain.shared.ChangeRejected;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A tier's pool rule: when an owned record returns to the pool, when its owner is warned,
 * the holding cap and the previous owner's cooldown.
 */
class PoolRuleTests {

	static final Instant T0 = Instant.parse("2026-11-01T08:00:00Z");

	final PoolRule rule = new PoolRule(Tier.B, new PoolRuleSettings(60, 120, 10, 40, 30));

	@Test
	void aRecordReturnsAtTheEarlierOfItsTwoPeriods() {
		assertThat(this.rule.returnDueAt(T0, T0)).isEqualTo(T0.plus(days(60)));
		// progress long ago: the progress period ends first
		assertThat(this.rule.returnDueAt(T0, T0.minus(days(100)))).isEqualTo(T0.plus(days(20)));
	}

	@Test
	void theRecordIsDueExactlyWhenThePeriodEnds() {
		Instant due = T0.plus(days(60));
		assertThat(this.rule.isReturnDue(T0, T0, due.minusSeconds(1))).isFalse();
		assertThat(this.rule.isReturnDue(T0, T0, due)).isTrue();
	}

	@Test
	void theOwnerIsWarnedTheWarningDaysBeforeTheReturn() {
		assertThat(this.rule.warningDueAt(T0, T0)).isEqualTo(T0.plus(days(50)));
		assertThat(this.rule.isWarningDue(T0, T0, T0.plus(days(50)).minusSeconds(1))).isFalse();
		assertThat(this.rule.isWarningDue(T0, T0, T0.plus(days(50)))).isTrue();
		assertThat(this.rule.isWarningDue(T0, T0, T0.plus(days(60)))).as("due, no longer a warning").isFalse();
	}

	@Test
	void thePreviousOwnerMayReclaimOnceTheCooldownHasPassed() {
		assertThat(this.rule.mayReclaim(T0, T0.plus(days(30)).minusSeconds(1))).isFalse();
		assertThat(this.rule.mayReclaim(T0, T0.plus(days(30)))).isTrue();
		PoolRule noCooldown = new PoolRule(Tier.D, new PoolRuleSettings(30, 60, 7, null, 0));
		assertThat(noCooldown.mayReclaim(T0, T0)).isTrue();
	}

	@Test
	void theCapLimitsHowManyARepMayHold() {
		assertThat(this.rule.allowsClaimWhenHolding(39)).isTrue();
		assertThat(this.rule.allowsClaimWhenHolding(40)).isFalse();
		PoolRule noCap = new PoolRule(Tier.D, new PoolRuleSettings(30, 60, 7, null, 7));
		assertThat(noCap.allowsClaimWhenHolding(10_000)).isTrue();
	}

	@Test
	void periodsAreOneToThreeThousandSixHundredFiftyDays() {
		assertThat(rejected(Tier.A, new PoolRuleSettings(1, 3650, 0, null, 0))).isEmpty();
		assertThat(rejected(Tier.A, new PoolRuleSettings(0, 3651, 0, null, 0))).containsExactly(
				"rules[0].contactDays poolRule.error.daysRange", "rules[0].progressDays poolRule.error.daysRange");
	}

	@Test
	void theWarningComesBeforeBothPeriodsEnd() {
		assertThat(rejected(Tier.C, new PoolRuleSettings(30, 90, 29, 80, 15))).isEmpty();
		assertThat(rejected(Tier.C, new PoolRuleSettings(30, 90, 30, 80, 15)))
			.containsExactly("rules[2].warningDays poolRule.error.warningNotBeforeReturn");
		assertThat(rejected(Tier.C, new PoolRuleSettings(90, 30, 30, 80, 15)))
			.containsExactly("rules[2].warningDays poolRule.error.warningNotBeforeReturn");
		assertThat(rejected(Tier.C, new PoolRuleSettings(30, 90, -1, 80, 15)))
			.containsExactly("rules[2].warningDays poolRule.error.notNegative");
	}

	@Test
	void aCapWhenSetIsAtLeastOne() {
		assertThat(rejected(Tier.D, new PoolRuleSettings(30, 60, 7, 1, 7))).isEmpty();
		assertThat(rejected(Tier.D, new PoolRuleSettings(30, 60, 7, 0, 7)))
			.containsExactly("rules[3].holdingCap poolRule.error.capAtLeastOne");
	}

	@Test
	void theCooldownIsNotNegative() {
		assertThat(rejected(Tier.B, new PoolRuleSettings(60, 120, 10, 40, -1)))
			.containsExactly("rules[1].cooldownDays poolRule.error.notNegative");
		assertThat(rejected(Tier.B, new PoolRuleSettings(60, 120, 10, 40, 3651)))
			.containsExactly("rules[1].cooldownDays poolRule.error.daysRange");
	}

	@Test
	void missingValuesAreRequiredExceptTheCap() {
		assertThat(rejected(Tier.A, new PoolRuleSettings(null, null, null, null, null))).containsExactly(
				"rules[0].contactDays form.required", "rules[0].progressDays form.required",
				"rules[0].warningDays form.required", "rules[0].cooldownDays form.required");
	}

	@Test
	void aRefusedUpdateChangesNothing() {
		assertThatThrownBy(() -> this.rule.update(new PoolRuleSettings(5, 120, 10, 40, 30)))
			.isInstanceOf(ChangeRejected.class);
		assertThat(this.rule.settings()).isEqualTo(new PoolRuleSettings(60, 120, 10, 40, 30));
	}

	private static List<String> rejected(Tier tier, PoolRuleSettings settings) {
		return PoolRule.violationsOf(tier, settings).stream().map((v) -> v.field() + " " + v.messageKey()).toList();
	}

	private static Duration days(int days) {
		return Duration.ofDays(days);
	}

}
