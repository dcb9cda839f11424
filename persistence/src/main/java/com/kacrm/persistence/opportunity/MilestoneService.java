package com.kacrm.persistence.opportunity;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.kacrm.domain.activity.Activity;
import com.kacrm.domain.history.FieldChange;
import com.kacrm.domain.history.HistorySubject;
import com.kacrm.domain.opportunity.ChecklistState;
import com.kacrm.domain.opportunity.ChecklistTick;
import com.kacrm.domain.opportunity.GateClosed;
import com.kacrm.domain.opportunity.MilestoneMove;
import com.kacrm.domain.opportunity.MoveKind;
import com.kacrm.domain.opportunity.Opportunity;
import com.kacrm.domain.playbook.ChecklistItem;
import com.kacrm.domain.playbook.Milestone;
import com.kacrm.domain.playbook.MilestoneDefinition;
import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.persistence.history.HistoryService;
import com.kacrm.persistence.playbook.PlaybookService;
import com.kacrm.persistence.shared.NotPermittedException;
import com.kacrm.persistence.shared.Viewer;
import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves deals through the eight milestones (SPEC 5): the milestone screen's checklist,
 * ticking manual items with evidence, and the gated move, for the screens, the board and
 * the API alike. The rules are the domain's ({@link Opportunity#move},
 * {@link ChecklistState}); this service gathers the facts, decides who may override,
 * locks the deal and writes the history.
 */
@Service
public class MilestoneService {

	/** The history field of a move between milestones. */
	public static final String MILESTONE_FIELD = "opportunity.milestone";

	/** The history field of a move past a closed gate. */
	public static final String OVERRIDE_FIELD = "opportunity.milestone.override";

	/** The history field of a change of status. */
	public static final String STATUS_FIELD = "opportunity.status";

	/** The history field of a ticked or unticked checklist item. */
	public static final String TICK_FIELD = "opportunity.checklist";

	private final EntityManager entityManager;

	private final OpportunityAccess access;

	private final DealFactsReader facts;

	private final PlaybookService playbook;

	private final HistoryService history;

	private final Clock clock;

	MilestoneService(EntityManager entityManager, OpportunityAccess access, DealFactsReader facts,
			PlaybookService playbook, HistoryService history, Clock clock) {
		this.entityManager = entityManager;
		this.access = access;
		this.facts = facts;
		this.playbook = playbook;
		this.history = history;
		this.clock = clock;
	}

	/**
	 * The milestone screen of the deal: guidance, checklist, what blocks the move on.
	 * @throws OpportunityNotFoundException when the viewer may not see the deal
	 */
	@Transactional(readOnly = true)
	public MilestoneScreen screen(long opportunityId, Viewer viewer) {
		Opportunity opportunity = this.access.visible(opportunityId, viewer);
		Map<Long, ChecklistTick> ticks = ticksOf(opportunityId);
		ChecklistState state = gateOf(opportunity, ticks);
		List<ChecklistEntry> entries = state.items().stream().map((item) -> entry(item, ticks)).toList();
		List<ChecklistEntry> unmet = entries.stream().filter((entry) -> entry.mandatory() && !entry.done()).toList();
		return new MilestoneScreen(opportunityId, opportunity.getVersion(), opportunity.getMilestone(),
				opportunity.getStatus(), this.playbook.milestone(opportunity.getMilestone()), entries, unmet,
				opportunity.getMilestone().next().orElse(null), opportunity.getStatus().allowsMoves(),
				this.access.mayManage(opportunity, viewer));
	}

	/**
	 * The checklist of the deal's current milestone with the data as it is now, e.g. to
	 * decide a move or a 立项 request's submission.
	 */
	public ChecklistState gateOf(Opportunity opportunity) {
		return gateOf(opportunity, ticksOf(opportunity.getId()));
	}

	private ChecklistState gateOf(Opportunity opportunity, Map<Long, ChecklistTick> ticks) {
		MilestoneDefinition definition = definitionOf(opportunity.getMilestone());
		return ChecklistState.of(opportunity.getMilestone(), definition.activeItems(),
				(item) -> ticks.containsKey(item.getId()), this.facts.factsOf(opportunity));
	}

