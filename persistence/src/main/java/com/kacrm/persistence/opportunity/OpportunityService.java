package com.kacrm.persistence.opportunity;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.kacrm.domain.account.Account;
import com.kacrm.domain.competitor.Competitor;
import com.kacrm.domain.history.FieldChange;
import com.kacrm.domain.history.FieldChanges;
import com.kacrm.domain.history.HistorySubject;
import com.kacrm.domain.opportunity.LossReason;
import com.kacrm.domain.opportunity.MilestoneMove;
import com.kacrm.domain.opportunity.MilestoneTimeline;
import com.kacrm.domain.opportunity.Opportunity;
import com.kacrm.domain.opportunity.OpportunityDetails;
import com.kacrm.domain.organisation.User;
import com.kacrm.domain.playbook.Milestone;
import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.persistence.account.AccountAccess;
import com.kacrm.persistence.history.HistoryRow;
import com.kacrm.persistence.history.HistoryService;
import com.kacrm.persistence.playbook.PlaybookService;
import com.kacrm.persistence.shared.BusinessCalendar;
import com.kacrm.persistence.shared.Viewer;
import jakarta.persistence.EntityManager;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens, shows and changes opportunities (商机, SPEC 5) on accounts the user may see: the
 * deal's own fields, its probability, owner, status (lost, on hold, reopened) and
 * contract, each change written to the deal's history in the same transaction. Moves
 * between milestones are the {@link MilestoneService}'s.
 */
@Service
public class OpportunityService {

	/** The history subject type of opportunities. */
	public static final String OPPORTUNITY = "OPPORTUNITY";

	/** The history field of an opportunity's opening. */
	public static final String OPENED_FIELD = "opportunity.opened";

	/** The history's field of a lost deal's reason category. */
	public static final String LOSS_REASON_FIELD = "opportunity.lossReason";

	/** The history's field of the competitor a lost deal went to. */
	public static final String LOST_TO_FIELD = "opportunity.lostToCompetitor";

	private final EntityManager entityManager;

	private final AccountAccess accounts;

	private final OpportunityAccess access;

	private final PlaybookService playbook;

	private final HistoryService history;

	private final Clock clock;

	private final BusinessCalendar calendar;

	OpportunityService(EntityManager entityManager, AccountAccess accounts, OpportunityAccess access,
			PlaybookService playbook, HistoryService history, Clock clock, BusinessCalendar calendar) {
		this.calendar = calendar;
		this.entityManager = entityManager;
		this.accounts = accounts;
		this.access = access;
		this.playbook = playbook;
		this.history = history;
		this.clock = clock;
	}

	/**
	 * Opens an opportunity named {@code name} on the account; see
	 * {@link #create(long, OpportunityDetails, Viewer)}.
	 */
	@Transactional
	public long open(long accountId, String name, Viewer viewer) {
		return create(accountId, OpportunityDetails.named(name), viewer);
	}

	/**
	 * Opens an opportunity on the account at milestone 1 (行业与客户规划), owned by the viewer
	 * when they may own the account's deals, else by the account's owner.
	 * @return the new opportunity's id
	 * @throws com.kacrm.persistence.account.AccountNotFoundException when the viewer may
	 * not see the account
	 * @throws ChangeRejected when the details break a rule
	 */
	@Transactional
	public long create(long accountId, OpportunityDetails details, Viewer viewer) {
		// Under a share lock: the deal takes the account's team as of now, and a
		// reassignment of the account waits for it or goes first.
		Account account = this.accounts.shareLocked(accountId, viewer);
		User viewerUser = this.entityManager.find(User.class, viewer.userId());
		User owner = (viewerUser != null && Account.mayOwn(viewerUser, account.getTeam())) ? viewerUser
				: account.getOwner();
		Opportunity opportunity = new Opportunity(details, account, owner,
				this.playbook.defaultProbability(Milestone.PLANNING), viewer.actor(), this.clock.instant());
		this.entityManager.persist(opportunity);
		this.history.record(subject(opportunity), List.of(FieldChange.of(OPENED_FIELD, null, account.getName())),
				viewer.actor(), null);
		return opportunity.getId();
	}

