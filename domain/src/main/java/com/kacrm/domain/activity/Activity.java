package com.kacrm.domain.activity;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import com.kacrm.domain.account.Account;
import com.kacrm.domain.buyingcentre.BuyingRole;
import com.kacrm.domain.contact.Contact;
import com.kacrm.domain.lead.Lead;
import com.kacrm.domain.opportunity.Opportunity;
import com.kacrm.domain.organisation.Team;
import com.kacrm.domain.organisation.User;
import com.kacrm.domain.shared.Actor;
import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.domain.shared.Text;
import com.kacrm.domain.shared.VersionedEntity;
import com.kacrm.domain.shared.Violations;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A call or visit (客户交往活动, SPEC 7) with an account, and optionally one of its deals, or
 * with a lead before it became an account. A visit is {@link ActivityStatus#PLANNED
 * planned} first (time, place, objective, the buying roles to meet, the people and our
 * participants) and {@link #complete completed} afterwards with its outcome, commitments
 * and next step; or it is logged as {@link ActivityStatus#DONE done} at once. Only done
 * activities count as contact: the automatic checklist items, the visit counts, the
 * cadence and the public pool read them.
 *
 * <p>
 * Invariants: the deal, if any, is the account's; the people met work at the account; a
 * done activity has taken place (not in the future) and has an outcome of 1 to
 * {@value #MAX_SUMMARY} characters; a plan is not made for the past; only a phone
 * invitation records the manual's steps; a next step has a date and a date a step; a
 * cancelled activity says why and changes no more; the activity belongs to the team of
 * its account (or lead).
 */
@Entity
@Table(name = "activity")
public class Activity extends VersionedEntity {

	public static final int MAX_SUMMARY = 2000;

	public static final int MAX_PLACE = 200;

	public static final int MAX_OBJECTIVE = 1000;

	public static final int MAX_COMMITMENTS = 1000;

	public static final int MAX_NEXT_STEP = 500;

	public static final int MAX_CANCEL_REASON = 500;

	public static final int DEFAULT_DURATION_MINUTES = 60;

	public static final int MIN_DURATION_MINUTES = 5;

	public static final int MAX_DURATION_MINUTES = 1440;

	/**
	 * How far in the past a plan may still be made or moved to: a visit planned a few
	 * minutes after its start (the rep is on the way) is still a plan.
	 */
	public static final Duration PLANNING_GRACE = Duration.ofHours(1);

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "account_id")
	private Account account;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "lead_id", updatable = false)
	private Lead lead;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "opportunity_id", updatable = false)
	private Opportunity opportunity;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "team_id", nullable = false)
	private Team team;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "owner_id")
	private User owner;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 32)
	private ActivityType type;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 12)
	private ActivityStatus status;

	/** When it took place (done) or is to take place (planned). */
	@Column(name = "occurred_at", nullable = false)
	private Instant occurredAt;

	@Column(name = "duration_minutes", nullable = false)
	private int durationMinutes = DEFAULT_DURATION_MINUTES;

	@Column(length = MAX_PLACE)
	private String place;

	@Column(length = MAX_OBJECTIVE)
	private String objective;

	/** The outcome (纪要) of a done activity. */
	@Column(length = MAX_SUMMARY)
	private String summary;

	@Column(length = MAX_COMMITMENTS)
	private String commitments;

	@Column(name = "next_step", length = MAX_NEXT_STEP)
	private String nextStep;

	@Column(name = "next_step_date")
	private LocalDate nextStepDate;

	@Column(name = "next_step_done_at")
	private Instant nextStepDoneAt;

	@Column(name = "step_introduction", nullable = false)
	private boolean stepIntroduction;

	@Column(name = "step_benefit", nullable = false)
	private boolean stepBenefit;

	@Column(name = "step_appointment", nullable = false)
	private boolean stepAppointment;

	/** The phone invitation whose appointment this visit is. */
	@Column(name = "source_activity_id", updatable = false)
	private Long sourceActivityId;

	@Column(name = "completed_at")
	private Instant completedAt;

	@Column(name = "cancel_reason", length = MAX_CANCEL_REASON)
	private String cancelReason;

	@ManyToMany
	@JoinTable(name = "activity_contact", joinColumns = @JoinColumn(name = "activity_id"),
			inverseJoinColumns = @JoinColumn(name = "contact_id"))
	private Set<Contact> contacts = new LinkedHashSet<>();

	@ManyToMany
	@JoinTable(name = "activity_participant", joinColumns = @JoinColumn(name = "activity_id"),
			inverseJoinColumns = @JoinColumn(name = "user_id"))
	private Set<User> participants = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "activity_purpose", joinColumns = @JoinColumn(name = "activity_id"))
	@Enumerated(EnumType.STRING)
	@Column(name = "purpose", nullable = false, length = 24)
	private Set<ActivityPurpose> purposes = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "activity_role_to_meet", joinColumns = @JoinColumn(name = "activity_id"))
	@Enumerated(EnumType.STRING)
	@Column(name = "role", nullable = false, length = 24)
	private Set<BuyingRole> rolesToMeet = new LinkedHashSet<>();

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "created_by_name", nullable = false, updatable = false, length = 100)
	private String createdByName;

	protected Activity() {
	}

	private Activity(Account account, Opportunity opportunity, User owner, ActivityStatus status, Actor by,
			Instant now) {
		this.account = Objects.requireNonNull(account, "account");
		this.opportunity = opportunity;
		this.team = account.getTeam();
		this.owner = owner;
		this.status = status;
		this.createdByName = Objects.requireNonNull(by, "by").name();
		this.createdAt = Objects.requireNonNull(now, "now");
	}

	/**
	 * Logs an activity that took place at {@code occurredAt}, by {@code owner}, with only
	 * its type and outcome: what the automatic checklist items need.
	 * @throws ChangeRejected when a field breaks a rule
	 */
	public Activity(Account account, Opportunity opportunity, User owner, ActivityType type, Instant occurredAt,
			String summary, List<Contact> met, Actor by, Instant now) {
		this(account, opportunity, owner, ActivityStatus.DONE, by, now);
		Violations violations = new Violations();
		checkLinks(violations, account, opportunity, met, List.of());
		apply(ActivityDetails.logged(type, occurredAt, summary), violations, now, true);
		this.contacts.addAll(met);
		this.completedAt = now;
	}

	/**
	 * Logs a done activity with everything the user entered.
	 * @throws ChangeRejected when a field breaks a rule
	 */
	public static Activity log(Account account, Opportunity opportunity, User owner, ActivityDetails details,
			Collection<Contact> met, Collection<User> participants, Actor by, Instant now) {
		Activity activity = new Activity(account, opportunity, owner, ActivityStatus.DONE, by, now);
		Violations violations = new Violations();
		checkLinks(violations, account, opportunity, met, participants);
		activity.apply(details, violations, now, true);
		activity.contacts.addAll(met);
		activity.participants.addAll(participants);
		activity.completedAt = now;
		return activity;
	}

	/**
	 * Plans an activity: its time and place, objective, purposes, the buying roles to
	 * meet and the people expected; the outcome comes when it is {@link #complete
	 * completed}.
	 * @throws ChangeRejected when a field breaks a rule or the time has passed
	 */
	public static Activity plan(Account account, Opportunity opportunity, User owner, ActivityDetails details,
			Collection<Contact> toMeet, Collection<User> participants, Actor by, Instant now) {
		Activity activity = new Activity(account, opportunity, owner, ActivityStatus.PLANNED, by, now);
		Violations violations = new Violations();
		checkLinks(violations, account, opportunity, toMeet, participants);
		activity.apply(withoutOutcome(details), violations, now, true);
		activity.contacts.addAll(toMeet);
		activity.participants.addAll(participants);
		return activity;
	}

	/**
	 * Logs a call or meeting with a lead's company before it is an account: the lead
	 * becomes CONTACTING and its contact clock (the public pool's) restarts.
	 * @throws ChangeRejected when a field breaks a rule or the lead has no owner or is
	 * closed
	 */
	public static Activity onLead(Lead lead, User owner, ActivityType type, Instant occurredAt, String summary,
			Actor by, Instant now) {
		Objects.requireNonNull(lead, "lead");
		Activity activity = new Activity();
		activity.lead = lead;
		activity.owner = owner;
		activity.status = ActivityStatus.DONE;
		activity.createdByName = Objects.requireNonNull(by, "by").name();
		activity.createdAt = Objects.requireNonNull(now, "now");
		activity.apply(ActivityDetails.logged(type, occurredAt, summary), new Violations(), now, true);
		lead.recordContact(activity.occurredAt);
		activity.team = lead.getTeam();
		activity.completedAt = now;
		return activity;
	}

	/**
	 * The visit the phone invitation's appointment (以约会收尾) made: planned at the agreed
	 * time and place with the confirmed contact, on the same account and deal, for the
	 * same owner.
	 * @throws ChangeRejected when this is not a done phone invitation that closed with an
	 * appointment, or the appointment misses its time, place or contact
	 */
	public Activity appointmentVisit(Appointment appointment, Contact contact, Actor by, Instant now) {
		if (this.type != ActivityType.PHONE_INVITATION || this.status != ActivityStatus.DONE || !this.stepAppointment
				|| this.account == null) {
			throw ChangeRejected.of("steps.appointment", "activity.error.noAppointment");
		}
		Violations violations = new Violations();
		if (appointment == null || appointment.at() == null) {
			violations.add("appointment.at", "form.required");
		}
		else if (appointment.at().isBefore(now.minus(PLANNING_GRACE))) {
			violations.add("appointment.at", "activity.error.plannedInPast");
		}
		String place = (appointment != null) ? Text.optional(appointment.place()) : null;
		violations.requiredText("appointment.place", place, MAX_PLACE);
		if (contact == null) {
			violations.add("appointment.contactId", "form.required");
		}
		else if (!Account.same(contact.getAccount(), this.account)) {
			violations.add("appointment.contactId", "activity.error.contactOfOtherAccount", contact.getName());
		}
		String objective = (appointment != null) ? Text.optional(appointment.objective()) : null;
		violations.optionalText("appointment.objective", objective, MAX_OBJECTIVE);
		violations.throwIfAny();
		Activity visit = new Activity(this.account, this.opportunity, this.owner, ActivityStatus.PLANNED, by, now);
		visit.type = ActivityType.SALES_VISIT;
		visit.occurredAt = appointment.at();
		visit.place = place;
		visit.objective = objective;
		visit.purposes.addAll(this.purposes);
		visit.contacts.add(contact);
		visit.participants.addAll(this.participants);
		visit.sourceActivityId = getId();
		return visit;
	}

	/**
	 * Completes a planned activity: it took place at {@code outcome.at()} (the planned
	 * time when not given, or now if that is still to come), with its outcome,
	 * commitments and next step; {@code met} and {@code participants} replace the planned
	 * people when given. The automatic checklist items read it from now on.
	 * @throws ChangeRejected when it is not planned, or a field breaks a rule
	 */
	public void complete(ActivityDetails.Outcome outcome, Collection<Contact> met, Collection<User> participants,
			Instant now) {
		if (this.status != ActivityStatus.PLANNED) {
			throw ChangeRejected.of(null, "activity.error.notPlanned");
		}
		Violations violations = new Violations();
		checkLinks(violations, this.account, this.opportunity, (met != null) ? met : List.of(),
				(participants != null) ? participants : List.of());
		Instant at = (outcome.at() != null) ? outcome.at() : (this.occurredAt.isAfter(now) ? now : this.occurredAt);
		ActivityDetails details = new ActivityDetails(this.type, at, this.durationMinutes, this.place, this.objective,
				(outcome.purposes() != null) ? outcome.purposes() : this.purposes, this.rolesToMeet, outcome.summary(),
				outcome.commitments(), outcome.nextStep(), outcome.nextStepDate(), outcome.steps());
		this.status = ActivityStatus.DONE;
		try {
			apply(details, violations, now, true);
		}
		catch (ChangeRejected ex) {
			this.status = ActivityStatus.PLANNED;
			throw ex;
		}
		if (met != null) {
			this.contacts.clear();
			this.contacts.addAll(met);
		}
		if (participants != null) {
			this.participants.clear();
			this.participants.addAll(participants);
		}
		this.completedAt = now;
	}

	/**
	 * Changes what was entered: a plan stays a plan, a done activity stays done (the
	 * appointment step of a phone invitation stays as logged: its visit was planned
	 * then). A plan's time is checked only when it changes.
	 * @throws ChangeRejected when it is cancelled, or a field breaks a rule
	 */
	public void revise(ActivityDetails details, Collection<Contact> people, Collection<User> participants,
			Instant now) {
		if (this.status == ActivityStatus.CANCELLED) {
			throw ChangeRejected.of(null, "activity.error.cancelled");
		}
		Violations violations = new Violations();
		checkLinks(violations, this.account, this.opportunity, people, participants);
		ActivityDetails revised = (this.status == ActivityStatus.PLANNED) ? withoutOutcome(details)
				: new ActivityDetails(details.type(), details.at(), details.durationMinutes(), details.place(),
						details.objective(), details.purposes(), details.rolesToMeet(), details.summary(),
						details.commitments(), details.nextStep(), details.nextStepDate(), new PhoneSteps(
								details.steps().introduction(), details.steps().benefit(), this.stepAppointment));
		apply(revised, violations, now, !Objects.equals(details.at(), this.occurredAt));
		if (this.lead == null) {
			this.contacts.clear();
			this.contacts.addAll(people);
		}
		this.participants.clear();
		this.participants.addAll(participants);
	}

	/**
	 * Calls off a planned activity, saying why.
	 * @throws ChangeRejected when it is not planned or the reason is missing
	 */
	public void cancel(String reason, Instant now) {
		if (this.status != ActivityStatus.PLANNED) {
			throw ChangeRejected.of(null, "activity.error.notPlanned");
		}
		String text = Text.optional(reason);
		new Violations().requiredText("reason", text, MAX_CANCEL_REASON).throwIfAny();
		this.status = ActivityStatus.CANCELLED;
		this.cancelReason = text;
		this.completedAt = Objects.requireNonNull(now, "now");
	}

	/**
	 * The next step was taken: it leaves the agenda.
	 * @throws ChangeRejected when there is no open next step
	 */
	public void closeNextStep(Instant now) {
		if (!hasOpenNextStep()) {
			throw ChangeRejected.of(null, "activity.error.noOpenNextStep");
		}
		this.nextStepDoneAt = Objects.requireNonNull(now, "now");
	}

	/**
	 * The lead this activity was logged on became {@code converted}: the activity is the
	 * account's history too.
	 */
	public void carryTo(Account converted) {
		if (this.lead != null && this.account == null) {
			this.account = Objects.requireNonNull(converted, "converted");
			this.team = converted.getTeam();
		}
	}

	/** Whether a next step is recorded and not yet taken. */
	public boolean hasOpenNextStep() {
		return this.status == ActivityStatus.DONE && this.nextStep != null && this.nextStepDoneAt == null;
	}

	/** Whether the open next step's date has passed on {@code today}. */
	public boolean isNextStepOverdue(LocalDate today) {
		return hasOpenNextStep() && this.nextStepDate != null && this.nextStepDate.isBefore(today);
	}

	/** Whether it is planned for a time that has passed without being completed. */
	public boolean isOverdue(Instant now) {
		return this.status == ActivityStatus.PLANNED && this.occurredAt.isBefore(now);
	}

	/** Whether it took place and counts as contact. */
	public boolean isContact() {
		return this.status.isContact();
	}

	/** When it ends: its time plus its duration. */
	public Instant getEndsAt() {
		return this.occurredAt.plus(Duration.ofMinutes(this.durationMinutes));
	}

	private static ActivityDetails withoutOutcome(ActivityDetails details) {
		return new ActivityDetails(details.type(), details.at(), details.durationMinutes(), details.place(),
				details.objective(), details.purposes(), details.rolesToMeet(), null, null, null, null, null);
	}

	private static void checkLinks(Violations violations, Account account, Opportunity opportunity,
			Collection<Contact> people, Collection<User> participants) {
		if (opportunity != null && !Account.same(opportunity.getAccount(), account)) {
			violations.add("opportunityId", "activity.error.otherAccount");
		}
		for (Contact contact : people) {
			if (account == null || !Account.same(contact.getAccount(), account)) {
				violations.add("contactIds", "activity.error.contactOfOtherAccount", contact.getName());
			}
		}
		for (User participant : participants) {
			if (!participant.isEnabled()) {
				violations.add("participantIds", "activity.error.participantDisabled", participant.getDisplayName());
			}
		}
	}

	private void apply(ActivityDetails details, Violations violations, Instant now, boolean checkTime) {
		boolean done = this.status == ActivityStatus.DONE;
		if (details.type() == null) {
			violations.add("type", "form.required");
		}
		if (details.at() == null) {
			violations.add("occurredAt", "form.required");
		}
		else if (done && details.at().isAfter(now)) {
			violations.add("occurredAt", "activity.error.inFuture");
		}
		else if (!done && checkTime && details.at().isBefore(now.minus(PLANNING_GRACE))) {
			violations.add("occurredAt", "activity.error.plannedInPast");
		}
		int duration = (details.durationMinutes() != null) ? details.durationMinutes() : DEFAULT_DURATION_MINUTES;
		violations.range("durationMinutes", duration, MIN_DURATION_MINUTES, MAX_DURATION_MINUTES);
		String place = Text.optional(details.place());
		String objective = Text.optional(details.objective());
		String summary = Text.optional(details.summary());
		String commitments = Text.optional(details.commitments());
		String nextStep = Text.optional(details.nextStep());
		violations.optionalText("place", place, MAX_PLACE).optionalText("objective", objective, MAX_OBJECTIVE);
		if (done) {
			violations.requiredText("summary", summary, MAX_SUMMARY);
		}
		violations.optionalText("commitments", commitments, MAX_COMMITMENTS)
			.optionalText("nextStep", nextStep, MAX_NEXT_STEP);
		if (details.nextStepDate() != null && nextStep == null) {
			violations.add("nextStep", "activity.error.nextStepDateWithoutStep");
		}
		else if (nextStep != null && details.nextStepDate() == null) {
			violations.add("nextStepDate", "activity.error.nextStepWithoutDate");
		}
		if (details.steps().any() && details.type() != ActivityType.PHONE_INVITATION) {
			violations.add("steps", "activity.error.stepsOnlyForPhone");
		}
		if (details.steps().any() && this.lead != null && this.account == null && details.steps().appointment()) {
			violations.add("steps.appointment", "activity.error.appointmentNeedsAccount");
		}
		violations.throwIfAny();
		this.type = details.type();
		this.occurredAt = details.at();
		this.durationMinutes = duration;
		this.place = place;
		this.objective = objective;
		this.summary = done ? summary : null;
		this.commitments = commitments;
		if (!Objects.equals(this.nextStep, nextStep) || !Objects.equals(this.nextStepDate, details.nextStepDate())) {
			this.nextStepDoneAt = null;
		}
		this.nextStep = nextStep;
		this.nextStepDate = details.nextStepDate();
		this.stepIntroduction = details.steps().introduction();
		this.stepBenefit = details.steps().benefit();
		this.stepAppointment = details.steps().appointment();
		this.purposes.clear();
		this.purposes.addAll(details.purposes());
		this.rolesToMeet.clear();
		this.rolesToMeet.addAll(details.rolesToMeet());
	}

	public Account getAccount() {
		return this.account;
	}

	public Lead getLead() {
		return this.lead;
	}

	public Opportunity getOpportunity() {
		return this.opportunity;
	}

	public Team getTeam() {
		return this.team;
	}

	public User getOwner() {
		return this.owner;
	}

	public ActivityType getType() {
		return this.type;
	}

	public ActivityStatus getStatus() {
		return this.status;
	}

	/** When it took place (done) or is to take place (planned). */
	public Instant getOccurredAt() {
		return this.occurredAt;
	}

	public int getDurationMinutes() {
		return this.durationMinutes;
	}

	public String getPlace() {
		return this.place;
	}

	public String getObjective() {
		return this.objective;
	}

	/** The outcome of a done activity; null while planned. */
	public String getSummary() {
		return this.summary;
	}

	public String getCommitments() {
		return this.commitments;
	}

	public String getNextStep() {
		return this.nextStep;
	}

	public LocalDate getNextStepDate() {
		return this.nextStepDate;
	}

	public Instant getNextStepDoneAt() {
		return this.nextStepDoneAt;
	}

	public PhoneSteps getSteps() {
		return new PhoneSteps(this.stepIntroduction, this.stepBenefit, this.stepAppointment);
	}

	public Long getSourceActivityId() {
		return this.sourceActivityId;
	}

	public Instant getCompletedAt() {
		return this.completedAt;
	}

	public String getCancelReason() {
		return this.cancelReason;
	}

	/** The customer's people met (done) or to meet (planned). */
	public Set<Contact> getContacts() {
		return Set.copyOf(this.contacts);
	}

	/** Our own people who took or take part besides the owner. */
	public Set<User> getParticipants() {
		return Set.copyOf(this.participants);
	}

	public Set<ActivityPurpose> getPurposes() {
		return this.purposes.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(this.purposes));
	}

	public Set<BuyingRole> getRolesToMeet() {
		return this.rolesToMeet.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(this.rolesToMeet));
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public String getCreatedByName() {
		return this.createdByName;
	}

}
