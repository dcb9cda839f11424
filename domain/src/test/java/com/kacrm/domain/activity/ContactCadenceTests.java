package com.kacrm.domain.activity;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

import com.kacrm.domain.reference.Tier;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Each tier's contact interval and when an account is overdue. */
class ContactCadenceTests {

	static final Instant NOW = Instant.parse("2026-11-23T06:00:00Z");

	final ContactCadence cadence = new ContactCadence(Map.of(Tier.A, 14, Tier.B, 30, Tier.C, 60, Tier.D, 90));

	@Test
	void anAccountIsOverdueOnceItsTiersIntervalHasPassedSinceItsLastContact() {
		Instant fifteenDaysAgo = NOW.minus(Duration.ofDays(15));
		assertThat(this.cadence.isOverdue(Tier.A, fifteenDaysAgo, NOW)).isTrue();
		assertThat(this.cadence.daysOverdue(Tier.A, fifteenDaysAgo, NOW)).isEqualTo(1);
		assertThat(this.cadence.isOverdue(Tier.B, fifteenDaysAgo, NOW)).isFalse();
		assertThat(this.cadence.daysOverdue(Tier.B, fifteenDaysAgo, NOW)).isZero();
		assertThat(this.cadence.dueAt(Tier.B, fifteenDaysAgo)).isEqualTo(NOW.plus(Duration.ofDays(15)));
	}

	@Test
	void theQueryBoundSelectsExactlyTheOverdueOnes() {
		for (Tier tier : Tier.values()) {
			Instant bound = this.cadence.overdueBefore(tier, NOW);
			assertThat(this.cadence.isOverdue(tier, bound.minusSeconds(1), NOW)).isTrue();
			assertThat(this.cadence.isOverdue(tier, bound, NOW)).isFalse();
		}
	}

	@Test
	void anAccountNeverContactedCountsFromItsFiling() {
		Instant filed = NOW.minus(Duration.ofDays(20));
		assertThat(ContactCadence.clock(null, filed)).isEqualTo(filed);
		assertThat(this.cadence.isOverdue(Tier.A, ContactCadence.clock(null, filed), NOW)).isTrue();
		assertThat(this.cadence.isOverdue(Tier.B, ContactCadence.clock(null, filed), NOW)).isFalse();
		assertThat(ContactCadence.clock(NOW, filed)).isEqualTo(NOW);
	}

	@Test
	void anAccountWithoutATierFollowsTheLongestInterval() {
		assertThat(this.cadence.intervalDays(null)).isEqualTo(90);
		assertThat(this.cadence.isOverdue(null, NOW.minus(Duration.ofDays(89)), NOW)).isFalse();
	}

	@Test
	void everyTierNeedsAnIntervalOfAtLeastADay() {
		Map<Tier, Integer> missing = new EnumMap<>(Map.of(Tier.A, 14, Tier.B, 30, Tier.C, 60));
		assertThatIllegalArgumentException().isThrownBy(() -> new ContactCadence(missing));
		missing.put(Tier.D, 0);
		assertThatIllegalArgumentException().isThrownBy(() -> new ContactCadence(missing));
	}

}
