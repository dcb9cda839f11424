package com.kacrm.persistence.activity;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;

import com.kacrm.domain.account.Account;
import com.kacrm.domain.activity.Activity;
import com.kacrm.domain.contact.Contact;
import com.kacrm.domain.history.FieldChange;
import com.kacrm.domain.history.HistorySubject;
import com.kacrm.domain.opportunity.Opportunity;
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
 * Logs calls and visits (客户交往活动) on accounts and deals the user may see, and lists them.
 * The automatic checklist items of the milestones read what is logged here. The
 * activities feature (SPEC 7) extends it with planning, purposes and next steps.
 */
@Service
public class ActivityService {

	/** The history field of an activity logged on a deal. */
	public static final String LOGGED_FIELD = "activity.logged";

	private final EntityManager entityManager;

	private final AccountAccess accounts;

	private final OpportunityAccess opportunities;

	private final HistoryService history;

	private final Clock clock;

	ActivityService(EntityManager entityManager, AccountAccess accounts, OpportunityAccess opportunities,
			HistoryService history, Clock clock) {
		this.entityManager = entityManager;
		this.accounts = accounts;
		this.opportunities = opportunities;
		this.history = history;
		this.clock = clock;
	}

	/**
	 * Logs the activity as done by the viewer.
	 * @return the new activity's id
	 * @throws com.kacrm.persistence.account.AccountNotFoundException when the viewer may
	 * not see the account
	 * @throws com.kacrm.persistence.opportunity.OpportunityNotFoundException when the
	 * viewer may not see the deal
	 * @throws ChangeRejected when a field breaks a rule or a person met is unknown
	 */
	@Transactional
	public long log(NewActivity activity, Viewer viewer) {
		Account account = this.accounts.visible(activity.accountId(), viewer);
		Opportunity opportunity = (activity.opportunityId() != null)
				? this.opportunities.visible(activity.opportunityId(), viewer) : null;
		List<Contact> met = activity.contactIds().isEmpty() ? List.of() : this.entityManager
			.createQuery("select c from Contact c where c.id in :ids and c.account.id = :account", Contact.class)
			.setParameter("ids", activity.contactIds())
			.setParameter("account", account.getId())
			.getResultList();
		// People of other accounts are "unknown" here, named nowhere: an id typed into
		// the form reveals nothing.
		if (met.size() != activity.contactIds().stream().distinct().count()) {
			throw ChangeRejected.of("contactIds", "activity.error.unknownContact");
		}
		User owner = this.entityManager.find(User.class, viewer.userId());
		Activity logged = new Activity(account, opportunity, owner, activity.type(), activity.occurredAt(),
				activity.summary(), met, viewer.actor(), this.clock.instant());
		this.entityManager.persist(logged);
		if (opportunity != null) {
			this.history.record(
					new HistorySubject(OpportunityService.OPPORTUNITY, opportunity.getId(), opportunity.getName()),
					List.of(FieldChange.of(LOGGED_FIELD, null, "ACTIVITY_" + logged.getType().name())), viewer.actor(),
					logged.getSummary());
		}
		return logged.getId();
	}

	/**
	 * The activities logged on the deal, newest first.
	 * @throws com.kacrm.persistence.opportunity.OpportunityNotFoundException when the
	 * viewer may not see the deal
	 */
	@Transactional(readOnly = true)
	public List<ActivityRow> activitiesOf(long opportunityId, Viewer viewer) {
		this.opportunities.visible(opportunityId, viewer);
		return rows(this.entityManager
			.createQuery("select distinct a from Activity a left join fetch a.contacts left join fetch a.owner"
					+ " left join fetch a.opportunity where a.opportunity.id = :id", Activity.class)
			.setParameter("id", opportunityId)
			.getResultList());
	}

	/**
	 * The activities logged on the account (with or without a deal), newest first.
	 * @throws com.kacrm.persistence.account.AccountNotFoundException when the viewer may
	 * not see the account
	 */
	@Transactional(readOnly = true)
	public List<ActivityRow> activitiesAt(long accountId, Viewer viewer) {
		this.accounts.visible(accountId, viewer);
		return rows(this.entityManager
			.createQuery("select distinct a from Activity a left join fetch a.contacts left join fetch a.owner"
					+ " left join fetch a.opportunity where a.account.id = :id", Activity.class)
			.setParameter("id", accountId)
			.getResultList());
	}

	private static List<ActivityRow> rows(List<Activity> activities) {
		return activities.stream()
			.sorted(Comparator.comparing(Activity::getOccurredAt).thenComparing(Activity::getId).reversed())
			.map(ActivityService::row)
			.toList();
	}

	private static ActivityRow row(Activity a) {
		return new ActivityRow(a.getId(), a.getVersion(), a.getAccount().getId(),
				(a.getOpportunity() != null) ? a.getOpportunity().getId() : null,
				(a.getOpportunity() != null) ? a.getOpportunity().getName() : null, a.getType(), a.getOccurredAt(),
				a.getSummary(), (a.getOwner() != null) ? a.getOwner().getDisplayName() : a.getCreatedByName(),
				a.getContacts().stream().map(Contact::getName).sorted().toList());
	}

}
