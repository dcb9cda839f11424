package com.kacrm.domain.expense;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;

import com.kacrm.domain.opportunity.Opportunity;
import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.domain.shared.Violations;

/**
 * A deal's sales-expense budget (元) as it stands: what the approved 立项 request opened,
 * what is spent (recorded and approved overruns) and what waits for the manager. It
 * decides whether a new expense may be recorded: not before the request is approved,
 * within what is left as a plain expense, beyond it only with a reason and then pending
 * until the manager of the deal's team approves — unless the one recording it manages the
 * deal, whose own overrun is approved at once.
 *
 * @param budget the opened budget; null while the deal's request is not approved
 * @param openedOn the day the budget was opened (the business day); null without budget
 * @param spent the sum of the recorded and approved expenses
 * @param pending the sum of the overruns waiting for a decision
 */
public record ExpenseBudget(BigDecimal budget, LocalDate openedOn, BigDecimal spent, BigDecimal pending) {

	public ExpenseBudget {
		if ((budget == null) != (openedOn == null)) {
			throw new IllegalArgumentException("A budget is opened on a day");
		}
		spent = (spent != null) ? spent : BigDecimal.ZERO;
		pending = (pending != null) ? pending : BigDecimal.ZERO;
	}

	/**
	 * The budget of {@code opportunity} with {@code expenses} recorded against it; the
	 * day it opened is taken in {@code zone}, where the sales team works.
	 */
	public static ExpenseBudget of(Opportunity opportunity, Collection<SalesExpense> expenses, ZoneId zone) {
		BigDecimal spent = BigDecimal.ZERO;
		BigDecimal pending = BigDecimal.ZERO;
		for (SalesExpense expense : expenses) {
			if (expense.getStatus().countsAsSpent()) {
				spent = spent.add(expense.getAmount());
			}
			else if (expense.getStatus() == ExpenseStatus.OVERRUN_PENDING) {
				pending = pending.add(expense.getAmount());
			}
		}
		if (!opportunity.hasExpenseBudget()) {
			return new ExpenseBudget(null, null, spent, pending);
		}
		return new ExpenseBudget(opportunity.getExpenseBudget(),
				opportunity.getExpenseBudgetOpenedAt().atZone(zone).toLocalDate(), spent, pending);
	}

	/** Whether the deal's 立项 request was approved, so expenses may be recorded. */
	public boolean isOpen() {
		return this.budget != null;
	}

	/**
	 * What is left to spend: the budget less what is spent; below zero once approved
	 * overruns went beyond it; null without a budget.
	 */
	public BigDecimal remaining() {
		return isOpen() ? this.budget.subtract(this.spent) : null;
	}

	/** Whether spending {@code amount} more goes beyond the budget. */
	public boolean isExceededBy(BigDecimal amount) {
		return isOpen() && amount.compareTo(remaining()) > 0;
	}

	/** The share of the budget spent, 0–100 (100 also when spent beyond it). */
	public int percentSpent() {
		if (!isOpen() || this.spent.signum() == 0) {
			return 0;
		}
		if (this.budget.signum() == 0 || this.spent.compareTo(this.budget) >= 0) {
			return 100;
		}
		return this.spent.multiply(BigDecimal.valueOf(100)).divide(this.budget, 0, RoundingMode.DOWN).intValue();
	}

	/**
	 * The status a new expense gets: {@link ExpenseStatus#RECORDED} within what is left,
	 * {@link ExpenseStatus#OVERRUN_PENDING} beyond it, or
	 * {@link ExpenseStatus#OVERRUN_APPROVED} beyond it when {@code approvesOverrun} (the
	 * one recording it manages the deal).
	 * @throws ChangeRejected {@code expense.error.noBudget} alone while the budget is not
	 * open; else every broken rule of the form, with a missing reason for an expense
	 * beyond the budget on {@code overrunReason}
	 */
	public ExpenseStatus admit(NewExpense expense, boolean approvesOverrun, LocalDate today) {
		if (!isOpen()) {
			throw ChangeRejected.of(null, "expense.error.noBudget");
		}
		Violations violations = expense.violations(today, this.openedOn);
		boolean exceeded = expense.amount() != null && expense.amount().signum() > 0 && isExceededBy(expense.amount());
		if (exceeded && expense.overrunReason() == null) {
			violations.add("overrunReason", "expense.error.overrunReasonRequired",
					remaining().max(BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP).toPlainString());
		}
		violations.throwIfAny();
		if (!exceeded) {
			return ExpenseStatus.RECORDED;
		}
		return approvesOverrun ? ExpenseStatus.OVERRUN_APPROVED : ExpenseStatus.OVERRUN_PENDING;
	}

}
