package com.kacrm.web.opportunity;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.kacrm.domain.expense.ExpenseType;
import com.kacrm.domain.expense.NewExpense;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A sales expense recorded against the deal's approved budget: kind, day, amount in 元,
 * what it was for, and why when it goes beyond what is left.
 */
public class ExpenseForm {

	private ExpenseType type;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate spentOn;

	private BigDecimal amount;

	private String description;

	private String overrunReason;

	static ExpenseForm spentToday(LocalDate today) {
		ExpenseForm form = new ExpenseForm();
		form.spentOn = today;
		return form;
	}

	NewExpense toExpense() {
		return new NewExpense(this.type, this.spentOn, this.amount, this.description, this.overrunReason);
	}

	public ExpenseType getType() {
		return this.type;
	}

	public void setType(ExpenseType type) {
		this.type = type;
	}

	public LocalDate getSpentOn() {
		return this.spentOn;
	}

	public void setSpentOn(LocalDate spentOn) {
		this.spentOn = spentOn;
	}

	public BigDecimal getAmount() {
		return this.amount;
	}

	public void setAmount(BigDecimal amount) {
		this.amount = amount;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getOverrunReason() {
		return this.overrunReason;
	}

	public void setOverrunReason(String overrunReason) {
		this.overrunReason = overrunReason;
	}

}
