package com.kacrm.persistence.expense;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import com.kacrm.domain.expense.ExpenseStatus;
import com.kacrm.domain.expense.ExpenseType;

/**
 * One sales expense of a deal, the amount in 元.
 *
 * @param mayDecide whether the viewer may approve or refuse it now (a pending overrun and
 * the viewer manages the deal)
 */
public record ExpenseRow(long id, ExpenseType type, LocalDate spentOn, BigDecimal amount, String description,
		ExpenseStatus status, String overrunReason, String recordedByName, Instant recordedAt, String decidedByName,
		Instant decidedAt, String decisionComment, boolean mayDecide) {

}
