package com.kacrm.persistence.activity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.kacrm.domain.activity.ActivityPurpose;
import com.kacrm.domain.activity.ActivityStatus;
import com.kacrm.domain.activity.ActivityType;
import com.kacrm.domain.activity.PhoneSteps;
import com.kacrm.domain.buyingcentre.BuyingRole;

/**
 * One call or visit as lists, the detail page and the API show it.
 *
 * @param accountId the account; null for a call logged on a lead not yet converted
 * @param opportunityId the deal it was logged on; null for the account only
 * @param summary the outcome; null while planned
 * @param nextStepDone whether the next step was taken
 * @param contacts the customer's people met (or to meet), by name
 * @param participants our own people besides the owner
 * @param sourceActivityId the phone invitation whose appointment this visit is
 */
public record ActivityRow(Long id, long version, Long accountId, String accountName, Long opportunityId,
		String opportunityName, ActivityType type, ActivityStatus status, Instant occurredAt, int durationMinutes,
		String place, String objective, String summary, String commitments, String nextStep, LocalDate nextStepDate,
		boolean nextStepDone, Long ownerId, String ownerName, List<Person> contacts, List<Person> participants,
		Set<ActivityPurpose> purposes, Set<BuyingRole> rolesToMeet, PhoneSteps steps, Long sourceActivityId,
		String cancelReason) {

	public ActivityRow {
		contacts = List.copyOf(contacts);
		participants = List.copyOf(participants);
	}

	/** A person named on the activity. */
	public record Person(long id, String name) {

	}

	/** Whether it is a face-to-face meeting (counts as a visit when done). */
	public boolean isVisit() {
		return this.type.isVisit();
	}

	/** Whether it is a visit that took place: what the manual's "four or more" counts. */
	public boolean isVisitDone() {
		return this.type.isVisit() && this.status == ActivityStatus.DONE;
	}

	public boolean isPlanned() {
		return this.status == ActivityStatus.PLANNED;
	}

	/** Whether a next step is recorded and not yet taken. */
	public boolean hasOpenNextStep() {
		return this.status == ActivityStatus.DONE && this.nextStep != null && !this.nextStepDone;
	}

	/** The customer's people, by name, sorted. */
	public List<String> contactNames() {
		return this.contacts.stream().map(Person::name).sorted().toList();
	}

	public List<Long> contactIds() {
		return this.contacts.stream().map(Person::id).toList();
	}

	public List<Long> participantIds() {
		return this.participants.stream().map(Person::id).toList();
	}

}
