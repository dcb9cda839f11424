package com.kacrm.persistence.expense;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import com.kacrm.domain.expense.ExpenseStatus;

/**
 * A deal's sales expenses against its approved budget, amounts in 元.
 *
 * @param open whether the deal's 立项 request was approved, so expenses may be recorded
 * @param budget the approved budget; null while not open
 * @param budgetOpenedAt when the approval opened it; null while not open
 * @param spent recorded expenses and approved overruns
 * @param pending overruns waiting for the manager
 * @param remaining budget less spent, below zero after approved overruns; null while not
 * open
 * @param percentSpent share of the budget spent, 0–100, for the progress bar
 * @param rows newest first
 * @param mayManage whether the viewer manages the deal (decides overruns, and their own
 * overruns are approved as they record them)
 */
public record DealExpenses(long opportunityId, boolean open, BigDecimal budget, Instant budgetOpenedAt,
		BigDecimal spent, BigDecimal pending, BigDecimal remaining, int percentSpent, List<ExpenseRow> rows,
		boolean mayManage) {

	public DealExpenses {
		rows = List.copyOf(rows);
	}

	/** Whether approved overruns took spending beyond the budget. */
	public boolean overBudget() {
		return this.remaining != null && this.remaining.signum() < 0;
	}

	/** What may still be spent without a manager's approval: remaining, at least zero. */
	public BigDecimal leftToSpend() {
		return (this.remaining != null) ? this.remaining.max(BigDecimal.ZERO) : BigDecimal.ZERO;
	}

	/** How many overruns wait for a decision. */
	public long pendingCount() {
		return this.rows.stream().filter((row) -> row.status() == ExpenseStatus.OVERRUN_PENDING).count();
	}

}
