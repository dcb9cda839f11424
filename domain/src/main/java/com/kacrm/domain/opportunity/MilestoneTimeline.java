package com.kacrm.domain.opportunity;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.kacrm.domain.playbook.Milestone;

/**
 * How long a deal spent in each milestone, derived from its history: a deal starts at
 * {@link Milestone#PLANNING} when it is opened, each move starts the clock of its target,
 * and the clock stops while the deal is lost (a held deal is still in its milestone, so
 * the clock runs). The current milestone counts up to {@code now}.
 */
public final class MilestoneTimeline {

	private final Map<Milestone, Duration> time;

	private final Map<Milestone, Integer> visits;

	private MilestoneTimeline(Map<Milestone, Duration> time, Map<Milestone, Integer> visits) {
		this.time = time;
		this.visits = visits;
	}

	/** The timeline of a deal opened at {@code openedAt} with {@code history}. */
	public static MilestoneTimeline of(Instant openedAt, List<Step> history, Instant now) {
		Objects.requireNonNull(openedAt, "openedAt");
		Map<Milestone, Duration> time = new EnumMap<>(Milestone.class);
		Map<Milestone, Integer> visits = new EnumMap<>(Milestone.class);
		List<Step> steps = new ArrayList<>(history);
		steps.sort(Comparator.comparing(Step::at));
		Milestone current = Milestone.PLANNING;
		visits.merge(current, 1, Integer::sum);
		Instant since = openedAt;
		boolean running = true;
		for (Step step : steps) {
			if (running) {
				time.merge(current, between(since, step.at()), Duration::plus);
			}
			if (step.to() != current) {
				visits.merge(step.to(), 1, Integer::sum);
			}
			current = step.to();
			since = step.at();
			running = step.status() != OpportunityStatus.LOST;
		}
		if (running) {
			time.merge(current, between(since, now), Duration::plus);
		}
		return new MilestoneTimeline(time, visits);
	}

	private static Duration between(Instant from, Instant to) {
		return to.isAfter(from) ? Duration.between(from, to) : Duration.ZERO;
	}

	/** The time spent in {@code milestone}, over all its visits; zero if never there. */
	public Duration timeIn(Milestone milestone) {
		return this.time.getOrDefault(milestone, Duration.ZERO);
	}

	/** Whole days spent in {@code milestone}. */
	public long daysIn(Milestone milestone) {
		return timeIn(milestone).toDays();
	}

	/** Whether the deal has been at {@code milestone}. */
	public boolean reached(Milestone milestone) {
		return this.visits.containsKey(milestone);
	}

	/**
	 * One entry of the history as the timeline reads it: at {@code at} the deal went to
	 * milestone {@code to} with status {@code status}.
	 */
	public record Step(Instant at, Milestone to, OpportunityStatus status) {

		public Step {
			Objects.requireNonNull(at, "at");
			Objects.requireNonNull(to, "to");
			Objects.requireNonNull(status, "status");
		}

		public static Step of(MilestoneMove move) {
			return new Step(move.getMovedAt(), move.getToMilestone(), move.getToStatus());
		}

	}

}
