package com.kacrm.persistence.activity;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import com.kacrm.domain.activity.ActivityDetails;
import com.kacrm.domain.activity.ActivityType;
import com.kacrm.domain.activity.Appointment;
import com.kacrm.domain.activity.PhoneSteps;

/**
 * A call or visit to log or plan: on the account, and on one of its deals when
 * {@code opportunityId} is given.
 *
 * @param contactIds the customer's people met (or to meet, for a plan)
 * @param participantIds our own people besides the owner
 * @param appointment for a phone invitation that closed with an appointment: the visit to
 * plan; null otherwise
 * @param followsId the activity whose next step this one takes: its next step leaves the
 * agenda; null if none
 */
public record NewActivity(long accountId, Long opportunityId, ActivityDetails details, List<Long> contactIds,
		List<Long> participantIds, Appointment appointment, Long followsId) {

	public NewActivity {
		contactIds = (contactIds != null) ? List.copyOf(contactIds) : List.of();
		participantIds = (participantIds != null) ? List.copyOf(participantIds) : List.of();
	}

	/** A done activity with only its type, time, outcome and the people met. */
	public NewActivity(long accountId, Long opportunityId, ActivityType type, Instant occurredAt, String summary,
			List<Long> contactIds) {
		this(accountId, opportunityId, ActivityDetails.logged(type, occurredAt, summary), contactIds, List.of(), null,
				null);
	}

	/**
	 * A phone invitation made at {@code at} that got through the manual's three steps and
	 * closed with an appointment: a visit to {@code contactId} at {@code visitAt} in
	 * {@code place}.
	 */
	public static NewActivity phoneInvitation(long accountId, Long opportunityId, Instant at, String summary,
			long contactId, Instant visitAt, String place) {
		return new NewActivity(accountId, opportunityId,
				new ActivityDetails(ActivityType.PHONE_INVITATION, at, null, null, null, Set.of(), Set.of(), summary,
						null, null, null, new PhoneSteps(true, true, true)),
				List.of(contactId), List.of(), new Appointment(visitAt, place, contactId, null), null);
	}

}