	/**
	 * The deal as its page shows it, with the days spent in each milestone.
	 * @throws OpportunityNotFoundException when the viewer may not see it
	 */
	@Transactional(readOnly = true)
	public OpportunityView show(long id, Viewer viewer) {
		Opportunity o = this.access.visible(id, viewer);
		Account account = o.getAccount();
		Instant now = this.clock.instant();
		MilestoneTimeline timeline = MilestoneTimeline.of(o.getCreatedAt(),
				movesOf(id).stream().map(MilestoneTimeline.Step::of).toList(), now);
		Map<Milestone, Long> days = new EnumMap<>(Milestone.class);
		for (Milestone milestone : Milestone.values()) {
			if (timeline.reached(milestone)) {
				days.put(milestone, timeline.daysIn(milestone));
			}
		}
		User owner = o.getOwner();
		return new OpportunityView(o.getId(), o.getVersion(), o.getName(), account.getId(), account.getName(),
				account.getTier(), (account.getIndustry() != null) ? account.getIndustry().getName() : null,
				o.getTeam().getId(), o.getTeam().getName(), (owner != null) ? owner.getId() : null,
				(owner != null) ? owner.getDisplayName() : null, o.getSolution(), o.getEstimatedAmount(),
				o.getExpectedSigningDate(), o.getProbability(), o.getProbabilityReason(),
				this.playbook.defaultProbability(o.getMilestone()), o.weightedAmount(), o.getMilestone(),
				o.getMilestoneEnteredAt(), o.getStatus(), o.getStatusReason(), o.getNextStep(), o.getNextStepDate(),
				o.getContractAmount(), o.getContractSignedOn(), o.getCreatedAt(), o.getCreatedByName(), days,
				Duration.between(o.getMilestoneEnteredAt(), now).toDays(), this.access.mayManage(o, viewer),
				o.isApprovalLocked(), o.isApprovalLocked() && !passesApprovalLock(viewer), o.getExpenseBudget(),
				o.getProfit(), o.getLossReason(), o.getLostToCompetitorId(),
				(o.getLostToCompetitorId() != null) ? competitorNameOrNull(o.getLostToCompetitorId()) : null);
	}

	/**
	 * Rewrites the deal's own fields.
	 * @throws ChangeRejected when the details break a rule
	 * @throws com.kacrm.persistence.shared.ConcurrentEditException when the deal changed
	 * since {@code expectedVersion}
	 */
	@Transactional
	public void update(long id, long expectedVersion, OpportunityDetails details, Viewer viewer) {
		Opportunity opportunity = this.access.forChange(id, expectedVersion, viewer);
		record(opportunity, opportunity.edit(details, passesApprovalLock(viewer)), viewer, null);
	}

	/**
	 * Sets the probability by hand with a reason; {@code null} probability and reason go
	 * back to the playbook's default for the deal's milestone.
	 * @throws ChangeRejected when the probability or reason breaks a rule
	 */
	@Transactional
	public void changeProbability(long id, long expectedVersion, Integer probability, String reason,
			boolean backToDefault, Viewer viewer) {
		Opportunity opportunity = this.access.forChange(id, expectedVersion, viewer);
		List<FieldChange> changes = backToDefault
				? opportunity.resetProbability(this.playbook.defaultProbability(opportunity.getMilestone()))
				: opportunity.overrideProbability(probability, reason);
		record(opportunity, changes, viewer, backToDefault ? null : reason);
	}

	/**
	 * Gives the deal to another rep or manager of its team, or to nobody; for the team's
	 * manager and admins.
	 * @throws com.kacrm.persistence.shared.NotPermittedException when the viewer may not
	 * @throws ChangeRejected when the new owner is not of the deal's team
	 */
	@Transactional
	public void assignOwner(long id, long expectedVersion, Long ownerId, Viewer viewer) {
		Opportunity opportunity = this.access.forChange(id, expectedVersion, viewer);
		this.access.requireManage(opportunity, viewer);
		User owner = (ownerId != null) ? this.entityManager.find(User.class, ownerId) : null;
		if (ownerId != null && owner == null) {
			throw ChangeRejected.of("ownerId", "opportunity.error.ownerOutsideTeam");
		}
		record(opportunity, opportunity.assignOwner(owner), viewer, null);
	}

	/**
	 * Marks the open deal lost for {@code reason}.
	 * @throws ChangeRejected when it is not open or the reason is missing
	 */
	@Transactional
	public void markLost(long id, long expectedVersion, String reason, Viewer viewer) {
		markLost(id, expectedVersion, LossReason.OTHER, null, reason, viewer);
	}

	/**
	 * Marks the open deal lost for the reason {@code category}, explained by
	 * {@code reason}, and to the competitor {@code competitorId} when one won it.
	 * @throws ChangeRejected when it is not open, the category or reason is missing, or
	 * there is no such competitor
	 */
	@Transactional
	public void markLost(long id, long expectedVersion, LossReason category, Long competitorId, String reason,
			Viewer viewer) {
		Opportunity opportunity = this.access.forChange(id, expectedVersion, viewer);
		String competitorName = (competitorId != null) ? competitorName(competitorId) : null;
		MilestoneMove move = opportunity.markLost(category, competitorId, reason, viewer.actor(), this.clock.instant());
		this.entityManager.persist(move);
		record(opportunity,
				new FieldChanges()
					.add(MilestoneService.STATUS_FIELD, move.getFromStatus().name(), move.getToStatus().name())
					.add(LOSS_REASON_FIELD, null, category.name())
					.add(LOST_TO_FIELD, null, competitorName)
					.list(),
				viewer, move.getReason());
	}

	private String competitorName(long competitorId) {
		Competitor competitor = this.entityManager.find(Competitor.class, competitorId);
		if (competitor == null) {
			throw ChangeRejected.of("lostToCompetitorId", "opportunity.lostToCompetitor.unknown");
		}
		return competitor.getName();
	}

