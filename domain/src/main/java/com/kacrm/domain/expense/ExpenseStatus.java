package com.kacrm.domain.expense;

/**
 * Where a sales expense stands against its deal's budget. One within the budget is simply
 * {@link #RECORDED}; one beyond it waits for the manager ({@link #OVERRUN_PENDING}) and
 * is then {@link #OVERRUN_APPROVED} or {@link #OVERRUN_REFUSED}. Only recorded and
 * approved expenses count as spent.
 */
public enum ExpenseStatus {

	RECORDED, OVERRUN_PENDING, OVERRUN_APPROVED, OVERRUN_REFUSED;

	/** Whether the expense uses the budget. */
	public boolean countsAsSpent() {
		return this == RECORDED || this == OVERRUN_APPROVED;
	}

	/** Whether the expense went beyond the budget (whatever was decided about it). */
	public boolean isOverrun() {
		return this != RECORDED;
	}

}
