package com.kacrm.domain.expense;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.kacrm.domain.shared.Text;
import com.kacrm.domain.shared.Violations;

/**
 * A sales expense as the rep enters it: its kind, the day the money was spent, the amount
 * in 元, what it was for and, when it goes beyond what is left of the budget, why. Texts
 * are trimmed and blank ones become null.
 */
public record NewExpense(ExpenseType type, LocalDate spentOn, BigDecimal amount, String description,
		String overrunReason) {

	public static final int MAX_DESCRIPTION = 500;

	public static final int MAX_REASON = 1000;

	/** The largest single expense, in 元 (fits numeric(14, 2)). */
	public static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999.99");

	public NewExpense {
		description = Text.optional(description);
		overrunReason = Text.optional(overrunReason);
	}

	/**
	 * Every rule of the form the expense breaks, by field: kind, amount (positive, at
	 * most two decimals), day (not in the future, not before the budget opened),
	 * description.
	 */
	Violations violations(LocalDate today, LocalDate budgetOpenedOn) {
		Violations violations = new Violations();
		if (this.type == null) {
			violations.add("type", "form.required");
		}
		if (this.spentOn == null) {
			violations.add("spentOn", "form.required");
		}
		else if (this.spentOn.isAfter(today)) {
			violations.add("spentOn", "expense.error.inFuture");
		}
		else if (budgetOpenedOn != null && this.spentOn.isBefore(budgetOpenedOn)) {
			violations.add("spentOn", "expense.error.beforeApproval", budgetOpenedOn.toString());
		}
		if (this.amount == null) {
			violations.add("amount", "form.required");
		}
		else if (this.amount.signum() <= 0) {
			violations.add("amount", "expense.error.amountPositive");
		}
		else if (this.amount.compareTo(MAX_AMOUNT) > 0 || this.amount.stripTrailingZeros().scale() > 2) {
			violations.add("amount", "expense.error.amountFormat");
		}
		return violations.requiredText("description", this.description, MAX_DESCRIPTION)
			.optionalText("overrunReason", this.overrunReason, MAX_REASON);
	}

}