	/**
	 * Moves the deal to {@code target}: forward through the open gate, past a closed one
	 * with {@code override} (managers of the deal's team and admins, with a reason), or
	 * back with a reason. A refused move changes nothing.
	 * @param expectedVersion the version the caller read; null when it does not say (the
	 * API without a version), and the deal's lock still serialises moves
	 * @throws GateClosed when mandatory items are missing, naming them
	 * @throws ChangeRejected when the move is not allowed (lost or held deal, more than
	 * one step, missing reason)
	 * @throws NotPermittedException when an override is asked for by someone who may not
	 * @throws com.kacrm.persistence.shared.ConcurrentEditException when the deal moved on
	 * from {@code expectedVersion}
	 */
	@Transactional
	public MoveResult move(long opportunityId, Long expectedVersion, Milestone target, String reason, boolean override,
			Viewer viewer) {
		if (target == null) {
			throw ChangeRejected.of("target", "form.required");
		}
		Opportunity opportunity = this.access.forChange(opportunityId, expectedVersion, viewer);
		if (override) {
			this.access.requireManage(opportunity, viewer);
		}
		Milestone from = opportunity.getMilestone();
		boolean locked = opportunity.isApprovalLocked();
		ChecklistState gate = target.isAfter(from) ? gateOf(opportunity) : null;
		MilestoneMove move = opportunity.move(target, reason, override, gate, this.playbook.defaultProbability(target),
				OpportunityService.passesApprovalLock(viewer), viewer.actor(), this.clock.instant());
		this.entityManager.persist(move);
		String field = (move.getKind() == MoveKind.OVERRIDE) ? OVERRIDE_FIELD : MILESTONE_FIELD;
		List<FieldChange> changes = new ArrayList<>(List.of(FieldChange.of(field, from.name(), target.name())));
		if (move.getFromStatus() != move.getToStatus()) {
			changes.add(FieldChange.of(STATUS_FIELD, move.getFromStatus().name(), move.getToStatus().name()));
		}
		if (locked) {
			changes.add(FieldChange.of(Opportunity.LOCK_PASSED_FIELD, null, Boolean.TRUE));
		}
		this.history.record(subject(opportunity), changes, viewer.actor(), move.getReason());
		this.entityManager.flush();
		return new MoveResult(opportunityId, move.getKind(), from, target, opportunity.getStatus(),
				opportunity.getProbability(), opportunity.getVersion());
	}

	/**
	 * Ticks a manual item of the deal's current milestone with evidence: a note, an
	 * activity logged on the deal, or both.
	 * @throws ChangeRejected when the item is automatic, retired or of another milestone,
	 * the evidence is missing, the activity is not the deal's, or the item is ticked
	 * already
	 */
	@Transactional
	public void tick(long opportunityId, long itemId, String evidenceNote, Long activityId, Viewer viewer) {
		Opportunity opportunity = this.access.forChange(opportunityId, null, viewer);
		ChecklistItem item = this.entityManager.find(ChecklistItem.class, itemId);
		if (item == null) {
			throw ChangeRejected.of("itemId", "opportunity.tick.notCurrent");
		}
		if (activityId != null) {
			Activity activity = this.entityManager.find(Activity.class, activityId);
			if (activity == null || activity.getOpportunity() == null
					|| !activity.getOpportunity().getId().equals(opportunityId)) {
				throw ChangeRejected.of("activityId", "opportunity.tick.activityOfOtherDeal");
			}
		}
		if (ticksOf(opportunityId).containsKey(itemId)) {
			throw ChangeRejected.of("itemId", "opportunity.tick.already");
		}
		ChecklistTick tick = new ChecklistTick(opportunity, item, evidenceNote, activityId, viewer.actor(),
				this.clock.instant());
		this.entityManager.persist(tick);
		this.history.record(subject(opportunity), List.of(FieldChange.of(TICK_FIELD, null, item.getTextZh())),
				viewer.actor(), tick.getEvidenceNote());
	}

	/**
	 * Takes back the tick of a manual item of the deal's current milestone.
	 * @throws ChangeRejected when the item is not ticked on the deal, or belongs to a
	 * milestone the deal has left (its tick is part of how the deal got on)
	 */
	@Transactional
	public void untick(long opportunityId, long itemId, Viewer viewer) {
		Opportunity opportunity = this.access.forChange(opportunityId, null, viewer);
		ChecklistTick tick = ticksOf(opportunityId).get(itemId);
		if (tick == null || tick.getItem().getMilestone() != opportunity.getMilestone()) {
			throw ChangeRejected.of("itemId", "opportunity.tick.notTicked");
		}
		this.entityManager.remove(tick);
		this.history.record(subject(opportunity), List.of(FieldChange.of(TICK_FIELD, tick.getItem().getTextZh(), null)),
				viewer.actor(), null);
	}

	private MilestoneDefinition definitionOf(Milestone milestone) {
		return this.entityManager
			.createQuery("select d from MilestoneDefinition d where d.milestone = :milestone",
					MilestoneDefinition.class)
			.setParameter("milestone", milestone)
			.getSingleResult();
	}

	private Map<Long, ChecklistTick> ticksOf(long opportunityId) {
		return this.entityManager
			.createQuery("select t from ChecklistTick t join fetch t.item where t.opportunity.id = :id",
					ChecklistTick.class)
			.setParameter("id", opportunityId)
			.getResultStream()
			.collect(Collectors.toMap((tick) -> tick.getItem().getId(), Function.identity()));
	}

	private static ChecklistEntry entry(ChecklistState.ItemState state, Map<Long, ChecklistTick> ticks) {
		ChecklistItem item = state.item();
		ChecklistTick tick = state.isAutomatic() ? null : ticks.get(item.getId());
		return new ChecklistEntry(item.getId(), item.getTextZh(), item.getTextEn(), item.isMandatory(),
				item.getAutomaticRule(), state.done(), (tick != null) ? tick.getEvidenceNote() : null,
				(tick != null) ? tick.getActivityId() : null, (tick != null) ? tick.getTickedByName() : null,
				(tick != null) ? tick.getTickedAt() : null);
	}

	private static HistorySubject subject(Opportunity opportunity) {
		return OpportunityService.subject(opportunity);
	}

}
