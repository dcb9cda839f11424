package com.kacrm.domain.opportunity;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.kacrm.domain.opportunity.MilestoneTimeline.Step;
import com.kacrm.domain.playbook.Milestone;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Days in each milestone, derived from the history of moves. */
class MilestoneTimelineTests {

	static final Instant OPENED = Instant.parse("2025-01-01T00:00:00Z");

	static Instant day(int n) {
		return OPENED.plus(Duration.ofDays(n));
	}

	@Test
	void aFreshDealHasSpentItsWholeLifeInPlanning() {
		MilestoneTimeline timeline = MilestoneTimeline.of(OPENED, List.of(), day(12));
		assertThat(timeline.daysIn(Milestone.PLANNING)).isEqualTo(12);
		assertThat(timeline.reached(Milestone.PLANNING)).isTrue();
		assertThat(timeline.reached(Milestone.CALL_AND_VISIT)).isFalse();
	}

	@Test
	void eachMoveStartsTheClockOfItsTargetAndVisitsAddUp() {
		MilestoneTimeline timeline = MilestoneTimeline.of(OPENED,
				List.of(new Step(day(10), Milestone.CALL_AND_VISIT, OpportunityStatus.OPEN),
						new Step(day(40), Milestone.PROJECT_APPROVAL, OpportunityStatus.OPEN),
						new Step(day(45), Milestone.CALL_AND_VISIT, OpportunityStatus.OPEN),
						new Step(day(50), Milestone.PROJECT_APPROVAL, OpportunityStatus.OPEN)),
				day(60));
		assertThat(timeline.daysIn(Milestone.PLANNING)).isEqualTo(10);
		assertThat(timeline.daysIn(Milestone.CALL_AND_VISIT)).isEqualTo(35);
		assertThat(timeline.daysIn(Milestone.PROJECT_APPROVAL)).isEqualTo(15);
	}

	@Test
	void theClockStopsWhileADealIsLostAndRunsWhileItIsOnHold() {
		MilestoneTimeline lost = MilestoneTimeline.of(OPENED,
				List.of(new Step(day(5), Milestone.PLANNING, OpportunityStatus.LOST),
						new Step(day(25), Milestone.PLANNING, OpportunityStatus.OPEN)),
				day(30));
		assertThat(lost.daysIn(Milestone.PLANNING)).isEqualTo(10);

		MilestoneTimeline held = MilestoneTimeline.of(OPENED,
				List.of(new Step(day(5), Milestone.PLANNING, OpportunityStatus.ON_HOLD)), day(30));
		assertThat(held.daysIn(Milestone.PLANNING)).isEqualTo(30);
	}

	@Test
	void stepsAreReadInTheOrderOfTime() {
		MilestoneTimeline timeline = MilestoneTimeline.of(OPENED,
				List.of(new Step(day(20), Milestone.PROJECT_APPROVAL, OpportunityStatus.OPEN),
						new Step(day(10), Milestone.CALL_AND_VISIT, OpportunityStatus.OPEN)),
				day(30));
		assertThat(timeline.daysIn(Milestone.CALL_AND_VISIT)).isEqualTo(10);
		assertThat(timeline.daysIn(Milestone.PROJECT_APPROVAL)).isEqualTo(10);
	}

}
