package com.kacrm.persistence.activity;

import java.util.List;

import com.kacrm.domain.activity.ActivityDetails;
import com.kacrm.domain.activity.Appointment;

/**
 * What the user records when a planned activity took place.
 *
 * @param contactIds the people met; null to keep the planned ones
 * @param participantIds our own people who took part; null to keep the planned ones
 * @param appointment for a phone invitation that closed with an appointment: the visit to
 * plan; null otherwise
 */
public record Completion(ActivityDetails.Outcome outcome, List<Long> contactIds, List<Long> participantIds,
		Appointment appointment) {

	public Completion {
		contactIds = (contactIds != null) ? List.copyOf(contactIds) : null;
		participantIds = (participantIds != null) ? List.copyOf(participantIds) : null;
	}

}
