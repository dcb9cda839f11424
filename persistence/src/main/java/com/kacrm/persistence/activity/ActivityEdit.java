package com.kacrm.persistence.activity;

import java.util.List;

import com.kacrm.domain.activity.ActivityDetails;

/**
 * The changed fields of an activity, with the people it names.
 *
 * @param contactIds the customer's people met or to meet
 * @param participantIds our own people besides the owner
 */
public record ActivityEdit(ActivityDetails details, List<Long> contactIds, List<Long> participantIds) {

	public ActivityEdit {
		contactIds = (contactIds != null) ? List.copyOf(contactIds) : List.of();
		participantIds = (participantIds != null) ? List.copyOf(participantIds) : List.of();
	}

}
