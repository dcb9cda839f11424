package com.kacrm.domain.activity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import com.kacrm.domain.buyingcentre.BuyingRole;

/**
 * What a user enters about an activity: for a plan the type, time, place, objective,
 * purposes and the buying roles to meet; for a done activity also its outcome
 * ({@code summary}), commitments, next step with its date and, for a phone invitation,
 * the steps of the manual it got through. Fields that do not apply are left null.
 *
 * @param durationMinutes how long it takes; null for the default hour
 */
public record ActivityDetails(ActivityType type, Instant at, Integer durationMinutes, String place, String objective,
		Set<ActivityPurpose> purposes, Set<BuyingRole> rolesToMeet, String summary, String commitments, String nextStep,
		LocalDate nextStepDate, PhoneSteps steps) {

	public ActivityDetails {
		purposes = (purposes != null) ? Set.copyOf(purposes) : Set.of();
		rolesToMeet = (rolesToMeet != null) ? Set.copyOf(rolesToMeet) : Set.of();
		steps = (steps != null) ? steps : PhoneSteps.NONE;
	}

	/** A done activity with only what the quick log asks for. */
	public static ActivityDetails logged(ActivityType type, Instant at, String summary) {
		return new ActivityDetails(type, at, null, null, null, Set.of(), Set.of(), summary, null, null, null, null);
	}

	/** The outcome of a planned activity, recorded when it is completed. */
	public record Outcome(Instant at, String summary, String commitments, String nextStep, LocalDate nextStepDate,
			Set<ActivityPurpose> purposes, PhoneSteps steps) {

		public Outcome {
			purposes = (purposes != null) ? Set.copyOf(purposes) : null;
			steps = (steps != null) ? steps : PhoneSteps.NONE;
		}

	}

}
