package com.kacrm.web.activity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.kacrm.domain.activity.ActivityDetails;
import com.kacrm.domain.activity.ActivityPurpose;
import com.kacrm.domain.activity.ActivityType;
import com.kacrm.domain.buyingcentre.BuyingRole;
import com.kacrm.persistence.activity.ActivityEdit;
import com.kacrm.persistence.activity.ActivityRow;
import com.kacrm.persistence.activity.NewActivity;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A call or visit as the quick log and the edit page enter it: the few fields every entry
 * needs (account, type, time, outcome) and the optional rest (deal, people met, our
 * participants, purposes, commitments, next step, place); for a plan the objective and
 * the buying roles to meet; for a phone invitation the manual's three steps and the
 * appointment it closed with. Times are the company time zone's local time.
 */
public class VisitForm {

	private VisitMode mode = VisitMode.LOG;

	private Long accountId;

	private Long opportunityId;

	private Long followsId;

	/** Where to go after saving: a local path; empty for the new activity's page. */
	private String returnTo;

	/**
	 * -1 until bound: an edit posted without its version meets a conflict, never
	 * overwrites.
	 */
	private long version = -1;

	private ActivityType type;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME, fallbackPatterns = { "yyyy-MM-dd'T'HH:mm" })
	private LocalDateTime occurredAt;

	private Integer durationMinutes;

	private String place;

	private String objective;

	private String summary;

	private String commitments;

	private String nextStep;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate nextStepDate;

	private List<Long> contactIds = new ArrayList<>();

	private List<Long> participantIds = new ArrayList<>();

	private Set<ActivityPurpose> purposes = EnumSet.noneOf(ActivityPurpose.class);

	private Set<BuyingRole> rolesToMeet = EnumSet.noneOf(BuyingRole.class);

	private StepsForm steps = new StepsForm();

	private AppointmentForm appointment = new AppointmentForm();

	/**
	 * A new entry in {@code mode} with its defaults: a sales visit now, a visit tomorrow
	 * at nine, or a phone call now.
	 */
	static VisitForm start(VisitMode mode, LocalDateTime now) {
		VisitForm form = new VisitForm();
		form.mode = mode;
		LocalDateTime minute = now.truncatedTo(ChronoUnit.MINUTES);
		switch (mode) {
			case PLAN -> {
				form.type = ActivityType.SALES_VISIT;
				form.occurredAt = LocalDateTime.of(now.toLocalDate().plusDays(1), LocalTime.of(9, 0));
			}
			case PHONE -> {
				form.type = ActivityType.PHONE_INVITATION;
				form.occurredAt = minute;
				form.appointment.setAt(LocalDateTime.of(now.toLocalDate().plusDays(1), LocalTime.of(10, 0)));
			}
			default -> {
				form.type = ActivityType.SALES_VISIT;
				form.occurredAt = minute;
			}
		}
		return form;
	}

	/** What is recorded about {@code row}, to edit it. */
	static VisitForm of(ActivityRow row, ZoneId zone) {
		VisitForm form = new VisitForm();
		form.mode = row.isPlanned() ? VisitMode.PLAN
				: (row.type() == ActivityType.PHONE_INVITATION) ? VisitMode.PHONE : VisitMode.LOG;
		form.accountId = row.accountId();
		form.opportunityId = row.opportunityId();
		form.version = row.version();
		form.type = row.type();
		form.occurredAt = LocalDateTime.ofInstant(row.occurredAt(), zone);
		form.durationMinutes = row.durationMinutes();
		form.place = row.place();
		form.objective = row.objective();
		form.summary = row.summary();
		form.commitments = row.commitments();
		form.nextStep = row.nextStep();
		form.nextStepDate = row.nextStepDate();
		form.contactIds = new ArrayList<>(row.contactIds());
		form.participantIds = new ArrayList<>(row.participantIds());
		form.purposes = row.purposes().isEmpty() ? EnumSet.noneOf(ActivityPurpose.class)
				: EnumSet.copyOf(row.purposes());
		form.rolesToMeet = row.rolesToMeet().isEmpty() ? EnumSet.noneOf(BuyingRole.class)
				: EnumSet.copyOf(row.rolesToMeet());
		form.steps = StepsForm.of(row.steps());
		return form;
	}

	/** What the user entered, as the domain takes it. */
	ActivityDetails details(ZoneId zone) {
		boolean plan = this.mode == VisitMode.PLAN;
		ActivityType activityType = (this.mode == VisitMode.PHONE) ? ActivityType.PHONE_INVITATION : this.type;
		return new ActivityDetails(activityType, instant(this.occurredAt, zone), this.durationMinutes, this.place,
				this.objective, this.purposes, plan ? this.rolesToMeet : Set.of(), plan ? null : this.summary,
				plan ? null : this.commitments, plan ? null : this.nextStep, plan ? null : this.nextStepDate,
				(activityType == ActivityType.PHONE_INVITATION) ? this.steps.steps() : null);
	}

	/** The new activity on the account (and deal) chosen. */
	NewActivity activity(ZoneId zone) {
		boolean appointed = this.mode == VisitMode.PHONE && this.steps.isAppointment();
		return new NewActivity((this.accountId != null) ? this.accountId : 0L, this.opportunityId, details(zone),
				this.contactIds, this.participantIds, appointed ? this.appointment.appointment(zone) : null,
				this.followsId);
	}

	/** The changed fields, to revise the activity. */
	ActivityEdit edit(ZoneId zone) {
		return new ActivityEdit(details(zone), this.contactIds, this.participantIds);
	}

	/** Whether an optional field holds something, so the "more" section opens. */
	boolean hasOptionalValues() {
		return this.opportunityId != null || !this.contactIds.isEmpty() || !this.participantIds.isEmpty()
				|| !this.purposes.isEmpty() || notBlank(this.commitments) || notBlank(this.nextStep)
				|| this.nextStepDate != null || notBlank(this.place);
	}

	private static boolean notBlank(String text) {
		return text != null && !text.isBlank();
	}

	private static Instant instant(LocalDateTime time, ZoneId zone) {
		return (time != null) ? time.atZone(zone).toInstant() : null;
	}

	public VisitMode getMode() {
		return this.mode;
	}

	public void setMode(VisitMode mode) {
		this.mode = (mode != null) ? mode : VisitMode.LOG;
	}

	public Long getAccountId() {
		return this.accountId;
	}

	public void setAccountId(Long accountId) {
		this.accountId = accountId;
	}

	public Long getOpportunityId() {
		return this.opportunityId;
	}

	public void setOpportunityId(Long opportunityId) {
		this.opportunityId = opportunityId;
	}

	public Long getFollowsId() {
		return this.followsId;
	}

	public void setFollowsId(Long followsId) {
		this.followsId = followsId;
	}

	public String getReturnTo() {
		return this.returnTo;
	}

	public void setReturnTo(String returnTo) {
		this.returnTo = returnTo;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public ActivityType getType() {
		return this.type;
	}

	public void setType(ActivityType type) {
		this.type = type;
	}

	public LocalDateTime getOccurredAt() {
		return this.occurredAt;
	}

	public void setOccurredAt(LocalDateTime occurredAt) {
		this.occurredAt = occurredAt;
	}

	public Integer getDurationMinutes() {
		return this.durationMinutes;
	}

	public void setDurationMinutes(Integer durationMinutes) {
		this.durationMinutes = durationMinutes;
	}

	public String getPlace() {
		return this.place;
	}

	public void setPlace(String place) {
		this.place = place;
	}

	public String getObjective() {
		return this.objective;
	}

	public void setObjective(String objective) {
		this.objective = objective;
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

	public Set<BuyingRole> getRolesToMeet() {
		return this.rolesToMeet;
	}

	public void setRolesToMeet(Set<BuyingRole> rolesToMeet) {
		this.rolesToMeet = (rolesToMeet != null) ? rolesToMeet : EnumSet.noneOf(BuyingRole.class);
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
