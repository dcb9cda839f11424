package com.kacrm.persistence.approval;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.kacrm.domain.approval.ApprovalConflict;
import com.kacrm.domain.approval.ApprovalForm;
import com.kacrm.domain.approval.ApprovalRequest;
import com.kacrm.domain.approval.ApprovalStatus;
import com.kacrm.domain.approval.ApprovalTransition;
import com.kacrm.domain.approval.Decision;
import com.kacrm.domain.approval.KeyPerson;
import com.kacrm.domain.approval.ProposedMember;
import com.kacrm.domain.approval.SubmissionCheck;
import com.kacrm.domain.buyingcentre.BuyingCentreMember;
import com.kacrm.domain.competitor.Competitor;
import com.kacrm.domain.contact.Contact;
import com.kacrm.domain.history.FieldChange;
import com.kacrm.domain.opportunity.ChecklistState;
import com.kacrm.domain.opportunity.GateClosed;
import com.kacrm.domain.opportunity.Opportunity;
import com.kacrm.domain.opportunity.TeamMember;
import com.kacrm.domain.organisation.User;
import com.kacrm.domain.playbook.Milestone;
import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.persistence.account.DealsChangedTeam;
import com.kacrm.persistence.history.HistoryService;
import com.kacrm.persistence.opportunity.DealTeamService;
import com.kacrm.persistence.opportunity.MilestoneService;
import com.kacrm.persistence.opportunity.OpportunityAccess;
import com.kacrm.persistence.opportunity.OpportunityService;
import com.kacrm.persistence.playbook.PlaybookService;
import com.kacrm.persistence.shared.BusinessCalendar;
import com.kacrm.persistence.shared.ConcurrentEditException;
import com.kacrm.persistence.shared.NotPermittedException;
import com.kacrm.persistence.shared.Viewer;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 项目立项申请表 (SPEC 6) for the screens and the API: the prefilled form, drafts,
 * submission once the deal meets milestone 2's standard, and the decisions. The state
 * machine is the domain's ({@link ApprovalRequest}); this service checks who may act,
 * locks the request so that two deciders act one after the other, checks the form's links
 * (people of the account, known competitors, workers of the deal's team), records the
 * approved team on the deal, writes the deal's history and publishes
 * {@link ApprovalStepTaken} for notices and e-mails.
 */
@Service
public class ApprovalService {

	/** The comment of a request withdrawn because its deal went to another team. */
	public static final String REASSIGNED_COMMENT = "客户已移交其他销售团队，立项申请随之撤回，由新团队重新申请";

	/** The history field of a decided request on its deal. */
	public static final String APPROVAL_FIELD = "opportunity.approval";

	private final EntityManager entityManager;

	private final ApprovalAccess access;

	private final OpportunityAccess opportunities;

	private final MilestoneService milestones;

	private final PlaybookService playbook;

	private final HistoryService history;

	private final ApplicationEventPublisher events;

	private final BusinessCalendar calendar;

	private final Clock clock;

	ApprovalService(EntityManager entityManager, ApprovalAccess access, OpportunityAccess opportunities,
			MilestoneService milestones, PlaybookService playbook, HistoryService history,
			ApplicationEventPublisher events, BusinessCalendar calendar, Clock clock) {
		this.entityManager = entityManager;
		this.access = access;
		this.opportunities = opportunities;
		this.milestones = milestones;
		this.playbook = playbook;
		this.history = history;
		this.events = events;
		this.calendar = calendar;
		this.clock = clock;
	}

	/**
	 * A new request's form, prefilled from the deal: its name, amount and expected date,
	 * the people with a role in its buying centre, its competitors and its development
	 * team (or its owner).
	 * @throws com.kacrm.persistence.opportunity.OpportunityNotFoundException when the
	 * viewer may not see the deal
	 */
	@Transactional(readOnly = true)
	public ApprovalEditor newRequest(long opportunityId, Viewer viewer) {
		Opportunity opportunity = this.opportunities.visible(opportunityId, viewer);
		List<BuyingCentreMember> members = buyingCentre(opportunityId);
		List<KeyPerson> keyPeople = members.stream()
			.filter((member) -> member.getRole() != null && member.getContact().isActive())
			.map((member) -> new KeyPerson(member.getContact().getId(), member.getRole(), member.getAttitude(),
					member.getSupport()))
			.toList();
		List<Long> competitorIds = this.entityManager
			.createQuery("select d.key.competitorId from CompetitorInDeal d where d.key.opportunityId = :id",
					Long.class)
			.setParameter("id", opportunityId)
			.getResultList();
		List<ProposedMember> team = new ArrayList<>(this.entityManager
			.createQuery("select t from TeamMember t join fetch t.user where t.opportunity.id = :id order by t.addedAt",
					TeamMember.class)
			.setParameter("id", opportunityId)
			.getResultStream()
			.map((member) -> new ProposedMember(member.getUser().getId(), member.getResponsibility()))
			.toList());
		if (team.isEmpty() && opportunity.getOwner() != null) {
			team.add(new ProposedMember(opportunity.getOwner().getId(), null));
		}
		ApprovalForm form = new ApprovalForm(opportunity.getName(), null, null, opportunity.getEstimatedAmount(),
				opportunity.getExpectedSigningDate(), null, keyPeople, competitorIds, team, null, null);
		return editor(null, -1, opportunity, form);
	}

	/**
	 * The form of a draft or returned request, for its requester to revise.
	 * @throws ApprovalNotFoundException when the viewer may not see it
	 * @throws NotPermittedException when the viewer did not file it
	 * @throws ApprovalConflict when it is submitted or closed
	 */
	@Transactional(readOnly = true)
	public ApprovalEditor editor(long id, Viewer viewer) {
		ApprovalRequest request = this.access.visible(id, viewer);
		this.access.requireRequester(request, viewer, false);
		if (!request.getStatus().isEditable()) {
			throw conflictOf(request);
		}
		return editor(id, request.getVersion(), request.getOpportunity(), request.form());
	}

	/** The people the form names, or an id no contact has when it names nobody. */
	private static List<Long> named(ApprovalForm form) {
		List<Long> ids = form.keyPeople().stream().map(KeyPerson::getContactId).toList();
		return ids.isEmpty() ? List.of(-1L) : ids;
	}

	private ApprovalEditor editor(Long id, long version, Opportunity opportunity, ApprovalForm form) {
		Map<Long, BuyingCentreMember> seats = buyingCentre(opportunity.getId()).stream()
			.collect(Collectors.toMap((member) -> member.getContact().getId(), Function.identity(), (a, b) -> a));
		List<ApprovalEditor.PersonChoice> people = this.entityManager
			.createQuery(
					"select c from Contact c where c.account.id = :account and (c.leftAt is null or c.id in :named)"
							+ " order by c.level, c.name, c.id",
					Contact.class)
			.setParameter("account", opportunity.getAccount().getId())
			.setParameter("named", named(form))
			.getResultStream()
			.map((contact) -> {
				BuyingCentreMember seat = seats.get(contact.getId());
				return new ApprovalEditor.PersonChoice(contact.getId(), contact.getName(), contact.getTitle(),
						(seat != null) ? seat.getRole() : null, (seat != null) ? seat.getAttitude() : null,
						(seat != null) ? seat.getSupport() : null, !contact.isActive());
			})
			.toList();
		List<ApprovalEditor.Choice> competitors = this.entityManager
			.createQuery("select c from Competitor c order by c.name, c.id", Competitor.class)
			.getResultStream()
			.map((competitor) -> new ApprovalEditor.Choice(competitor.getId(), competitor.getName()))
			.toList();
		List<ApprovalEditor.Choice> workers = this.opportunities.workersOf(opportunity)
			.stream()
			.map((user) -> new ApprovalEditor.Choice(user.getId(), user.getDisplayName()))
			.toList();
		return new ApprovalEditor(id, version, opportunity.getId(), opportunity.getName(),
				opportunity.getAccount().getName(), form, people, competitors, workers);
	}

	/**
	 * Files a draft request for the deal, by the viewer, who must be able to work it.
	 * @return the new request's id
	 * @throws ChangeRejected when the form breaks a rule, links to people of another
	 * account, unknown competitors or people outside the deal's team, the deal is not
	 * open, or it has a live request already
	 */
	@Transactional
	public long create(long opportunityId, ApprovalForm form, Viewer viewer) {
		Opportunity opportunity = this.opportunities.forChange(opportunityId, null, viewer);
		checkLinks(opportunity, form);
		if (liveRequestOf(opportunityId).isPresent()) {
			throw ChangeRejected.of("opportunityId", "approval.error.liveRequestExists");
		}
		Instant now = this.clock.instant();
		long sequence = ((Number) this.entityManager.createNativeQuery("select nextval('approval_request_number_seq')")
			.getSingleResult()).longValue();
		String number = ApprovalRequest.numberOf(this.calendar.today().getYear(), sequence);
		User requester = this.entityManager.getReference(User.class, viewer.userId());
		ApprovalRequest request = new ApprovalRequest(number, opportunity, requester, form, viewer.actor(), now);
		this.entityManager.persist(request);
		this.entityManager.flush();
		return request.getId();
	}

	/**
	 * Whether a new request may be filed for the deal now: it is open and has no live
	 * request (draft, pending, returned or approved) — what {@link #create} demands.
	 * @throws com.kacrm.persistence.opportunity.OpportunityNotFoundException when the
	 * viewer may not see the deal
	 */
	@Transactional(readOnly = true)
	public boolean mayFile(long opportunityId, Viewer viewer) {
		Opportunity opportunity = this.opportunities.visible(opportunityId, viewer);
		return opportunity.getStatus().isOpen() && liveRequestOf(opportunityId).isEmpty();
	}

	/**
	 * Rewrites the form of the viewer's draft or returned request.
	 * @throws ConcurrentEditException when it changed since {@code expectedVersion}
	 */
	@Transactional
	public void edit(long id, long expectedVersion, ApprovalForm form, Viewer viewer) {
		ApprovalRequest request = this.access.forChange(id, viewer);
		this.access.requireRequester(request, viewer, false);
		ConcurrentEditException.check(request, expectedVersion);
		checkLinks(request.getOpportunity(), form);
		request.edit(form, viewer.actor());
		this.entityManager.flush();
	}

	/**
	 * The request as its page shows it.
	 * @throws ApprovalNotFoundException when the viewer may not see it
	 */
	@Transactional(readOnly = true)
	public ApprovalView show(long id, Viewer viewer) {
		return view(this.access.visible(id, viewer), viewer);
	}

	/**
	 * The deal's live request (draft, pending, returned or approved), or else its latest
	 * one, for the deal's page.
	 */
	@Transactional(readOnly = true)
	public Optional<ApprovalView> ofOpportunity(long opportunityId, Viewer viewer) {
		this.opportunities.visible(opportunityId, viewer);
		return this.entityManager
			.createQuery(
					"select r from ApprovalRequest r where r.opportunity.id = :id"
							+ " order by case when r.status in :live then 0 else 1 end, r.createdAt desc, r.id desc",
					ApprovalRequest.class)
			.setParameter("id", opportunityId)
			.setParameter("live", liveStatuses())
			.setMaxResults(1)
			.getResultStream()
			.findFirst()
			.map((request) -> view(request, viewer));
	}

	/**
	 * Submits the viewer's draft or returned request and locks the deal.
	 * @param expectedVersion the version the viewer read; null when the caller does not
	 * say
	 * @throws GateClosed when the deal is at milestone 2 with mandatory items missing
	 * @throws ChangeRejected when the deal is not open or still at milestone 1, or the
	 * form is incomplete (every missing field at once)
	 * @throws ApprovalConflict when the request is pending or closed
	 */
	@Transactional
	public void submit(long id, Long expectedVersion, Viewer viewer) {
		ApprovalRequest request = this.access.forChange(id, viewer);
		this.access.requireRequester(request, viewer, false);
		if (expectedVersion != null) {
			ConcurrentEditException.check(request, expectedVersion);
		}
		Opportunity opportunity = lockDeal(request);
		checkLinks(opportunity, request.form());
		ChecklistState gate = (opportunity.getMilestone() == Milestone.CALL_AND_VISIT)
				? this.milestones.gateOf(opportunity) : null;
		ApprovalTransition step = request.submit(gate, this.calendar.today(), viewer.actor(), this.clock.instant());
		taken(request, step);
	}

	/**
	 * Approves the submitted request: the deal moves to 项目立项 through its gate (when at
	 * milestone 2), takes the approved amount and date, has the proposed team recorded
	 * and its expense budget opened.
	 * @throws NotPermittedException when the viewer may not decide it (a rep, the manager
	 * of another team, the requester)
	 * @throws ApprovalConflict when it was decided or withdrawn meanwhile, saying by whom
	 * @throws GateClosed when the deal no longer meets milestone 2's standard
	 */
	@Transactional
	public void approve(long id, String comment, Viewer viewer) {
		approve(id, null, comment, viewer);
	}

	/**
	 * Approves the submitted request the decider read at {@code expectedVersion}.
	 * @param expectedVersion the version of the request the decider read; null when the
	 * caller does not say
	 * @throws ConcurrentEditException when it was returned and submitted again since the
	 * decider read it (they have not read what they would approve)
	 * @throws ChangeRejected when a proposed team member or key person is no longer
	 * allowed (moved team, disabled): the decider returns the request instead
	 * @see #approve(long, String, Viewer)
	 */
	@Transactional
	public void approve(long id, Long expectedVersion, String comment, Viewer viewer) {
		ApprovalRequest request = forDecision(id, expectedVersion, viewer);
		Opportunity opportunity = request.getOpportunity();
		if (request.getStatus() == ApprovalStatus.SUBMITTED) {
			checkLinks(opportunity, request.form());
		}
		ChecklistState gate = (opportunity.getMilestone() == Milestone.CALL_AND_VISIT)
				? this.milestones.gateOf(opportunity) : null;
		Instant now = this.clock.instant();
		Milestone from = opportunity.getMilestone();
		Decision decision = request.approve(comment, gate, this.playbook.defaultProbability(Milestone.PROJECT_APPROVAL),
				viewer.actor(), now);
		List<FieldChange> changes = new ArrayList<>();
		if (decision.move() != null) {
			this.entityManager.persist(decision.move());
			changes.add(FieldChange.of(MilestoneService.MILESTONE_FIELD, from.name(),
					decision.move().getToMilestone().name()));
		}
		changes.addAll(decision.dealChanges());
		changes.addAll(recordTeam(request, opportunity, now));
		changes.add(FieldChange.of(APPROVAL_FIELD, null, request.getNumber()));
		this.history.record(OpportunityService.subject(opportunity), changes, viewer.actor(),
				decision.transition().getComment());
		taken(request, decision.transition());
	}

	/**
	 * Rejects the submitted request with a comment.
	 * @throws NotPermittedException when the viewer may not decide it
	 * @throws ApprovalConflict when it was decided or withdrawn meanwhile
	 * @throws ChangeRejected when the comment is missing
	 */
	@Transactional
	public void reject(long id, String comment, Viewer viewer) {
		reject(id, null, comment, viewer);
	}

	/**
	 * Rejects the submitted request the decider read at {@code expectedVersion}.
	 * @throws ConcurrentEditException when it was submitted again since
	 * @see #reject(long, String, Viewer)
	 */
	@Transactional
	public void reject(long id, Long expectedVersion, String comment, Viewer viewer) {
		ApprovalRequest request = forDecision(id, expectedVersion, viewer);
		taken(request, request.reject(comment, viewer.actor(), this.clock.instant()));
	}

	/**
	 * Returns the submitted request to its requester for revision, with a comment.
	 * @throws NotPermittedException when the viewer may not decide it
	 * @throws ApprovalConflict when it was decided or withdrawn meanwhile
	 * @throws ChangeRejected when the comment is missing
	 */
	@Transactional
	public void returnForRevision(long id, String comment, Viewer viewer) {
		returnForRevision(id, null, comment, viewer);
	}

	/**
	 * Returns the submitted request the decider read at {@code expectedVersion}.
	 * @throws ConcurrentEditException when it was submitted again since
	 * @see #returnForRevision(long, String, Viewer)
	 */
	@Transactional
	public void returnForRevision(long id, Long expectedVersion, String comment, Viewer viewer) {
		ApprovalRequest request = forDecision(id, expectedVersion, viewer);
		taken(request, request.returnForRevision(comment, viewer.actor(), this.clock.instant()));
	}

	/**
	 * The request, locked with its deal, for a decision by the viewer. A request no
	 * longer submitted is left to the domain, which says who took it where
	 * ({@link ApprovalConflict}); a request submitted again since the decider read it is
	 * a conflict of versions.
	 */
	private ApprovalRequest forDecision(long id, Long expectedVersion, Viewer viewer) {
		ApprovalRequest request = this.access.forChange(id, viewer);
		this.access.requireDecide(request, viewer);
		if (expectedVersion != null && request.getStatus() == ApprovalStatus.SUBMITTED) {
			ConcurrentEditException.check(request, expectedVersion);
		}
		lockDeal(request);
		return request;
	}

	/**
	 * Withdraws the request before a decision: its requester, or an admin.
	 * @throws NotPermittedException when the viewer is neither
	 * @throws ApprovalConflict when it was decided or withdrawn already
	 */
	@Transactional
	public void withdraw(long id, String comment, Viewer viewer) {
		ApprovalRequest request = this.access.forChange(id, viewer);
		this.access.requireRequester(request, viewer, true);
		lockDeal(request);
		taken(request, request.withdraw(comment, viewer.isAdmin() && !this.access.isRequester(request, viewer),
				viewer.actor(), this.clock.instant()));
	}

	/**
	 * Withdraws the open requests of deals whose account went to another team: they
	 * proposed the old team's people and waited for the old team's manager. The new team
	 * files its own request.
	 */
	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	public void withdrawOnReassignment(DealsChangedTeam event) {
		for (ApprovalRequest request : this.entityManager
			.createQuery("select r from ApprovalRequest r where r.opportunity.id in :deals and r.status in :open",
					ApprovalRequest.class)
			.setParameter("deals", event.opportunityIds())
			.setParameter("open", List.of(ApprovalStatus.DRAFT, ApprovalStatus.SUBMITTED, ApprovalStatus.RETURNED))
			.setLockMode(LockModeType.PESSIMISTIC_WRITE)
			.getResultList()) {
			taken(request, request.withdraw(REASSIGNED_COMMENT, true, event.actor(), this.clock.instant()));
		}
	}

	private Opportunity lockDeal(ApprovalRequest request) {
		Opportunity opportunity = request.getOpportunity();
		this.entityManager.refresh(opportunity, LockModeType.PESSIMISTIC_WRITE);
		return opportunity;
	}

	private List<FieldChange> recordTeam(ApprovalRequest request, Opportunity opportunity, Instant now) {
		Set<Long> onTeam = this.entityManager
			.createQuery("select t.user.id from TeamMember t where t.opportunity.id = :id", Long.class)
			.setParameter("id", opportunity.getId())
			.getResultStream()
			.collect(Collectors.toSet());
		List<FieldChange> changes = new ArrayList<>();
		for (ProposedMember proposed : request.getProposedTeam()) {
			if (onTeam.contains(proposed.getUserId())) {
				continue;
			}
			User user = this.entityManager.find(User.class, proposed.getUserId());
			this.entityManager.persist(new TeamMember(opportunity, user, proposed.getResponsibility(), now));
			changes.add(FieldChange.of(DealTeamService.MEMBERS_FIELD, null, user.getDisplayName()));
		}
		return changes;
	}

	private void taken(ApprovalRequest request, ApprovalTransition step) {
		this.entityManager.persist(step);
		this.entityManager.flush();
		Opportunity opportunity = request.getOpportunity();
		this.events.publishEvent(new ApprovalStepTaken(request.getId(), request.getNumber(), request.getProjectName(),
				opportunity.getId(), opportunity.getTeam().getId(), request.getRequester().getId(),
				step.getFromStatus(), step.getToStatus(), step.getActorId(), step.getActorName(), step.getComment()));
	}

	/**
	 * The people must be the account's, the competitors known and the team members
	 * workers of the deal's team.
	 */
	private void checkLinks(Opportunity opportunity, ApprovalForm form) {
		List<Long> contactIds = form.keyPeople().stream().map(KeyPerson::getContactId).toList();
		if (!contactIds.isEmpty()
				&& count("select count(c) from Contact c where c.id in :ids and c.account.id = :account", contactIds,
						opportunity.getAccount().getId()) != contactIds.size()) {
			throw ChangeRejected.of("keyPeople", "approval.error.personOfOtherAccount");
		}
		if (!form.competitorIds().isEmpty() && count("select count(c) from Competitor c where c.id in :ids",
				form.competitorIds(), null) != form.competitorIds().size()) {
			throw ChangeRejected.of("competitorIds", "approval.error.unknownCompetitor");
		}
		Set<Long> workers = this.opportunities.workersOf(opportunity)
			.stream()
			.map(User::getId)
			.collect(Collectors.toSet());
		if (form.proposedTeam().stream().anyMatch((member) -> !workers.contains(member.getUserId()))) {
			throw ChangeRejected.of("proposedTeam", "opportunity.team.outsideTeam");
		}
	}

	private long count(String jpql, List<Long> ids, Long account) {
		var query = this.entityManager.createQuery(jpql, Long.class).setParameter("ids", ids);
		if (account != null) {
			query.setParameter("account", account);
		}
		return query.getSingleResult();
	}

	private Optional<ApprovalRequest> liveRequestOf(long opportunityId) {
		return this.entityManager
			.createQuery("select r from ApprovalRequest r where r.opportunity.id = :id and r.status in :live",
					ApprovalRequest.class)
			.setParameter("id", opportunityId)
			.setParameter("live", liveStatuses())
			.getResultStream()
			.findFirst();
	}

	private static List<ApprovalStatus> liveStatuses() {
		return List.of(ApprovalStatus.values()).stream().filter(ApprovalStatus::isLive).toList();
	}

	private List<BuyingCentreMember> buyingCentre(long opportunityId) {
		return this.entityManager
			.createQuery("select m from BuyingCentreMember m join fetch m.contact where m.opportunity.id = :id",
					BuyingCentreMember.class)
			.setParameter("id", opportunityId)
			.getResultList();
	}

	private ApprovalView view(ApprovalRequest request, Viewer viewer) {
		Opportunity opportunity = request.getOpportunity();
		Map<Long, Contact> contacts = byId(Contact.class,
				request.getKeyPeople().stream().map(KeyPerson::getContactId).toList(), Contact::getId);
		Map<Long, Competitor> competitors = byId(Competitor.class, request.getCompetitorIds(), Competitor::getId);
		Map<Long, User> users = byId(User.class,
				request.getProposedTeam().stream().map(ProposedMember::getUserId).toList(), User::getId);
		List<ApprovalView.Person> people = request.getKeyPeople().stream().map((person) -> {
			Contact contact = contacts.get(person.getContactId());
			return new ApprovalView.Person(person.getContactId(), contact.getName(), contact.getTitle(),
					contact.getDepartment(), person.getRole(), person.getAttitude(), person.getSupport(),
					!contact.isActive());
		}).toList();
		List<ApprovalView.Named> named = request.getCompetitorIds()
			.stream()
			.map((competitorId) -> new ApprovalView.Named(competitorId, competitors.get(competitorId).getName()))
			.toList();
		List<ApprovalView.Member> team = request.getProposedTeam()
			.stream()
			.map((member) -> new ApprovalView.Member(member.getUserId(), users.get(member.getUserId()).getDisplayName(),
					member.getResponsibility()))
			.toList();
		List<ApprovalView.Step> trail = this.entityManager
			.createQuery("select t from ApprovalTransition t where t.request.id = :id order by t.actedAt, t.id",
					ApprovalTransition.class)
			.setParameter("id", request.getId())
			.getResultStream()
			.map((step) -> new ApprovalView.Step(step.getRound(), step.getFromStatus(), step.getToStatus(),
					step.getActorName(), step.getActedAt(), step.getComment()))
			.toList();
		boolean requester = this.access.isRequester(request, viewer);
		boolean editable = request.getStatus().isEditable();
		ApprovalView.Readiness readiness = editable ? readiness(request, opportunity)
				: new ApprovalView.Readiness(false, null, List.of(), List.of());
		ApprovalView.Permissions may = new ApprovalView.Permissions(requester && editable,
				requester && editable && readiness.ready(),
				!request.getStatus().isFinal() && this.access.mayWithdraw(request, viewer),
				request.getStatus() == ApprovalStatus.SUBMITTED && this.access.mayDecide(request, viewer));
		ApprovalView.Deal deal = new ApprovalView.Deal(opportunity.getId(), opportunity.getName(),
				opportunity.getAccount().getId(), opportunity.getAccount().getName(), opportunity.getTeam().getName(),
				opportunity.getMilestone(), opportunity.getStatus(), opportunity.isApprovalLocked(),
				opportunity.getExpenseBudget());
		return new ApprovalView(request.getId(), request.getVersion(), request.getNumber(), request.getStatus(),
				request.getRound(), deal, request.getRequester().getDisplayName(), request.getRequester().getId(),
				request.getProjectName(), request.getCustomerNeeds(), request.getValuePositioning(),
				request.getEstimatedAmount(), request.getExpectedContractDate(), request.getDecisionProcess(), people,
				named, team, request.getRequestedBudget(), request.getRisks(), request.getCreatedAt(),
				request.getSubmittedAt(), request.getLastActorName(), request.getLastActedAt(),
				request.getLastComment(), trail, readiness, may);
	}

	/**
	 * What keeps the request from being submitted now: the domain's check, for the page.
	 */
	private ApprovalView.Readiness readiness(ApprovalRequest request, Opportunity opportunity) {
		ChecklistState gate = (opportunity.getMilestone() == Milestone.CALL_AND_VISIT)
				? this.milestones.gateOf(opportunity) : null;
		SubmissionCheck check = request.submissionCheck(gate, this.calendar.today());
		List<ApprovalView.UnmetItem> unmet = check.unmetItems()
			.stream()
			.map((item) -> new ApprovalView.UnmetItem(item.getId(), item.getTextZh(), item.getTextEn()))
			.toList();
		String blockKey = (check.blockKey() != null) ? check.blockKey()
				: unmet.isEmpty() ? null : "approval.error.milestoneTwoNotMet";
		return new ApprovalView.Readiness(check.isReady(), blockKey, unmet, check.missingFields());
	}

	private <T> Map<Long, T> byId(Class<T> type, List<Long> ids, Function<T, Long> id) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.entityManager.createQuery("select e from " + type.getSimpleName() + " e where e.id in :ids", type)
			.setParameter("ids", ids)
			.getResultStream()
			.collect(Collectors.toMap(id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
	}

	private static ApprovalConflict conflictOf(ApprovalRequest request) {
		return new ApprovalConflict(request.getStatus(), request.getLastActorName(), request.getLastActedAt(),
				request.getLastComment());
	}

}
