package com.kacrm.persistence.activity;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import com.kacrm.domain.account.Account;
import com.kacrm.domain.activity.Activity;
import com.kacrm.domain.activity.ActivityDetails;
import com.kacrm.domain.activity.ActivityStatus;
import com.kacrm.domain.activity.Appointment;
import com.kacrm.domain.contact.Contact;
import com.kacrm.domain.history.FieldChange;
import com.kacrm.domain.history.FieldChanges;
import com.kacrm.domain.history.HistorySubject;
import com.kacrm.domain.opportunity.Opportunity;
import com.kacrm.domain.opportunity.OpportunityStatus;
import com.kacrm.domain.organisation.User;
import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.persistence.account.AccountAccess;
import com.kacrm.persistence.history.HistoryService;
import com.kacrm.persistence.opportunity.OpportunityAccess;
import com.kacrm.persistence.opportunity.OpportunityService;
import com.kacrm.persistence.shared.Viewer;
import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plans, logs, completes, edits and cancels calls and visits (客户交往活动, SPEC 7) on the
 * accounts and deals the user may see, and lists them. The automatic checklist items of
 * the milestones read the done ones; so do the account's last contact (kept on the
 * account for the cadence) and the deal's visit count.
 */
@Service
public class ActivityService {

	/** The history field of an activity logged (or completed) on a deal. */
	public static final String LOGGED_FIELD = "activity.logged";

	/** The history field of a visit planned on a deal. */
	public static final String PLANNED_FIELD = "activity.planned";

	/** The history subject of an activity's own changes. */
	public static final String ACTIVITY = "ACTIVITY";

	private final EntityManager entityManager;

	private final ActivityAccess access;

	private final AccountAccess accounts;

	private final OpportunityAccess opportunities;

	private final HistoryService history;

	private final Clock clock;

	ActivityService(EntityManager entityManager, ActivityAccess access, AccountAccess accounts,
			OpportunityAccess opportunities, HistoryService history, Clock clock) {
		this.entityManager = entityManager;
		this.access = access;
		this.accounts = accounts;
		this.opportunities = opportunities;
		this.history = history;
		this.clock = clock;
	}

	/**
	 * Logs a done activity as done by the viewer.
	 * @return the new activity's id
	 * @see #record(NewActivity, Viewer)
	 */
	@Transactional
	public long log(NewActivity activity, Viewer viewer) {
		return record(activity, viewer).id();
	}

	/**
	 * Logs a done activity as done by the viewer: a phone invitation that closed with an
	 * appointment also plans the visit; an activity that follows another takes that one's
	 * next step off the agenda.
	 * @throws com.kacrm.persistence.account.AccountNotFoundException when the viewer may
	 * not see the account
	 * @throws com.kacrm.persistence.opportunity.OpportunityNotFoundException when the
	 * viewer may not see the deal
	 * @throws ChangeRejected when a field breaks a rule or a person named is unknown
	 */
	@Transactional
	public ActivitySaved record(NewActivity activity, Viewer viewer) {
		Account account = this.accounts.visible(activity.accountId(), viewer);
		Opportunity opportunity = dealOf(activity, viewer);
		Instant now = this.clock.instant();
		Activity logged = Activity.log(account, opportunity, userOf(viewer), activity.details(),
				contactsOf(account, activity.contactIds(), "contactIds"), participants(activity.participantIds()),
				viewer.actor(), now);
		this.entityManager.persist(logged);
		Activity visit = appointmentOf(logged, activity.appointment(), viewer, now);
		follow(activity.followsId(), account, viewer, now);
		logOnDeal(logged, LOGGED_FIELD, viewer);
		refreshLastContact(account);
		return saved(logged, visit);
	}

	/**
	 * Plans a visit or call as the viewer's: time, place, objective, purposes, the roles
	 * and people to meet.
	 * @return the planned activity
	 * @throws ChangeRejected when a field breaks a rule or the time has passed
	 */
	@Transactional
	public ActivitySaved plan(NewActivity activity, Viewer viewer) {
		Account account = this.accounts.visible(activity.accountId(), viewer);
		Opportunity opportunity = dealOf(activity, viewer);
		Instant now = this.clock.instant();
		Activity planned = Activity.plan(account, opportunity, userOf(viewer), activity.details(),
				contactsOf(account, activity.contactIds(), "contactIds"), participants(activity.participantIds()),
				viewer.actor(), now);
		this.entityManager.persist(planned);
		follow(activity.followsId(), account, viewer, now);
		logOnDeal(planned, PLANNED_FIELD, viewer);
		return saved(planned, null);
	}

