package com.kacrm.domain.lead;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.kacrm.domain.organisation.Region;
import com.kacrm.domain.shared.Actor;
import com.kacrm.domain.shared.LocalizedName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * A region's lead sheets (定期转发) follow each other: each covers the time since the
 * previous one, records who or what sent it and which leads were on it.
 */
class LeadDistributionTests {

	static final Instant MONDAY = Instant.parse("2026-11-23T00:00:00Z");

	static final Actor MANAGER = new Actor(7L, "周经理");

	static final Actor SCHEDULE = Actor.system("定期转发");

	final Region shenzhen = new Region("SZ", new LocalizedName("深圳", "Shenzhen"));

	final Region shanghai = new Region("SH", new LocalizedName("上海", "Shanghai"));

	@Test
	void theFirstSheetOfARegionHasNoStartAndEndsWhenSent() {
		LeadDistribution first = LeadDistribution.next(null, this.shenzhen, List.of(1L, 2L, 3L), MONDAY, MANAGER,
				DistributionTrigger.ON_DEMAND);
		assertThat(first.isFirst()).isTrue();
		assertThat(first.getPeriodStart()).isNull();
		assertThat(first.getPeriodEnd()).isEqualTo(MONDAY);
		assertThat(first.getSentAt()).isEqualTo(MONDAY);
		assertThat(first.getLeadIds()).containsExactly(1L, 2L, 3L);
		assertThat(first.getLeadCount()).isEqualTo(3);
		assertThat(first.getSentById()).isEqualTo(7L);
		assertThat(first.getSentByName()).isEqualTo("周经理");
		assertThat(first.isSentBySchedule()).isFalse();
	}

	@Test
	void theNextSheetStartsWhereThePreviousEnded() {
		LeadDistribution first = LeadDistribution.next(null, this.shenzhen, List.of(1L), MONDAY, MANAGER,
				DistributionTrigger.ON_DEMAND);
		Instant week = MONDAY.plus(Duration.ofDays(7));
		LeadDistribution second = LeadDistribution.next(first, this.shenzhen, List.of(4L, 5L), week, SCHEDULE,
				DistributionTrigger.SCHEDULE);
		assertThat(second.isFirst()).isFalse();
		assertThat(second.getPeriodStart()).isEqualTo(MONDAY);
		assertThat(second.getPeriodEnd()).isEqualTo(week);
		assertThat(second.getLeadIds()).containsExactly(4L, 5L);
		assertThat(second.isSentBySchedule()).isTrue();
		assertThat(second.getSentById()).isNull();
		assertThat(second.getSentByName()).isEqualTo("定期转发");
	}

	@Test
	void aLeadListedTwiceCountsOnce() {
		LeadDistribution sheet = LeadDistribution.next(null, this.shenzhen, List.of(1L, 1L, 2L), MONDAY, MANAGER,
				DistributionTrigger.ON_DEMAND);
		assertThat(sheet.getLeadCount()).isEqualTo(2);
	}

	@Test
	void aScheduledSheetWithoutLeadsIsNotWorthSendingButOneOnDemandIs() {
		LeadDistribution scheduled = LeadDistribution.next(null, this.shenzhen, List.of(), MONDAY, SCHEDULE,
				DistributionTrigger.SCHEDULE);
		LeadDistribution onDemand = LeadDistribution.next(null, this.shenzhen, List.of(), MONDAY, MANAGER,
				DistributionTrigger.ON_DEMAND);
		LeadDistribution scheduledWithLeads = LeadDistribution.next(null, this.shenzhen, List.of(9L), MONDAY, SCHEDULE,
				DistributionTrigger.SCHEDULE);
		assertThat(scheduled.isWorthSending()).isFalse();
		assertThat(onDemand.isWorthSending()).isTrue();
		assertThat(scheduledWithLeads.isWorthSending()).isTrue();
	}

	@Test
	void aSheetCannotFollowAnotherRegionsSheet() {
		LeadDistribution shanghaiSheet = LeadDistribution.next(null, this.shanghai, List.of(1L), MONDAY, MANAGER,
				DistributionTrigger.ON_DEMAND);
		assertThatIllegalArgumentException().isThrownBy(() -> LeadDistribution.next(shanghaiSheet, this.shenzhen,
				List.of(), MONDAY.plusSeconds(60), MANAGER, DistributionTrigger.ON_DEMAND));
	}

	@Test
	void aSheetCannotEndBeforeOrWhenThePreviousOneEnded() {
		LeadDistribution first = LeadDistribution.next(null, this.shenzhen, List.of(1L), MONDAY, MANAGER,
				DistributionTrigger.ON_DEMAND);
		assertThatIllegalArgumentException().isThrownBy(() -> LeadDistribution.next(first, this.shenzhen, List.of(),
				MONDAY, MANAGER, DistributionTrigger.ON_DEMAND));
		assertThatIllegalArgumentException().isThrownBy(() -> LeadDistribution.next(first, this.shenzhen, List.of(),
				MONDAY.minusSeconds(1), MANAGER, DistributionTrigger.ON_DEMAND));
	}

	@Test
	void onlyAPersonSendsOnDemand() {
		assertThatIllegalArgumentException().isThrownBy(() -> LeadDistribution.next(null, this.shenzhen, List.of(),
				MONDAY, SCHEDULE, DistributionTrigger.ON_DEMAND));
	}

}
