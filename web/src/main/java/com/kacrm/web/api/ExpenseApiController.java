package com.kacrm.web.api;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.kacrm.domain.expense.ExpenseStatus;
import com.kacrm.domain.expense.ExpenseType;
import com.kacrm.domain.expense.NewExpense;
import com.kacrm.persistence.expense.DealExpenses;
import com.kacrm.persistence.expense.ExpenseRow;
import com.kacrm.persistence.expense.ExpenseService;
import com.kacrm.persistence.expense.RecordedExpense;
import com.kacrm.web.shared.CurrentUser;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A deal's sales expenses (销售费用, SPEC 6) for other systems, amounts in 元: the budget with
 * what is spent, pending and remaining and the expenses; recording one (201); the
 * manager's approval or refusal of an overrun.
 *
 * <p>
 * Answers: a deal outside the caller's scope is 404; an expense before the 立项 request is
 * approved, beyond the budget without {@code overrunReason}, or breaking a rule of the
 * form is 422 naming the fields; deciding an overrun by anyone but the deal team's
 * manager or an admin is 403; deciding one that is no longer pending is 422 saying who
 * decided it.
 */
@RestController
@RequestMapping("/api/v1/opportunities/{id}/expenses")
class ExpenseApiController {

	private final ExpenseService expenses;

	ExpenseApiController(ExpenseService expenses) {
		this.expenses = expenses;
	}

	@GetMapping
	ExpensesResource list(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		return ExpensesResource.of(this.expenses.expenses(id, user.viewer()));
	}

	/**
	 * Records an expense; 201 with its status: {@code RECORDED} within the budget,
	 * {@code OVERRUN_PENDING} beyond it (or {@code OVERRUN_APPROVED} when the caller
	 * manages the deal).
	 */
	@PostMapping
	ResponseEntity<ExpenseResource> record(@PathVariable long id, @RequestBody ExpenseRequest request,
			@AuthenticationPrincipal CurrentUser user) {
		RecordedExpense recorded = this.expenses.record(id, request.expense(), user.viewer());
		return ResponseEntity.created(URI.create("/api/v1/opportunities/" + id + "/expenses#" + recorded.id()))
			.body(find(id, recorded.id(), user));
	}

	/** Approves a pending overrun; {@code comment} is optional. */
	@PostMapping("/{expenseId}/approve")
	ExpenseResource approve(@PathVariable long id, @PathVariable long expenseId,
			@RequestBody(required = false) DecisionRequest request, @AuthenticationPrincipal CurrentUser user) {
		this.expenses.decideOverrun(id, expenseId, true, (request != null) ? request.comment() : null, user.viewer());
		return find(id, expenseId, user);
	}

	/** Refuses a pending overrun; {@code comment} is required. */
	@PostMapping("/{expenseId}/refuse")
	ExpenseResource refuse(@PathVariable long id, @PathVariable long expenseId,
			@RequestBody(required = false) DecisionRequest request, @AuthenticationPrincipal CurrentUser user) {
		this.expenses.decideOverrun(id, expenseId, false, (request != null) ? request.comment() : null, user.viewer());
		return find(id, expenseId, user);
	}

	private ExpenseResource find(long id, long expenseId, CurrentUser user) {
		return this.expenses.expenses(id, user.viewer())
			.rows()
			.stream()
			.filter((row) -> row.id() == expenseId)
			.findFirst()
			.map(ExpenseResource::of)
			.orElseThrow();
	}

	record ExpenseRequest(ExpenseType type, LocalDate spentOn, BigDecimal amount, String description,
			String overrunReason) {

		NewExpense expense() {
			return new NewExpense(this.type, this.spentOn, this.amount, this.description, this.overrunReason);
		}

	}

	record DecisionRequest(String comment) {

	}

	record ExpensesResource(long opportunityId, boolean open, BigDecimal budget, Instant budgetOpenedAt,
			BigDecimal spent, BigDecimal pending, BigDecimal remaining, int percentSpent, boolean overBudget,
			List<ExpenseResource> expenses) {

		static ExpensesResource of(DealExpenses expenses) {
			return new ExpensesResource(expenses.opportunityId(), expenses.open(), expenses.budget(),
					expenses.budgetOpenedAt(), expenses.spent(), expenses.pending(), expenses.remaining(),
					expenses.percentSpent(), expenses.overBudget(),
					expenses.rows().stream().map(ExpenseResource::of).toList());
		}

	}

	record ExpenseResource(long id, ExpenseType type, LocalDate spentOn, BigDecimal amount, String description,
			ExpenseStatus status, String overrunReason, String recordedByName, Instant recordedAt, String decidedByName,
			Instant decidedAt, String decisionComment) {

		static ExpenseResource of(ExpenseRow row) {
			return new ExpenseResource(row.id(), row.type(), row.spentOn(), row.amount(), row.description(),
					row.status(), row.overrunReason(), row.recordedByName(), row.recordedAt(), row.decidedByName(),
					row.decidedAt(), row.decisionComment());
		}

	}

}