	/**
	 * Completes a planned activity with its outcome: from now on it counts as contact and
	 * satisfies the checklist items it meets (a logged visit, a deep-contact exchange,
	 * the phone invitation's steps).
	 * @param expectedVersion the version the caller read; null when it does not say
	 * @throws ActivityNotFoundException when the viewer may not see it
	 * @throws ChangeRejected when it is not planned, or a field breaks a rule
	 * @throws com.kacrm.persistence.shared.ConcurrentEditException when it changed since
	 */
	@Transactional
	public ActivitySaved complete(long id, Long expectedVersion, Completion completion, Viewer viewer) {
		Activity activity = this.access.forChange(id, expectedVersion, viewer);
		Instant now = this.clock.instant();
		Account account = activity.getAccount();
		ActivityStatus before = activity.getStatus();
		activity.complete(completion.outcome(),
				(completion.contactIds() != null) ? contactsOf(account, completion.contactIds(), "contactIds") : null,
				(completion.participantIds() != null) ? participants(completion.participantIds()) : null, now);
		Activity visit = appointmentOf(activity, completion.appointment(), viewer, now);
		this.history.record(subject(activity),
				List.of(FieldChange.of("activity.status", before.name(), activity.getStatus().name())), viewer.actor(),
				activity.getSummary());
		logOnDeal(activity, LOGGED_FIELD, viewer);
		refreshLastContact(account);
		return saved(activity, visit);
	}

	/**
	 * Changes what was entered about an activity; the account's last contact follows a
	 * changed time.
	 * @throws ActivityNotFoundException when the viewer may not see it
	 * @throws ChangeRejected when it is cancelled, or a field breaks a rule
	 * @throws com.kacrm.persistence.shared.ConcurrentEditException when it changed since
	 * {@code version}
	 */
	@Transactional
	public void revise(long id, long version, ActivityEdit edit, Viewer viewer) {
		Activity activity = this.access.forChange(id, version, viewer);
		Account account = activity.getAccount();
		FieldChanges changes = new FieldChanges().add("activity.type", activity.getType(), edit.details().type())
			.add("activity.occurredAt", activity.getOccurredAt(), edit.details().at())
			.add("activity.place", activity.getPlace(), edit.details().place())
			.add("activity.summary", activity.getSummary(), edit.details().summary())
			.add("activity.nextStep", activity.getNextStep(), edit.details().nextStep())
			.add("activity.nextStepDate", activity.getNextStepDate(), edit.details().nextStepDate());
		activity.revise(edit.details(), contactsOf(account, edit.contactIds(), "contactIds"),
				participants(edit.participantIds()), this.clock.instant());
		this.history.record(subject(activity), changes.list(), viewer.actor(), null);
		refreshLastContact(account);
	}

	/**
	 * Calls off a planned activity, saying why.
	 * @throws ActivityNotFoundException when the viewer may not see it
	 * @throws ChangeRejected when it is not planned or the reason is missing
	 * @throws com.kacrm.persistence.shared.ConcurrentEditException when it changed since
	 * {@code version}
	 */
	@Transactional
	public void cancel(long id, long version, String reason, Viewer viewer) {
		Activity activity = this.access.forChange(id, version, viewer);
		activity.cancel(reason, this.clock.instant());
		this.history.record(subject(activity), List
			.of(FieldChange.of("activity.status", ActivityStatus.PLANNED.name(), ActivityStatus.CANCELLED.name())),
				viewer.actor(), activity.getCancelReason());
	}

	/**
	 * The activity's next step was taken: it leaves the agenda.
	 * @param expectedVersion the version the caller read; null when it does not say
	 * @throws ActivityNotFoundException when the viewer may not see it
	 * @throws ChangeRejected when there is no open next step
	 */
	@Transactional
	public void closeNextStep(long id, Long expectedVersion, Viewer viewer) {
		Activity activity = this.access.forChange(id, expectedVersion, viewer);
		activity.closeNextStep(this.clock.instant());
		this.history.record(subject(activity), List.of(FieldChange.of("activity.nextStepDone", null, Boolean.TRUE)),
				viewer.actor(), activity.getNextStep());
	}

	/**
	 * One activity with everything recorded about it.
	 * @throws ActivityNotFoundException when the viewer may not see it
	 */
	@Transactional(readOnly = true)
	public ActivityRow show(long id, Viewer viewer) {
		return row(this.access.visible(id, viewer));
	}

