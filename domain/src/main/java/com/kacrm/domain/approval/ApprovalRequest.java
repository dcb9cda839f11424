package com.kacrm.domain.approval;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.kacrm.domain.history.FieldChange;
import com.kacrm.domain.opportunity.ChecklistState;
import com.kacrm.domain.opportunity.GateClosed;
import com.kacrm.domain.opportunity.MilestoneMove;
import com.kacrm.domain.opportunity.Opportunity;
import com.kacrm.domain.opportunity.OpportunityStatus;
import com.kacrm.domain.organisation.User;
import com.kacrm.domain.playbook.Milestone;
import com.kacrm.domain.shared.Actor;
import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.domain.shared.Text;
import com.kacrm.domain.shared.Violation;
import com.kacrm.domain.shared.VersionedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/**
 * A 项目立项申请表 (SPEC 6): the rep's request to take a deal into milestone management, decided
 * by the manager of the deal's team (大客户开发部总监) or an admin.
 *
 * <p>
 * The state machine lives here: a DRAFT or RETURNED request is edited and submitted by
 * its requester, once the deal meets milestone 2's standard; a SUBMITTED one is approved,
 * rejected or returned (the last two with a comment) by someone other than its requester,
 * or withdrawn by its requester; every step is an {@link ApprovalTransition} with who,
 * when and comment. While SUBMITTED the request and its deal are locked
 * ({@link Opportunity#lockForApproval()}). Approval moves the deal to 项目立项 through the
 * same gated move as the milestone screen, adopts the approved figures and opens the
 * expense budget; the service records the proposed team on the deal.
 *
 * <p>
 * An action the status no longer allows throws {@link ApprovalConflict}, which says who
 * took the request where; the database's unique index on the transitions backs this when
 * two servers race (ADR 0012).
 */
@Entity
@Table(name = "approval_request")
public class ApprovalRequest extends VersionedEntity {

	public static final int MAX_COMMENT = 2000;