	/**
	 * Puts the open deal on hold for {@code reason}.
	 * @throws ChangeRejected when it is not open or the reason is missing
	 */
	@Transactional
	public void putOnHold(long id, long expectedVersion, String reason, Viewer viewer) {
		Opportunity opportunity = this.access.forChange(id, expectedVersion, viewer);
		recordMove(opportunity, opportunity.putOnHold(reason, viewer.actor(), this.clock.instant()), viewer);
	}

	/**
	 * Works a lost or held deal again, for {@code reason}.
	 * @throws ChangeRejected when it is neither lost nor held, or the reason is missing
	 */
	@Transactional
	public void reopen(long id, long expectedVersion, String reason, Viewer viewer) {
		Opportunity opportunity = this.access.forChange(id, expectedVersion, viewer);
		LossReason category = opportunity.getLossReason();
		Long competitorId = opportunity.getLostToCompetitorId();
		MilestoneMove move = opportunity.reopen(reason, viewer.actor(), this.clock.instant());
		this.entityManager.persist(move);
		record(opportunity,
				new FieldChanges()
					.add(MilestoneService.STATUS_FIELD, move.getFromStatus().name(), move.getToStatus().name())
					.add(LOSS_REASON_FIELD, (category != null) ? category.name() : null, null)
					.add(LOST_TO_FIELD, (competitorId != null) ? competitorNameOrNull(competitorId) : null, null)
					.list(),
				viewer, move.getReason());
	}

	private String competitorNameOrNull(long competitorId) {
		Competitor competitor = this.entityManager.find(Competitor.class, competitorId);
		return (competitor != null) ? competitor.getName() : null;
	}

	/**
	 * Records the won deal's signed contract: amount in 万元 and signing date.
	 * @throws ChangeRejected when the deal is not won or the values are wrong
	 */
	@Transactional
	public void recordContract(long id, long expectedVersion, BigDecimal amount, LocalDate signedOn, Viewer viewer) {
		Opportunity opportunity = this.access.forChange(id, expectedVersion, viewer);
		record(opportunity, opportunity.recordContract(amount, signedOn, this.calendar.today()), viewer, null);
	}

	/**
	 * Records the won deal's signed contract: amount and profit in 万元 (the profit may be
	 * negative or unknown, never above the amount) and signing date.
	 * @throws ChangeRejected when the deal is not won or the values are wrong
	 */
	@Transactional
	public void recordContract(long id, long expectedVersion, BigDecimal amount, BigDecimal profit, LocalDate signedOn,
			Viewer viewer) {
		Opportunity opportunity = this.access.forChange(id, expectedVersion, viewer);
		record(opportunity, opportunity.recordContract(amount, profit, signedOn, this.calendar.today()), viewer, null);
	}

	/**
	 * The deal's milestone history, newest first.
	 * @throws OpportunityNotFoundException when the viewer may not see the deal
	 */
	@Transactional(readOnly = true)
	public List<MoveRow> moves(long id, Viewer viewer) {
		this.access.visible(id, viewer);
		List<MoveRow> rows = new ArrayList<>(movesOf(id).stream().map(MoveRow::of).toList());
		Collections.reverse(rows);
		return rows;
	}

	/**
	 * Every change of the deal (fields, moves, ticks, buying centre, competitors), newest
	 * first.
	 * @throws OpportunityNotFoundException when the viewer may not see the deal
	 */
	@Transactional(readOnly = true)
	public Page<HistoryRow> history(long id, Viewer viewer, Pageable pageable) {
		Opportunity opportunity = this.access.visible(id, viewer);
		return this.history.historyOf(subject(opportunity), pageable);
	}

	private List<MilestoneMove> movesOf(long id) {
		return this.entityManager
			.createQuery("select m from MilestoneMove m where m.opportunity.id = :id order by m.movedAt, m.id",
					MilestoneMove.class)
			.setParameter("id", id)
			.getResultList();
	}

	private void recordMove(Opportunity opportunity, MilestoneMove move, Viewer viewer) {
		this.entityManager.persist(move);
		record(opportunity, List
			.of(FieldChange.of(MilestoneService.STATUS_FIELD, move.getFromStatus().name(), move.getToStatus().name())),
				viewer, move.getReason());
	}

	/**
	 * Whether the viewer passes a deal's approval lock: admins only, and the history
	 * marks every change they make to a locked deal.
	 */
	static boolean passesApprovalLock(Viewer viewer) {
		return viewer.isAdmin();
	}

	private void record(Opportunity opportunity, List<FieldChange> changes, Viewer viewer, String reason) {
		if (!changes.isEmpty()) {
			this.history.record(subject(opportunity), changes, viewer.actor(), reason);
		}
		this.entityManager.flush();
	}

	public static HistorySubject subject(Opportunity opportunity) {
		return new HistorySubject(OPPORTUNITY, opportunity.getId(), opportunity.getName());
	}

}
