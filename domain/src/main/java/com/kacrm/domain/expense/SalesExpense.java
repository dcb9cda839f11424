package com.kacrm.domain.expense;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import com.kacrm.domain.history.FieldChange;
import com.kacrm.domain.history.FieldChanges;
import com.kacrm.domain.opportunity.Opportunity;
import com.kacrm.domain.shared.Actor;
import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.domain.shared.Text;
import com.kacrm.domain.shared.Violations;
import com.kacrm.domain.shared.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A sales expense (销售费用) recorded against a deal's approved budget (SPEC 6), in 元.
 *
 * <p>
 * Lifecycle: it is recorded only once the deal's 立项 request is approved. Within what is
 * left of the budget it is {@link ExpenseStatus#RECORDED} and counts as spent at once.
 * Beyond it the recorder must say why, and it is {@link ExpenseStatus#OVERRUN_PENDING}
 * (not spent) until the manager of the deal's team or an admin approves it
 * ({@link ExpenseStatus#OVERRUN_APPROVED}, spent) or refuses it with a comment
 * ({@link ExpenseStatus#OVERRUN_REFUSED}, never spent); a manager recording an overrun
 * approves it by recording it. Its amount, day and description never change; a decision
 * is taken once.
 */
@Entity
@Table(name = "sales_expense")
public class SalesExpense extends VersionedEntity {

	public static final int MAX_COMMENT = 1000;

	/** The history field of the decision on an overrun (values are statuses). */
	public static final String OVERRUN_FIELD = "expense.history.overrun";

	/**
	 * The history field of a recorded expense of {@code type}; the value is its amount.
	 */
	public static String amountField(ExpenseType type) {
		return "expense.history." + type.name();
	}

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "opportunity_id", nullable = false, updatable = false)
	private Opportunity opportunity;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false, length = 16)
	private ExpenseType type;

	@Column(name = "spent_on", nullable = false, updatable = false)
	private LocalDate spentOn;

	@Column(nullable = false, updatable = false, precision = 14, scale = 2)
	private BigDecimal amount;

	@Column(nullable = false, updatable = false, length = NewExpense.MAX_DESCRIPTION)
	private String description;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private ExpenseStatus status;

	@Column(name = "overrun_reason", updatable = false, length = NewExpense.MAX_REASON)
	private String overrunReason;

	@Column(name = "decided_by_name", length = 100)
	private String decidedByName;

	@Column(name = "decided_at")
	private Instant decidedAt;

	@Column(name = "decision_comment", length = MAX_COMMENT)
	private String decisionComment;

	@Column(name = "recorded_by_id", updatable = false)
	private Long recordedById;

	@Column(name = "recorded_by_name", nullable = false, updatable = false, length = 100)
	private String recordedByName;

	@Column(name = "recorded_at", nullable = false, updatable = false)
	private Instant recordedAt;

	protected SalesExpense() {
	}

	/**
	 * Records {@code expense} against the deal's {@code budget} (the deal's, with what is
	 * spent on it so far).
	 * @param managesDeal whether {@code by} manages the deal (its team's manager or an
	 * admin): their own overrun is approved at once
	 * @param today the business day, to refuse expenses in the future
	 * @throws ChangeRejected without an open budget ({@code expense.error.noBudget}), or
	 * when the form breaks a rule or goes beyond the budget without a reason
	 */
	public SalesExpense(Opportunity opportunity, ExpenseBudget budget, NewExpense expense, boolean managesDeal,
			LocalDate today, Actor by, Instant at) {
		this.opportunity = Objects.requireNonNull(opportunity, "opportunity");
		this.status = budget.admit(expense, managesDeal, today);
		this.type = expense.type();
		this.spentOn = expense.spentOn();
		this.amount = expense.amount();
		this.description = expense.description();
		this.overrunReason = this.status.isOverrun() ? expense.overrunReason() : null;
		this.recordedById = by.userId();
		this.recordedByName = by.name();
		this.recordedAt = Objects.requireNonNull(at, "at");
		if (this.status == ExpenseStatus.OVERRUN_APPROVED) {
			this.decidedByName = by.name();
			this.decidedAt = at;
		}
	}

	/**
	 * What recording it changed on the deal, for its history: the amount, the overrun.
	 */
	public List<FieldChange> recordedChanges() {
		FieldChanges changes = new FieldChanges().add(amountField(this.type), null, this.amount);
		if (this.status.isOverrun()) {
			changes.add(OVERRUN_FIELD, null, this.status.name());
		}
		return changes.list();
	}

	/**
	 * Approves the pending overrun: it now counts as spent.
	 * @return the change, for the deal's history
	 * @throws ChangeRejected when it is not pending (decided already, or within budget)
	 */
	public List<FieldChange> approveOverrun(String comment, Actor by, Instant at) {
		return decide(ExpenseStatus.OVERRUN_APPROVED, comment, by, at);
	}

	/**
	 * Refuses the pending overrun with a comment for the rep: it never counts as spent.
	 * @return the change, for the deal's history
	 * @throws ChangeRejected when it is not pending, or the comment is missing
	 */
	public List<FieldChange> refuseOverrun(String comment, Actor by, Instant at) {
		return decide(ExpenseStatus.OVERRUN_REFUSED, comment, by, at);
	}

	private List<FieldChange> decide(ExpenseStatus decision, String comment, Actor by, Instant at) {
		if (this.status != ExpenseStatus.OVERRUN_PENDING) {
			throw switch (this.status) {
				case OVERRUN_APPROVED -> ChangeRejected.of(null, "expense.error.alreadyApproved", this.decidedByName);
				case OVERRUN_REFUSED -> ChangeRejected.of(null, "expense.error.alreadyRefused", this.decidedByName);
				default -> ChangeRejected.of(null, "expense.error.notOverrun");
			};
		}
		String text = Text.optional(comment);
		Violations violations = new Violations();
		if (decision == ExpenseStatus.OVERRUN_REFUSED && text == null) {
			violations.add("comment", "expense.error.commentRequired");
		}
		violations.optionalText("comment", text, MAX_COMMENT);
		violations.throwIfAny();
		ExpenseStatus from = this.status;
		this.status = decision;
		this.decisionComment = text;
		this.decidedByName = Objects.requireNonNull(by, "by").name();
		this.decidedAt = Objects.requireNonNull(at, "at");
		return new FieldChanges().add(OVERRUN_FIELD, from.name(), decision.name()).list();
	}

	public Opportunity getOpportunity() {
		return this.opportunity;
	}

	public ExpenseType getType() {
		return this.type;
	}

	public LocalDate getSpentOn() {
		return this.spentOn;
	}

	public BigDecimal getAmount() {
		return this.amount;
	}

	public String getDescription() {
		return this.description;
	}

	public ExpenseStatus getStatus() {
		return this.status;
	}

	public String getOverrunReason() {
		return this.overrunReason;
	}

	public String getDecidedByName() {
		return this.decidedByName;
	}

	public Instant getDecidedAt() {
		return this.decidedAt;
	}

	public String getDecisionComment() {
		return this.decisionComment;
	}

	public Long getRecordedById() {
		return this.recordedById;
	}

	public String getRecordedByName() {
		return this.recordedByName;
	}

	public Instant getRecordedAt() {
		return this.recordedAt;
	}

}