	@Column(nullable = false, updatable = false, length = 20)
	private String number;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "opportunity_id", nullable = false, updatable = false)
	private Opportunity opportunity;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "requester_id", nullable = false, updatable = false)
	private User requester;

	/*
	 * The deal's team, kept by the database (V026) and read-only here: the
	 * pending-approvals badge counts on it without joining every request to its deal.
	 */
	@Column(name = "team_id", insertable = false, updatable = false)
	private Long teamId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private ApprovalStatus status;

	/**
	 * How many times the request was submitted; the transitions of one round share it.
	 */
	@Column(nullable = false)
	private int round;

	@Column(name = "project_name", nullable = false, length = Opportunity.MAX_NAME)
	private String projectName;

	@Column(name = "customer_needs", length = ApprovalForm.MAX_TEXT)
	private String customerNeeds;

	@Column(name = "value_positioning", length = ApprovalForm.MAX_TEXT)
	private String valuePositioning;

	@Column(name = "estimated_amount", precision = 16, scale = 4)
	private BigDecimal estimatedAmount;

	@Column(name = "expected_contract_date")
	private LocalDate expectedContractDate;

	@Column(name = "decision_process", length = ApprovalForm.MAX_TEXT)
	private String decisionProcess;

	@ElementCollection
	@CollectionTable(name = "approval_key_person", joinColumns = @JoinColumn(name = "request_id"))
	@OrderColumn(name = "position")
	private List<KeyPerson> keyPeople = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "approval_competitor", joinColumns = @JoinColumn(name = "request_id"))
	@OrderColumn(name = "position")
	@Column(name = "competitor_id", nullable = false)
	private List<Long> competitorIds = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "approval_team_member", joinColumns = @JoinColumn(name = "request_id"))
	@OrderColumn(name = "position")
	private List<ProposedMember> proposedTeam = new ArrayList<>();

	/** The requested sales-expense budget in 元. */
	@Column(name = "requested_budget", precision = 14, scale = 2)
	private BigDecimal requestedBudget;

	@Column(length = ApprovalForm.MAX_TEXT)
	private String risks;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "submitted_at")
	private Instant submittedAt;

	/** Who took the request to its current status, when, and what they wrote. */
	@Column(name = "last_actor_name", nullable = false, length = 100)
	private String lastActorName;

	@Column(name = "last_acted_at", nullable = false)
	private Instant lastActedAt;

	@Column(name = "last_comment", length = MAX_COMMENT)
	private String lastComment;

	protected ApprovalRequest() {
	}

	/**
	 * A new draft for {@code opportunity}, numbered {@code number}, filed by
	 * {@code requester}.
	 * @throws ChangeRejected when the form breaks a rule of drafts, or the deal is not
	 * open
	 */
	public ApprovalRequest(String number, Opportunity opportunity, User requester, ApprovalForm form, Actor by,
			Instant at) {
		this.number = Objects.requireNonNull(number, "number");
		this.opportunity = Objects.requireNonNull(opportunity, "opportunity");
		this.requester = Objects.requireNonNull(requester, "requester");
		if (opportunity.getStatus() != OpportunityStatus.OPEN) {
			throw ChangeRejected.of("opportunityId", "approval.error.dealNotOpen");
		}
		ChangeRejected.throwIfAny(form.violations());
		apply(form);
		this.status = ApprovalStatus.DRAFT;
		this.createdAt = Objects.requireNonNull(at, "at");
		actedBy(by, at, null);
	}

	/**
	 * The number of the request numbered {@code sequence} in {@code year}: LX-2026-0042.
	 */
	public static String numberOf(int year, long sequence) {
		return "LX-%d-%04d".formatted(year, sequence);
	}

	private void apply(ApprovalForm form) {
		this.projectName = form.projectName();
		this.customerNeeds = form.customerNeeds();
		this.valuePositioning = form.valuePositioning();
		this.estimatedAmount = form.estimatedAmount();
		this.expectedContractDate = form.expectedContractDate();
		this.decisionProcess = form.decisionProcess();
		this.keyPeople.clear();
		this.keyPeople.addAll(form.keyPeople());
		this.competitorIds.clear();
		this.competitorIds.addAll(form.competitorIds());
		this.proposedTeam.clear();
		this.proposedTeam.addAll(form.proposedTeam());
		this.requestedBudget = form.requestedBudget();
		this.risks = form.risks();
	}

	/** The form as written, e.g. to fill the edit form. */
	public ApprovalForm form() {
		return new ApprovalForm(this.projectName, this.customerNeeds, this.valuePositioning, this.estimatedAmount,
				this.expectedContractDate, this.decisionProcess, this.keyPeople, this.competitorIds, this.proposedTeam,
				this.requestedBudget, this.risks);
	}

	/**
	 * Rewrites the form of a draft or returned request.
	 * @throws NotTheRequester when someone else tries
	 * @throws ApprovalConflict when the request is submitted or closed
	 * @throws ChangeRejected when the form breaks a rule of drafts
	 */
	public void edit(ApprovalForm form, Actor by) {
		requireRequester(by);
		requireEditable();
		ChangeRejected.throwIfAny(form.violations());
		apply(form);
	}

	/**
	 * Submits the draft or returned request for a decision and locks the deal. The deal
	 * must be open and meet milestone 2's standard: at 电话预约与上门拜访 with every mandatory
	 * item done (the deal's gate, {@code milestoneTwoGate}), or beyond it.
	 * @param milestoneTwoGate the checklist of the deal's milestone when it is at
	 * milestone 2; ignored otherwise
	 * @throws NotTheRequester when someone else tries
	 * @throws ApprovalConflict when the request is not a draft or returned
	 * @throws GateClosed when the deal is at milestone 2 with items missing, naming them
	 * @throws ChangeRejected when the deal is not open or still at milestone 1, or the
	 * form is incomplete
	 */
	public ApprovalTransition submit(ChecklistState milestoneTwoGate, LocalDate today, Actor by, Instant at) {
		requireRequester(by);
		requireEditable();
		SubmissionCheck check = submissionCheck(milestoneTwoGate, today);
		if (check.blockKey() != null) {
			throw ChangeRejected.of("opportunityId", check.blockKey());
		}
		if (!check.unmetItems().isEmpty()) {
			throw new GateClosed(this.opportunity.getMilestone(), check.unmetItems());
		}
		ChangeRejected.throwIfAny(check.formViolations());
		this.opportunity.lockForApproval();
		this.round++;
		this.submittedAt = at;
		return step(ApprovalStatus.SUBMITTED, null, by, at);
	}

	/**
	 * What keeps the request from being submitted now, all at once: the deal not open or
	 * still at milestone 1, milestone 2's mandatory items not done on the deal (a deal
	 * past milestone 2 needs none), the form incomplete.
	 * @param milestoneTwoGate the checklist of the deal's milestone when it is at
	 * milestone 2; ignored otherwise
	 */
	public SubmissionCheck submissionCheck(ChecklistState milestoneTwoGate, LocalDate today) {
		List<Violation> form = form().submissionViolations(today);
		if (this.opportunity.getStatus() != OpportunityStatus.OPEN) {
			return new SubmissionCheck("approval.error.dealNotOpen", List.of(), form);
		}
		Milestone milestone = this.opportunity.getMilestone();
		if (Milestone.CALL_AND_VISIT.isAfter(milestone)) {
			return new SubmissionCheck("approval.error.dealTooEarly", List.of(), form);
		}
		if (milestone != Milestone.CALL_AND_VISIT) {
			return new SubmissionCheck(null, List.of(), form);
		}
		if (milestoneTwoGate == null || milestoneTwoGate.milestone() != milestone) {
			throw new IllegalArgumentException("The gate of " + milestone + " decides the submission");
		}
		return new SubmissionCheck(null, milestoneTwoGate.unmet(), form);
	}

	/**
	 * Approves the submitted request: the deal is unlocked, takes the approved amount and
	 * date, has its expense budget opened and, when at milestone 2, moves to 项目立项 through
	 * its gate like any other move.
	 * @param gate the checklist of the deal's current milestone when it is at milestone
	 * 2; ignored otherwise
	 * @param approvalProbability the playbook's default probability of 项目立项
	 * @throws ApprovalConflict when the request is not submitted (decided or withdrawn
	 * meanwhile)
	 * @throws OwnRequest when the requester tries
	 * @throws ChangeRejected when the deal is no longer open (an admin closed it)
	 * @throws GateClosed when the deal no longer meets milestone 2's standard; nothing
	 * changes
	 */
	public Decision approve(String comment, ChecklistState gate, int approvalProbability, Actor by, Instant at) {
		requireSubmitted();
		requireDecider(by);
		String text = comment(comment, false);
		if (this.opportunity.getStatus() != OpportunityStatus.OPEN) {
			throw ChangeRejected.of("opportunityId", "approval.error.dealNotOpen");
		}
		MilestoneMove move = null;
		this.opportunity.releaseApprovalLock();
		try {
			if (this.opportunity.getMilestone() == Milestone.CALL_AND_VISIT) {
				move = this.opportunity.move(Milestone.PROJECT_APPROVAL, null, false, gate, approvalProbability, by,
						at);
			}
		}
		catch (RuntimeException ex) {
			this.opportunity.lockForApproval();
			throw ex;
		}
		List<FieldChange> changes = new ArrayList<>(
				this.opportunity.adoptApprovedFigures(this.estimatedAmount, this.expectedContractDate));
		changes.addAll(this.opportunity
			.openExpenseBudget((this.requestedBudget != null) ? this.requestedBudget : BigDecimal.ZERO, at));
		return new Decision(step(ApprovalStatus.APPROVED, text, by, at), move, changes);
	}

	/**
	 * Rejects the submitted request with a comment; the deal is unlocked and stays where
	 * it is.
	 * @throws ApprovalConflict when the request is not submitted
	 * @throws ChangeRejected when the comment is missing or too long
	 */
	public ApprovalTransition reject(String comment, Actor by, Instant at) {
		return close(ApprovalStatus.REJECTED, comment, by, at);
	}

	/**
	 * Returns the submitted request to its requester for revision, with a comment; the
	 * deal is unlocked until it is submitted again.
	 * @throws ApprovalConflict when the request is not submitted
	 * @throws ChangeRejected when the comment is missing or too long
	 */
	public ApprovalTransition returnForRevision(String comment, Actor by, Instant at) {
		return close(ApprovalStatus.RETURNED, comment, by, at);
	}

	private ApprovalTransition close(ApprovalStatus to, String comment, Actor by, Instant at) {
		requireSubmitted();
		requireDecider(by);
		String text = comment(comment, to.isSentBack());
		this.opportunity.releaseApprovalLock();
		return step(to, text, by, at);
	}

	/**
	 * Withdraws the request before a decision: a draft, a returned or a submitted one
	 * (which unlocks the deal). Only its requester does, or someone on their behalf
	 * ({@code onBehalf}): an admin, or the system when the deal went to another team.
	 * @throws ApprovalConflict when the request is decided or withdrawn already
	 */
	public ApprovalTransition withdraw(String comment, boolean onBehalf, Actor by, Instant at) {
		if (!onBehalf) {
			requireRequester(by);
		}
		if (this.status.isFinal()) {
			throw conflict();
		}
		String text = comment(comment, false);
		if (this.status == ApprovalStatus.SUBMITTED) {
			this.opportunity.releaseApprovalLock();
		}
		return step(ApprovalStatus.WITHDRAWN, text, by, at);
	}

	/** Whether {@code actor} filed the request, and so may not decide it. */
	public boolean isRequester(Actor actor) {
		return actor.userId() != null && actor.userId().equals(this.requester.getId());
	}

	private void requireRequester(Actor by) {
		if (!isRequester(by)) {
			throw new NotTheRequester();
		}
	}

	/**
	 * Nobody decides their own request.
	 * @throws OwnRequest when {@code by} is the requester
	 */
	private void requireDecider(Actor by) {
		if (isRequester(by)) {
			throw new OwnRequest();
		}
	}

	private void requireEditable() {
		if (!this.status.isEditable()) {
			throw conflict();
		}
	}

	private void requireSubmitted() {
		if (this.status != ApprovalStatus.SUBMITTED) {
			throw conflict();
		}
	}

	private ApprovalConflict conflict() {
		return new ApprovalConflict(this.status, this.lastActorName, this.lastActedAt, this.lastComment);
	}

	private static String comment(String comment, boolean required) {
		String text = Text.optional(comment);
		if (text == null && required) {
			throw ChangeRejected.of("comment", "approval.error.commentRequired");
		}
		if (text != null && text.length() > MAX_COMMENT) {
			throw ChangeRejected.of("comment", "form.tooLong", MAX_COMMENT);
		}
		return text;
	}

	private ApprovalTransition step(ApprovalStatus to, String comment, Actor by, Instant at) {
		ApprovalTransition transition = new ApprovalTransition(this, this.round, this.status, to, comment, by, at);
		this.status = to;
		actedBy(by, at, comment);
		return transition;
	}

	private void actedBy(Actor by, Instant at, String comment) {
		this.lastActorName = Objects.requireNonNull(by, "by").name();
		this.lastActedAt = Objects.requireNonNull(at, "at");
		this.lastComment = comment;
	}

	/**
	 * Someone other than the requester tried to edit, submit or withdraw the request.
	 */
	public static class NotTheRequester extends RuntimeException {

		NotTheRequester() {
			super("Only the requester acts on their request");
		}

	}

	/** The requester tried to decide their own request. */
	public static class OwnRequest extends RuntimeException {

		OwnRequest() {
			super("Nobody decides their own request");
		}

	}

	public String getNumber() {
		return this.number;
	}

	public Opportunity getOpportunity() {
		return this.opportunity;
	}

	public User getRequester() {
		return this.requester;
	}

	public ApprovalStatus getStatus() {
		return this.status;
	}

	public int getRound() {
		return this.round;
	}

	public String getProjectName() {
		return this.projectName;
	}

	public String getCustomerNeeds() {
		return this.customerNeeds;
	}

	public String getValuePositioning() {
		return this.valuePositioning;
	}

	public BigDecimal getEstimatedAmount() {
		return this.estimatedAmount;
	}

	public LocalDate getExpectedContractDate() {
		return this.expectedContractDate;
	}

	public String getDecisionProcess() {
		return this.decisionProcess;
	}

	public List<KeyPerson> getKeyPeople() {
		return List.copyOf(this.keyPeople);
	}

	public List<Long> getCompetitorIds() {
		return List.copyOf(this.competitorIds);
	}

	public List<ProposedMember> getProposedTeam() {
		return List.copyOf(this.proposedTeam);
	}

	public BigDecimal getRequestedBudget() {
		return this.requestedBudget;
	}

	public String getRisks() {
		return this.risks;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getSubmittedAt() {
		return this.submittedAt;
	}

	public String getLastActorName() {
		return this.lastActorName;
	}

	public Instant getLastActedAt() {
		return this.lastActedAt;
	}

	public String getLastComment() {
		return this.lastComment;
	}

}