	/**
	 * What the forms of an account's activities offer: its people still at the customer,
	 * its open deals and our colleagues who may take part.
	 * @throws com.kacrm.persistence.account.AccountNotFoundException when the viewer may
	 * not see the account
	 */
	@Transactional(readOnly = true)
	public ActivityChoices choicesFor(long accountId, Viewer viewer) {
		Account account = this.accounts.visible(accountId, viewer);
		List<ActivityChoices.Person> people = this.entityManager
			.createQuery("select new com.kacrm.persistence.activity.ActivityChoices$Person(c.id, c.name, c.title,"
					+ " c.department) from Contact c where c.account.id = :account and c.leftAt is null"
					+ " order by c.name, c.id", ActivityChoices.Person.class)
			.setParameter("account", accountId)
			.getResultList();
		List<ActivityChoices.Deal> deals = this.entityManager
			.createQuery("select new com.kacrm.persistence.activity.ActivityChoices$Deal(o.id, o.name, o.milestone)"
					+ " from Opportunity o where o.account.id = :account and o.status = :open order by o.name, o.id",
					ActivityChoices.Deal.class)
			.setParameter("account", accountId)
			.setParameter("open", OpportunityStatus.OPEN)
			.getResultList();
		List<ActivityChoices.Colleague> colleagues = this.entityManager
			.createQuery("select new com.kacrm.persistence.activity.ActivityChoices$Colleague(u.id, u.displayName)"
					+ " from User u where u.enabled = true and u.role <> com.kacrm.domain.organisation.Role.ADMIN"
					+ " and (u.team.id = :team or u.id = (select t.manager.id from Team t where t.id = :team))"
					+ " and u.id <> :me order by u.displayName, u.id", ActivityChoices.Colleague.class)
			.setParameter("team", account.getTeam().getId())
			.setParameter("me", viewer.userId())
			.getResultList();
		return new ActivityChoices(account.getId(), account.getName(), people, deals, colleagues);
	}

	/**
	 * The activities of the deal, planned ones first by time, then the others newest
	 * first.
	 * @throws com.kacrm.persistence.opportunity.OpportunityNotFoundException when the
	 * viewer may not see the deal
	 */
	@Transactional(readOnly = true)
	public List<ActivityRow> activitiesOf(long opportunityId, Viewer viewer) {
		this.opportunities.visible(opportunityId, viewer);
		return rows(fetch("a.opportunity.id = :id", opportunityId));
	}

	/**
	 * The activities of the account (with or without a deal, and the calls made while it
	 * was a lead), planned ones first by time, then the others newest first.
	 * @throws com.kacrm.persistence.account.AccountNotFoundException when the viewer may
	 * not see the account
	 */
	@Transactional(readOnly = true)
	public List<ActivityRow> activitiesAt(long accountId, Viewer viewer) {
		this.accounts.visible(accountId, viewer);
		return rows(fetch("a.account.id = :id", accountId));
	}

	/**
	 * The calls logged on a lead, newest first; the caller has checked that the viewer
	 * sees the lead.
	 */
	@Transactional(readOnly = true)
	public List<ActivityRow> activitiesOfLead(long leadId) {
		return rows(fetch("a.lead.id = :id", leadId));
	}

	private List<Activity> fetch(String condition, long id) {
		return this.entityManager
			.createQuery("select distinct a from Activity a left join fetch a.contacts left join fetch a.participants"
					+ " left join fetch a.owner left join fetch a.opportunity left join fetch a.account where "
					+ condition, Activity.class)
			.setParameter("id", id)
			.getResultList();
	}

	private Opportunity dealOf(NewActivity activity, Viewer viewer) {
		return (activity.opportunityId() != null) ? this.opportunities.visible(activity.opportunityId(), viewer) : null;
	}

	private User userOf(Viewer viewer) {
		return this.entityManager.find(User.class, viewer.userId());
	}

	/**
	 * The account's people with {@code ids}. People of other accounts are "unknown" here,
	 * named nowhere: an id typed into the form reveals nothing.
	 */
	private List<Contact> contactsOf(Account account, List<Long> ids, String field) {
		if (ids.isEmpty()) {
			return List.of();
		}
		List<Contact> people = this.entityManager
			.createQuery("select c from Contact c where c.id in :ids and c.account.id = :account", Contact.class)
			.setParameter("ids", ids)
			.setParameter("account", account.getId())
			.getResultList();
		if (people.size() != ids.stream().distinct().count()) {
			throw ChangeRejected.of(field, "activity.error.unknownContact");
		}
		return people;
	}

	private List<User> participants(List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		List<User> users = this.entityManager.createQuery("select u from User u where u.id in :ids", User.class)
			.setParameter("ids", ids)
			.getResultList();
		if (users.size() != ids.stream().distinct().count()) {
			throw ChangeRejected.of("participantIds", "activity.error.unknownParticipant");
		}
		return users;
	}

