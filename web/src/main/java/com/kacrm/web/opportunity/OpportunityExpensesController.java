package com.kacrm.web.opportunity;

import com.kacrm.domain.expense.ExpenseType;
import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.persistence.expense.ExpenseService;
import com.kacrm.persistence.expense.RecordedExpense;
import com.kacrm.persistence.opportunity.OpportunityService;
import com.kacrm.persistence.shared.BusinessCalendar;
import com.kacrm.web.shared.CurrentUser;
import com.kacrm.web.shared.FlashMessages;
import com.kacrm.web.shared.FormErrors;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The sales-expense tab of a deal (销售费用, SPEC 6): the approved budget with what is spent,
 * pending and left, the expenses, a form to record one and, for the manager of the deal's
 * team, approving or refusing overruns. Before the 立项 request is approved the tab says so
 * and refuses expenses. Everyone who may see the deal records expenses; others get 404; a
 * rep deciding an overrun gets 403.
 */
@Controller
@RequestMapping("/opportunities/{id}/expenses")
class OpportunityExpensesController {

	private final OpportunityService opportunities;

	private final ExpenseService expenses;

	private final BusinessCalendar calendar;

	OpportunityExpensesController(OpportunityService opportunities, ExpenseService expenses,
			BusinessCalendar calendar) {
		this.opportunities = opportunities;
		this.expenses = expenses;
		this.calendar = calendar;
	}

	@GetMapping
	String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		return page(id, user, model);
	}

	@PostMapping
	String record(@PathVariable long id, @ModelAttribute("expenseForm") ExpenseForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		this.opportunities.show(id, user.viewer());
		if (result.hasErrors()) {
			return page(id, user, model);
		}
		RecordedExpense recorded;
		try {
			recorded = this.expenses.record(id, form.toExpense(), user.viewer());
		}
		catch (ChangeRejected ex) {
			FormErrors.add(result, ex);
			return page(id, user, model);
		}
		FlashMessages.success(redirect, switch (recorded.status()) {
			case OVERRUN_PENDING -> "expense.recordedPending";
			case OVERRUN_APPROVED -> "expense.recordedApproved";
			default -> "expense.recorded";
		});
		return "redirect:/opportunities/" + id + "/expenses";
	}

	@PostMapping("/{expenseId}/approve")
	String approve(@PathVariable long id, @PathVariable long expenseId,
			@ModelAttribute("overrunDecision") OverrunDecisionForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		return decide(id, expenseId, true, form, result, user, model, redirect);
	}

	@PostMapping("/{expenseId}/refuse")
	String refuse(@PathVariable long id, @PathVariable long expenseId,
			@ModelAttribute("overrunDecision") OverrunDecisionForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		return decide(id, expenseId, false, form, result, user, model, redirect);
	}

	/**
	 * Decides the overrun. A comment the decision needs (a refusal's) is asked for next
	 * to that expense's comment field, the tab shown again with nothing saved; any other
	 * refusal (decided meanwhile) is the page's message.
	 */
	private String decide(long id, long expenseId, boolean approve, OverrunDecisionForm form, BindingResult result,
			CurrentUser user, Model model, RedirectAttributes redirect) {
		try {
			this.expenses.decideOverrun(id, expenseId, approve, form.getComment(), user.viewer());
			FlashMessages.success(redirect, approve ? "expense.approved" : "expense.refused");
		}
		catch (ChangeRejected ex) {
			if (ex.violations().stream().anyMatch((v) -> "comment".equals(v.field()))) {
				FormErrors.add(result, ex);
				model.addAttribute("decidingExpenseId", expenseId);
				model.addAttribute("decidingApprove", approve);
				return page(id, user, model);
			}
			FlashMessages.error(redirect, ex);
		}
		return "redirect:/opportunities/" + id + "/expenses#expense-" + expenseId;
	}

	private String page(long id, CurrentUser user, Model model) {
		model.addAttribute("deal", this.opportunities.show(id, user.viewer()));
		model.addAttribute("expenses", this.expenses.expenses(id, user.viewer()));
		model.addAttribute("expenseTypes", ExpenseType.values());
		if (!model.containsAttribute("expenseForm")) {
			model.addAttribute("expenseForm", ExpenseForm.spentToday(this.calendar.today()));
		}
		if (!model.containsAttribute("overrunDecision")) {
			model.addAttribute("overrunDecision", new OverrunDecisionForm());
		}
		return "opportunities/expenses";
	}

}
