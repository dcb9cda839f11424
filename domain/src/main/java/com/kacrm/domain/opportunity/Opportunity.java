package com.kacrm.domain.opportunity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import com.kacrm.domain.account.Account;
import com.kacrm.domain.history.FieldChange;
import com.kacrm.domain.history.FieldChanges;
import com.kacrm.domain.organisation.Team;
import com.kacrm.domain.organisation.User;
import com.kacrm.domain.playbook.Milestone;
import com.kacrm.domain.shared.Actor;
import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.domain.shared.Text;
import com.kacrm.domain.shared.VersionedEntity;
import com.kacrm.domain.shared.Violations;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * An opportunity (商机 / 项目): a deal the team pursues with one account, moving through the
 * eight milestones of the manual (销售里程碑管理, SPEC 5).
 *
 * <p>
 * The milestone rules live here: a deal moves forward one milestone at a time, only when
 * the gate of its current milestone is open (every mandatory checklist item done,
 * {@link ChecklistState}), or by a manager's override with a written reason; it moves
 * back to any earlier milestone with a reason; reaching 签约成交
 * ({@link Milestone#CONTRACT_SIGNED}) wins it; an open deal may be lost or put on hold
 * with a reason, and reopened with one. Every move and change of status returns a
 * {@link MilestoneMove} for the history. On each move the probability goes back to the
 * playbook's default for the new milestone.
 *
 * <p>
 * Invariants: the name has 1 to {@value #MAX_NAME} characters; a deal belongs to its
 * account's team; a deal at milestone 7 or 8 is won and a won deal is there; a lost or
 * held deal has its reason; the probability is 0–100 and differs from the playbook's
 * default only with a reason.
 *
 * <p>
 * While its 项目立项 request waits for a decision the deal is locked for approval (SPEC 6,
 * like an approval lock in mature CRMs): its key fields — estimated amount, expected
 * signing date and milestone — do not change, except by an admin, who passes the lock on
 * purpose ({@code passLock}) and is recorded in the history. Nobody loses or holds a deal
 * whose request is pending: the request is withdrawn first, so it never waits for a
 * decision about a closed deal.
 */
@Entity
@Table(name = "opportunity")
public class Opportunity extends VersionedEntity {

	public static final int MAX_NAME = 200;

	public static final int MAX_PROBABILITY_REASON = 500;

	/**
	 * The history field that marks a change an admin made to a deal locked for approval.
	 */
	public static final String LOCK_PASSED_FIELD = "opportunity.approvalLockPassed";

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	@Column(nullable = false, length = MAX_NAME)
	private String name;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "account_id", nullable = false, updatable = false)
	private Account account;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "team_id", nullable = false)
	private Team team;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "owner_id")
	private User owner;

	/*
	 * The foreign keys again, read-only, for the visibility predicates of the lists: a
	 * condition on them is served by this table's own indexes, where one on the joined
	 * team or owner is not (docs/performance.md).
	 */

	@Column(name = "account_id", insertable = false, updatable = false)
	private Long accountId;

	@Column(name = "team_id", insertable = false, updatable = false)
	private Long teamId;

	@Column(name = "owner_id", insertable = false, updatable = false)
	private Long ownerId;

	@Column(length = OpportunityDetails.MAX_SOLUTION)
	private String solution;

	@Column(name = "estimated_amount", precision = 16, scale = 4)
	private BigDecimal estimatedAmount;

	@Column(name = "expected_signing_date")
	private LocalDate expectedSigningDate;

	@Column(nullable = false)
	private int probability;

	@Column(name = "probability_reason", length = MAX_PROBABILITY_REASON)
	private String probabilityReason;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 32)
	private Milestone milestone;

	@Column(name = "milestone_entered_at", nullable = false)
	private Instant milestoneEnteredAt;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private OpportunityStatus status;

	@Column(name = "status_reason", length = MilestoneMove.MAX_REASON)
	private String statusReason;

	@Column(name = "next_step", length = OpportunityDetails.MAX_NEXT_STEP)
	private String nextStep;

	@Column(name = "next_step_date")
	private LocalDate nextStepDate;

	@Column(name = "contract_amount", precision = 16, scale = 4)
	private BigDecimal contractAmount;

	@Column(name = "contract_signed_on")
	private LocalDate contractSignedOn;

	/** The won deal's profit in 万元; negative when the deal loses money. */
	@Column(name = "profit", precision = 16, scale = 4)
	private BigDecimal profit;

	@Enumerated(EnumType.STRING)
	@Column(name = "loss_reason", length = 24)
	private LossReason lossReason;

	/** The competitor the lost deal went to, when known. */
	@Column(name = "lost_to_competitor_id")
	private Long lostToCompetitorId;

	/** When the deal was won or lost; null while it is open or on hold. */
	@Column(name = "closed_at")
	private Instant closedAt;

	@Column(name = "approval_locked", nullable = false)
	private boolean approvalLocked;

	/** The sales-expense budget opened by the approved 立项 request, in 元. */
	@Column(name = "expense_budget", precision = 14, scale = 2)
	private BigDecimal expenseBudget;

	@Column(name = "expense_budget_opened_at")
	private Instant expenseBudgetOpenedAt;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "created_by_name", nullable = false, updatable = false, length = 100)
	private String createdByName;

	protected Opportunity() {
	}

	/**
	 * A new open opportunity with {@code account}, owned by {@code owner} in the
	 * account's team, at the first milestone with that milestone's default probability.
	 * @throws ChangeRejected when the details break a rule
	 */
	public Opportunity(OpportunityDetails details, Account account, User owner, int firstMilestoneProbability,
			Actor createdBy, Instant createdAt) {
		ChangeRejected.throwIfAny(details.violations());
		this.account = Objects.requireNonNull(account, "account");
		this.team = Objects.requireNonNull(account.getTeam(), "team");
		this.owner = owner;
		apply(details);
		this.milestone = Milestone.at(1);
		this.status = OpportunityStatus.OPEN;
		this.probability = checkedProbability(firstMilestoneProbability);
		this.createdByName = Objects.requireNonNull(createdBy, "createdBy").name();
		this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
		this.milestoneEnteredAt = createdAt;
	}

	/**
	 * {@code name} stripped, as an opportunity's name.
	 * @throws ChangeRejected on {@code field} when it is blank or longer than
	 * {@value #MAX_NAME} characters
	 */
	public static String nameOf(String name, String field) {
		if (name == null || name.isBlank()) {
			throw ChangeRejected.of(field, "opportunity.error.nameRequired");
		}
		if (name.strip().length() > MAX_NAME) {
			throw ChangeRejected.of(field, "opportunity.error.nameTooLong", MAX_NAME);
		}
		return name.strip();
	}

	private void apply(OpportunityDetails details) {
		this.name = details.name();
		this.solution = details.solution();
		this.estimatedAmount = details.estimatedAmount();
		this.expectedSigningDate = details.expectedSigningDate();
		this.nextStep = details.nextStep();
		this.nextStepDate = details.nextStepDate();
	}

	/** What the rep wrote, e.g. to fill the edit form. */
	public OpportunityDetails details() {
		return new OpportunityDetails(this.name, this.solution, this.estimatedAmount, this.expectedSigningDate,
				this.nextStep, this.nextStepDate);
	}

	/**
	 * Rewrites the deal's own fields.
	 * @return the fields that changed, for the history
	 * @throws ChangeRejected when the details break a rule; nothing changes then
	 */
	public List<FieldChange> edit(OpportunityDetails details) {
		return edit(details, false);
	}

	/**
	 * Rewrites the deal's own fields; while the deal is locked for approval its estimated
	 * amount and expected signing date stay as they are unless {@code passLock} (an
	 * admin).
	 * @return the fields that changed, for the history
	 * @throws ChangeRejected when the details break a rule or change a locked field;
	 * nothing changes then
	 */
	public List<FieldChange> edit(OpportunityDetails details, boolean passLock) {
		ChangeRejected.throwIfAny(details.violations());
		Violations locked = new Violations();
		if (this.approvalLocked) {
			if (!sameAmount(this.estimatedAmount, details.estimatedAmount())) {
				locked.add("estimatedAmount", "opportunity.error.lockedForApproval");
			}
			if (!Objects.equals(this.expectedSigningDate, details.expectedSigningDate())) {
				locked.add("expectedSigningDate", "opportunity.error.lockedForApproval");
			}
			if (!passLock) {
				locked.throwIfAny();
			}
		}
		List<FieldChange> changes = new FieldChanges().add("opportunity.name", this.name, details.name())
			.add("opportunity.solution", this.solution, details.solution())
			.add("opportunity.estimatedAmount", plain(this.estimatedAmount), plain(details.estimatedAmount()))
			.add("opportunity.expectedSigningDate", this.expectedSigningDate, details.expectedSigningDate())
			.add("opportunity.nextStep", this.nextStep, details.nextStep())
			.add("opportunity.nextStepDate", this.nextStepDate, details.nextStepDate())
			.add(LOCK_PASSED_FIELD, null, locked.isEmpty() ? null : Boolean.TRUE)
			.list();
		apply(details);
		return changes;
	}

	/**
	 * Moves the deal to {@code target}. Forward is one milestone at a time through the
	 * open gate of the current milestone; with {@code override} a closed gate is passed
	 * if a reason is given (the caller has checked that the actor may override). Back is
	 * to any earlier milestone with a reason. The probability becomes
	 * {@code targetProbability}, the playbook's default of the target.
	 * @param gate the checklist of the current milestone on this deal
	 * @return the history entry of the move
	 * @throws ChangeRejected when the move is not allowed at all (the deal is lost or on
	 * hold, the target is the current milestone or more than one step ahead, a reason is
	 * missing or too long)
	 * @throws GateClosed when the gate is closed and no override was asked for; nothing
	 * is changed
	 */
	public MilestoneMove move(Milestone target, String reason, boolean override, ChecklistState gate,
			int targetProbability, Actor by, Instant at) {
		return move(target, reason, override, gate, targetProbability, false, by, at);
	}

	/**
	 * {@link #move(Milestone, String, boolean, ChecklistState, int, Actor, Instant)},
	 * which an admin may make while the deal is locked for approval ({@code passLock}).
	 * @throws ChangeRejected also when the deal is locked for approval and
	 * {@code passLock} is false
	 */
	public MilestoneMove move(Milestone target, String reason, boolean override, ChecklistState gate,
			int targetProbability, boolean passLock, Actor by, Instant at) {
		Objects.requireNonNull(target, "target");
		requireUnlocked("target", passLock);
		String why = Text.optional(reason);
		if (!this.status.allowsMoves()) {
			throw ChangeRejected.of("target", "opportunity.move.notOpen");
		}
		if (target == this.milestone) {
			throw ChangeRejected.of("target", "opportunity.move.same");
		}
		MoveKind kind;
		ChecklistState evaluated = null;
		if (target.isAfter(this.milestone)) {
			if (this.milestone.next().orElseThrow() != target) {
				throw ChangeRejected.of("target", "opportunity.move.oneStep");
			}
			if (gate == null || gate.milestone() != this.milestone) {
				throw new IllegalArgumentException("The gate of " + this.milestone + " decides the move");
			}
			evaluated = gate;
			if (gate.isOpen()) {
				kind = MoveKind.FORWARD;
			}
			else if (!override) {
				throw new GateClosed(this.milestone, gate.unmet());
			}
			else {
				requireReason(why, "opportunity.move.overrideReasonRequired");
				kind = MoveKind.OVERRIDE;
			}
		}
		else {
			requireReason(why, "opportunity.move.backReasonRequired");
			kind = MoveKind.BACK;
		}
		OpportunityStatus newStatus = wins(target) ? OpportunityStatus.WON : OpportunityStatus.OPEN;
		MilestoneMove move = new MilestoneMove(this, kind, this.milestone, target, this.status, newStatus,
				(kind == MoveKind.FORWARD) ? null : why, evaluated, by, at);
		this.milestone = target;
		this.milestoneEnteredAt = at;
		if (newStatus != OpportunityStatus.WON) {
			this.closedAt = null;
		}
		else if (this.status != OpportunityStatus.WON) {
			this.closedAt = at;
		}
		this.status = newStatus;
		this.statusReason = null;
		this.probability = checkedProbability(targetProbability);
		this.probabilityReason = null;
		return move;
	}

	private static boolean wins(Milestone milestone) {
		return milestone.position() >= Milestone.CONTRACT_SIGNED.position();
	}

	private static void requireReason(String reason, String messageKey) {
		if (reason == null) {
			throw ChangeRejected.of("reason", messageKey);
		}
		if (reason.length() > MilestoneMove.MAX_REASON) {
			throw ChangeRejected.of("reason", "form.tooLong", MilestoneMove.MAX_REASON);
		}
	}

	/**
	 * Marks the open deal lost (丢单) for {@code reason}.
	 * @throws ChangeRejected when the deal is not open, its 立项 request is pending, or the
	 * reason is missing
	 */
	public MilestoneMove markLost(String reason, Actor by, Instant at) {
		return markLost(LossReason.OTHER, null, reason, by, at);
	}

	/**
	 * Marks the open deal lost (丢单) for {@code category}, explained by {@code reason},
	 * and to {@code competitorId} when a competitor won it.
	 * @throws ChangeRejected when the deal is not open, its 立项 request is pending, or the
	 * category or reason is missing
	 */
	public MilestoneMove markLost(LossReason category, Long competitorId, String reason, Actor by, Instant at) {
		requireUnlocked("status", false);
		if (category == null) {
			throw ChangeRejected.of("lossReason", "form.required");
		}
		MilestoneMove move = changeStatus(MoveKind.LOST, OpportunityStatus.LOST, reason,
				"opportunity.status.lostReasonRequired", by, at);
		this.lossReason = category;
		this.lostToCompetitorId = competitorId;
		this.closedAt = at;
		return move;
	}

	/**
	 * Puts the open deal on hold for {@code reason}.
	 * @throws ChangeRejected when the deal is not open, its 立项 request is pending, or the
	 * reason is missing
	 */
	public MilestoneMove putOnHold(String reason, Actor by, Instant at) {
		requireUnlocked("status", false);
		return changeStatus(MoveKind.ON_HOLD, OpportunityStatus.ON_HOLD, reason,
				"opportunity.status.holdReasonRequired", by, at);
	}

	/**
	 * Works a lost or held deal again, at the milestone where it stopped.
	 * @throws ChangeRejected when the deal is neither lost nor on hold, or the reason is
	 * missing
	 */
	public MilestoneMove reopen(String reason, Actor by, Instant at) {
		if (this.status != OpportunityStatus.LOST && this.status != OpportunityStatus.ON_HOLD) {
			throw ChangeRejected.of("status", "opportunity.status.notClosed");
		}
		String why = Text.optional(reason);
		requireReason(why, "opportunity.status.reopenReasonRequired");
		MilestoneMove move = new MilestoneMove(this, MoveKind.REOPEN, this.milestone, this.milestone, this.status,
				OpportunityStatus.OPEN, why, null, by, at);
		this.status = OpportunityStatus.OPEN;
		this.statusReason = null;
		this.lossReason = null;
		this.lostToCompetitorId = null;
		this.closedAt = null;
		return move;
	}

	private MilestoneMove changeStatus(MoveKind kind, OpportunityStatus newStatus, String reason, String missingKey,
			Actor by, Instant at) {
		if (!this.status.isOpen()) {
			throw ChangeRejected.of("status", "opportunity.status.notOpen");
		}
		String why = Text.optional(reason);
		requireReason(why, missingKey);
		MilestoneMove move = new MilestoneMove(this, kind, this.milestone, this.milestone, this.status, newStatus, why,
				null, by, at);
		this.status = newStatus;
		this.statusReason = why;
		return move;
	}

	/**
	 * Sets the probability by hand, away from the playbook's default, for {@code reason}.
	 * @return the changes, for the history
	 * @throws ChangeRejected when the probability is missing or not 0–100, or the reason
	 * is missing or too long
	 */
	public List<FieldChange> overrideProbability(Integer newProbability, String reason) {
		String why = Text.optional(reason);
		Violations violations = new Violations();
		if (newProbability == null) {
			violations.add("probability", "form.required");
		}
		else {
			violations.range("probability", newProbability, 0, 100);
		}
		violations.requiredText("probabilityReason", why, MAX_PROBABILITY_REASON).throwIfAny();
		List<FieldChange> changes = new FieldChanges().add("opportunity.probability", this.probability, newProbability)
			.add("opportunity.probabilityReason", this.probabilityReason, why)
			.list();
		this.probability = newProbability;
		this.probabilityReason = why;
		return changes;
	}

	/**
	 * Goes back to the playbook's default probability for the current milestone.
	 * @return the changes, for the history
	 */
	public List<FieldChange> resetProbability(int defaultProbability) {
		List<FieldChange> changes = new FieldChanges()
			.add("opportunity.probability", this.probability, defaultProbability)
			.add("opportunity.probabilityReason", this.probabilityReason, null)
			.list();
		this.probability = checkedProbability(defaultProbability);
		this.probabilityReason = null;
		return changes;
	}

	private static int checkedProbability(int probability) {
		if (probability < 0 || probability > 100) {
			throw new IllegalArgumentException("A probability is 0 to 100: " + probability);
		}
		return probability;
	}

	/**
	 * Records the signed contract of the won deal: its amount in 万元 and signing date.
	 * @return the changes, for the history
	 * @throws ChangeRejected when the deal is not won, or the amount or date is missing
	 * or wrong
	 */
	public List<FieldChange> recordContract(BigDecimal amount, LocalDate signedOn, LocalDate today) {
		return recordContract(amount, this.profit, signedOn, today);
	}

	/**
	 * Records the signed contract of the won deal: its amount and profit in 万元 (the
	 * profit may be negative, never above the amount; it may be unknown) and signing
	 * date.
	 * @return the changes, for the history
	 * @throws ChangeRejected when the deal is not won, or the amount, profit or date is
	 * missing or wrong
	 */
	public List<FieldChange> recordContract(BigDecimal amount, BigDecimal newProfit, LocalDate signedOn,
			LocalDate today) {
		Violations violations = new Violations();
		if (newProfit != null) {
			violations.amount("profit", newProfit.abs());
			if (amount != null && newProfit.compareTo(amount) > 0) {
				violations.add("profit", "opportunity.contract.profitAboveAmount");
			}
		}
		if (this.status != OpportunityStatus.WON) {
			violations.add("contractAmount", "opportunity.contract.notWon");
		}
		if (amount == null) {
			violations.add("contractAmount", "form.required");
		}
		else if (amount.signum() == 0) {
			violations.add("contractAmount", "opportunity.contract.amountPositive");
		}
		else {
			violations.amount("contractAmount", amount);
		}
		if (signedOn == null) {
			violations.add("contractSignedOn", "form.required");
		}
		else if (signedOn.isAfter(today)) {
			violations.add("contractSignedOn", "opportunity.contract.signedInFuture");
		}
		violations.throwIfAny();
		List<FieldChange> changes = new FieldChanges()
			.add("opportunity.contractAmount", plain(this.contractAmount), plain(amount))
			.add("opportunity.contractSignedOn", this.contractSignedOn, signedOn)
			.add("opportunity.profit", plain(this.profit), plain(newProfit))
			.list();
		this.contractAmount = amount;
		this.contractSignedOn = signedOn;
		this.profit = newProfit;
		return changes;
	}

	/**
	 * Gives the deal to {@code newOwner}, a rep or manager of its team, or to nobody.
	 * @return the change, for the history
	 * @throws ChangeRejected when the new owner may not own the team's deals
	 */
	public List<FieldChange> assignOwner(User newOwner) {
		if (newOwner != null && !Account.mayOwn(newOwner, this.team)) {
			throw ChangeRejected.of("ownerId", "opportunity.error.ownerOutsideTeam");
		}
		List<FieldChange> changes = new FieldChanges()
			.add("opportunity.owner", (this.owner != null) ? this.owner.getDisplayName() : null,
					(newOwner != null) ? newOwner.getDisplayName() : null)
			.list();
		this.owner = newOwner;
		return changes;
	}

	/**
	 * Follows its account to {@code newTeam} after a reassignment; an owner who may not
	 * own the new team's deals gives the deal to {@code accountOwner}.
	 * @return the changes, for the history
	 */
	public List<FieldChange> followAccount(Team newTeam, User accountOwner) {
		Objects.requireNonNull(newTeam, "newTeam");
		FieldChanges changes = new FieldChanges();
		boolean sameTeam = this.team == newTeam
				|| (this.team.getId() != null && this.team.getId().equals(newTeam.getId()));
		if (!sameTeam) {
			changes.add("opportunity.team", this.team.getName().zh(), newTeam.getName().zh());
			this.team = newTeam;
		}
		if (this.owner != null && !Account.mayOwn(this.owner, newTeam)) {
			changes.add("opportunity.owner", this.owner.getDisplayName(),
					(accountOwner != null) ? accountOwner.getDisplayName() : null);
			this.owner = accountOwner;
		}
		return changes.list();
	}

	private void requireUnlocked(String field, boolean passLock) {
		if (this.approvalLocked && !passLock) {
			throw ChangeRejected.of(field, "opportunity.error.lockedForApproval");
		}
	}

	/**
	 * Locks the deal's key fields while its 立项 request waits for a decision.
	 * @throws IllegalStateException when it is locked already (one pending request per
	 * deal)
	 */
	public void lockForApproval() {
		if (this.approvalLocked) {
			throw new IllegalStateException("Opportunity " + getId() + " is locked for approval already");
		}
		this.approvalLocked = true;
	}

	/** Unlocks the deal once its request is decided or withdrawn. */
	public void releaseApprovalLock() {
		this.approvalLocked = false;
	}

	/** Whether the deal's key fields are locked while its 立项 request is decided. */
	public boolean isApprovalLocked() {
		return this.approvalLocked;
	}

	/**
	 * Takes over the figures the 立项 request was approved with: its estimated amount and
	 * expected contract date become the deal's, where given.
	 * @return the changes, for the history
	 */
	public List<FieldChange> adoptApprovedFigures(BigDecimal amount, LocalDate expectedDate) {
		FieldChanges changes = new FieldChanges();
		if (amount != null && !sameAmount(this.estimatedAmount, amount)) {
			changes.add("opportunity.estimatedAmount", plain(this.estimatedAmount), plain(amount));
			this.estimatedAmount = amount;
		}
		if (expectedDate != null && !expectedDate.equals(this.expectedSigningDate)) {
			changes.add("opportunity.expectedSigningDate", this.expectedSigningDate, expectedDate);
			this.expectedSigningDate = expectedDate;
		}
		return changes.list();
	}

	/**
	 * Opens the sales-expense budget (销售费用) approved with the 立项 request: from now on
	 * expenses may be recorded against the deal, up to {@code budget} 元.
	 * @return the change, for the history
	 */
	public List<FieldChange> openExpenseBudget(BigDecimal budget, Instant at) {
		Objects.requireNonNull(budget, "budget");
		if (budget.signum() < 0) {
			throw new IllegalArgumentException("A budget is not negative: " + budget);
		}
		List<FieldChange> changes = new FieldChanges()
			.add("opportunity.expenseBudget", plain(this.expenseBudget), plain(budget))
			.list();
		this.expenseBudget = budget;
		this.expenseBudgetOpenedAt = Objects.requireNonNull(at, "at");
		return changes;
	}

	/** Whether an approved 立项 request opened the sales-expense budget. */
	public boolean hasExpenseBudget() {
		return this.expenseBudgetOpenedAt != null;
	}

	private static boolean sameAmount(BigDecimal a, BigDecimal b) {
		return (a == null) ? b == null : b != null && a.compareTo(b) == 0;
	}

	/** The estimated amount times the probability, in 万元; null without an amount. */
	public BigDecimal weightedAmount() {
		return weighted(this.estimatedAmount, this.probability);
	}

	/**
	 * {@code amount} weighted by {@code probability} percent (加权金额), to four decimals;
	 * null without an amount.
	 */
	public static BigDecimal weighted(BigDecimal amount, int probability) {
		return (amount != null)
				? amount.multiply(BigDecimal.valueOf(probability)).divide(HUNDRED, 4, RoundingMode.HALF_UP) : null;
	}

	/** Whether the probability was set by hand rather than from the playbook. */
	public boolean isProbabilityOverridden() {
		return this.probabilityReason != null;
	}

	public boolean hasContract() {
		return this.contractAmount != null && this.contractSignedOn != null;
	}

	private static String plain(BigDecimal amount) {
		return (amount != null) ? amount.stripTrailingZeros().toPlainString() : null;
	}

	public String getName() {
		return this.name;
	}

	public Account getAccount() {
		return this.account;
	}

	public Team getTeam() {
		return this.team;
	}

	public User getOwner() {
		return this.owner;
	}

	public String getSolution() {
		return this.solution;
	}

	public BigDecimal getEstimatedAmount() {
		return this.estimatedAmount;
	}

	public LocalDate getExpectedSigningDate() {
		return this.expectedSigningDate;
	}

	public int getProbability() {
		return this.probability;
	}

	public String getProbabilityReason() {
		return this.probabilityReason;
	}

	public Milestone getMilestone() {
		return this.milestone;
	}

	public Instant getMilestoneEnteredAt() {
		return this.milestoneEnteredAt;
	}

	public OpportunityStatus getStatus() {
		return this.status;
	}

	public String getStatusReason() {
		return this.statusReason;
	}

	public String getNextStep() {
		return this.nextStep;
	}

	public LocalDate getNextStepDate() {
		return this.nextStepDate;
	}

	public BigDecimal getContractAmount() {
		return this.contractAmount;
	}

	public LocalDate getContractSignedOn() {
		return this.contractSignedOn;
	}

	public BigDecimal getProfit() {
		return this.profit;
	}

	public LossReason getLossReason() {
		return this.lossReason;
	}

	public Long getLostToCompetitorId() {
		return this.lostToCompetitorId;
	}

	public Instant getClosedAt() {
		return this.closedAt;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public BigDecimal getExpenseBudget() {
		return this.expenseBudget;
	}

	public Instant getExpenseBudgetOpenedAt() {
		return this.expenseBudgetOpenedAt;
	}

	public String getCreatedByName() {
		return this.createdByName;
	}

}
