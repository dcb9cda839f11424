package com.kacrm.web.activity;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.kacrm.domain.activity.ActivityDetails;
import com.kacrm.domain.activity.ActivityPurpose;
import com.kacrm.domain.activity.ActivityType;
import com.kacrm.persistence.activity.ActivityRow;
import com.kacrm.persistence.activity.Completion;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What took place at a planned visit or call: when (the planned time by default), the
 * outcome, commitments, next step, the people met (the planned ones by default), and for
 * a phone invitation its steps and appointment.
 */
public class CompletionForm {

	/**
	 * -1 until bound: an edit posted without its version meets a conflict, never
	 * overwrites.
	 */
	private long version = -1;

	private String returnTo;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME, fallbackPatterns = { "yyyy-MM-dd'T'HH:mm" })
	private LocalDateTime occurredAt;

	private String summary;

	private String commitments;

	private String nextStep;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate nextStepDate;

	private List<Long> contactIds = new ArrayList<>();

	private List<Long> participantIds = new ArrayList<>();

	private Set<ActivityPurpose> purposes = EnumSet.noneOf(ActivityPurpose.class);

	private StepsForm steps = new StepsForm();

	private AppointmentForm appointment = new AppointmentForm();

	/** The planned activity's time, people and purposes as the starting point. */
	static CompletionForm of(ActivityRow row, ZoneId zone, LocalDateTime now) {
		CompletionForm form = new CompletionForm();
		form.version = row.version();
		LocalDateTime planned = LocalDateTime.ofInstant(row.occurredAt(), zone);
		form.occurredAt = planned.isAfter(now) ? now.withSecond(0).withNano(0) : planned;
		form.contactIds = new ArrayList<>(row.contactIds());
		form.participantIds = new ArrayList<>(row.participantIds());
		form.purposes = row.purposes().isEmpty() ? EnumSet.noneOf(ActivityPurpose.class)
				: EnumSet.copyOf(row.purposes());
		form.appointment.setAt(now.toLocalDate().plusDays(1).atTime(10, 0));
		return form;
	}

	Completion completion(ActivityType type, ZoneId zone) {
		boolean phone = type == ActivityType.PHONE_INVITATION;
		ActivityDetails.Outcome outcome = new ActivityDetails.Outcome(
				(this.occurredAt != null) ? this.occurredAt.atZone(zone).toInstant() : null, this.summary,
				this.commitments, this.nextStep, this.nextStepDate, this.purposes, phone ? this.steps.steps() : null);
		return new Completion(outcome, this.contactIds, this.participantIds,
				(phone && this.steps.isAppointment()) ? this.appointment.appointment(zone) : null);
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public String getReturnTo() {
		return this.returnTo;
	}

	public void setReturnTo(String returnTo) {
		this.returnTo = returnTo;
	}

	public LocalDateTime getOccurredAt() {
		return this.occurredAt;
	}

	public void setOccurredAt(LocalDateTime occurredAt) {
		this.occurredAt = occurredAt;
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public String getCommitments() {
		return this.commitments;
	}

	public void setCommitments(String commitments) {
		this.commitments = commitments;
	}

	public String getNextStep() {
		return this.nextStep;
	}

	public void setNextStep(String nextStep) {
		this.nextStep = nextStep;
	}

	public LocalDate getNextStepDate() {
		return this.nextStepDate;
	}

	public void setNextStepDate(LocalDate nextStepDate) {
		this.nextStepDate = nextStepDate;
	}

	public List<Long> getContactIds() {
		return this.contactIds;
	}

	public void setContactIds(List<Long> contactIds) {
		this.contactIds = (contactIds != null) ? contactIds : new ArrayList<>();
	}

	public List<Long> getParticipantIds() {
		return this.participantIds;
	}

	public void setParticipantIds(List<Long> participantIds) {
		this.participantIds = (participantIds != null) ? participantIds : new ArrayList<>();
	}

	public Set<ActivityPurpose> getPurposes() {
		return this.purposes;
	}

	public void setPurposes(Set<ActivityPurpose> purposes) {
		this.purposes = (purposes != null) ? purposes : EnumSet.noneOf(ActivityPurpose.class);
	}

	public StepsForm getSteps() {
		return this.steps;
	}

	public void setSteps(StepsForm steps) {
		this.steps = (steps != null) ? steps : new StepsForm();
	}

	public AppointmentForm getAppointment() {
		return this.appointment;
	}

	public void setAppointment(AppointmentForm appointment) {
		this.appointment = (appointment != null) ? appointment : new AppointmentForm();
	}

}