	/** The visit the phone invitation's appointment planned, if it closed with one. */
	private Activity appointmentOf(Activity call, Appointment appointment, Viewer viewer, Instant now) {
		if (!call.getSteps().appointment()) {
			return null;
		}
		this.entityManager.flush();
		Contact contact = null;
		if (appointment != null && appointment.contactId() != null) {
			List<Contact> found = contactsOf(call.getAccount(), List.of(appointment.contactId()),
					"appointment.contactId");
			contact = found.get(0);
		}
		Activity visit = call.appointmentVisit(appointment, contact, viewer.actor(), now);
		this.entityManager.persist(visit);
		logOnDeal(visit, PLANNED_FIELD, viewer);
		return visit;
	}

	/** The activity {@code followsId} of the same account had its next step taken. */
	private void follow(Long followsId, Account account, Viewer viewer, Instant now) {
		if (followsId == null) {
			return;
		}
		Activity previous = this.access.forChange(followsId, null, viewer);
		if (!Account.same(previous.getAccount(), account)) {
			throw ChangeRejected.of("followsId", "activity.error.otherAccount");
		}
		if (previous.hasOpenNextStep()) {
			previous.closeNextStep(now);
		}
	}

	private void logOnDeal(Activity activity, String field, Viewer viewer) {
		Opportunity opportunity = activity.getOpportunity();
		if (opportunity != null) {
			this.history.record(OpportunityService.subject(opportunity),
					List.of(FieldChange.of(field, null, "ACTIVITY_" + activity.getType().name())), viewer.actor(),
					(activity.getSummary() != null) ? activity.getSummary() : activity.getObjective());
		}
	}

	/**
	 * Keeps the account's last contact equal to its latest done activity, in one
	 * statement that leaves the account's version alone.
	 */
	private void refreshLastContact(Account account) {
		if (account == null) {
			return;
		}
		this.entityManager.flush();
		this.entityManager
			.createQuery("update Account a set a.lastContactedAt = (select max(x.occurredAt) from Activity x"
					+ " where x.account = a and x.status = com.kacrm.domain.activity.ActivityStatus.DONE)"
					+ " where a.id = :id")
			.setParameter("id", account.getId())
			.executeUpdate();
	}

	private ActivitySaved saved(Activity activity, Activity visit) {
		this.entityManager.flush();
		return new ActivitySaved(activity.getId(), activity.getVersion(), (visit != null) ? visit.getId() : null,
				(visit != null) ? visit.getOccurredAt() : null);
	}

	static HistorySubject subject(Activity activity) {
		return new HistorySubject(ACTIVITY, activity.getId(),
				(activity.getAccount() != null) ? activity.getAccount().getName() : null);
	}

	/** Planned ones first, soonest first; then the others, newest first. */
	static List<ActivityRow> rows(Collection<Activity> activities) {
		Comparator<Activity> planned = Comparator.comparing((Activity a) -> a.getStatus() != ActivityStatus.PLANNED);
		Comparator<Activity> byTime = Comparator.comparing(Activity::getOccurredAt).thenComparing(Activity::getId);
		return activities.stream().sorted(planned.thenComparing((one, other) -> {
			boolean bothPlanned = one.getStatus() == ActivityStatus.PLANNED;
			return bothPlanned ? byTime.compare(one, other) : byTime.compare(other, one);
		})).map(ActivityService::row).toList();
	}

	static ActivityRow row(Activity a) {
		return new ActivityRow(a.getId(), a.getVersion(), (a.getAccount() != null) ? a.getAccount().getId() : null,
				(a.getAccount() != null) ? a.getAccount().getName() : null,
				(a.getOpportunity() != null) ? a.getOpportunity().getId() : null,
				(a.getOpportunity() != null) ? a.getOpportunity().getName() : null, a.getType(), a.getStatus(),
				a.getOccurredAt(), a.getDurationMinutes(), a.getPlace(), a.getObjective(), a.getSummary(),
				a.getCommitments(), a.getNextStep(), a.getNextStepDate(), a.getNextStepDoneAt() != null,
				(a.getOwner() != null) ? a.getOwner().getId() : null,
				(a.getOwner() != null) ? a.getOwner().getDisplayName() : a.getCreatedByName(),
				a.getContacts()
					.stream()
					.map((c) -> new ActivityRow.Person(c.getId(), c.getName()))
					.sorted(Comparator.comparing(ActivityRow.Person::name))
					.toList(),
				a.getParticipants()
					.stream()
					.map((u) -> new ActivityRow.Person(u.getId(), u.getDisplayName()))
					.sorted(Comparator.comparing(ActivityRow.Person::name))
					.toList(),
				a.getPurposes(), a.getRolesToMeet(), a.getSteps(), a.getSourceActivityId(), a.getCancelReason());
	}

}
