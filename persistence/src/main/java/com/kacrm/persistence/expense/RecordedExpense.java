package com.kacrm.persistence.expense;

import com.kacrm.domain.expense.ExpenseStatus;

/** A sales expense just recorded: its id and whether it waits for the manager. */
public record RecordedExpense(long id, ExpenseStatus status) {

}
