package com.kacrm.web.valuation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.domain.valuation.PortfolioClass;
import com.kacrm.persistence.account.AccountService;
import com.kacrm.persistence.valuation.AccountValuationService;
import com.kacrm.persistence.valuation.ValuationRow;
import com.kacrm.web.shared.CurrentUser;
import com.kacrm.web.shared.DisplayTime;
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
 * The value tab of an account (客户价值评估): the assessment form (eight criteria by group, 1–5
 * each), the latest result with its portfolio class, advice, recommended actions and
 * pyramid level, and the trend of all assessments as a table and a line chart. Everyone
 * who may see the account assesses it; everyone else gets 404.
 */
@Controller
@RequestMapping("/accounts/{id}/value")
class AccountValueController {

	private final AccountService accounts;

	private final AccountValuationService valuations;

	private final DisplayTime displayTime;

	AccountValueController(AccountService accounts, AccountValuationService valuations, DisplayTime displayTime) {
		this.accounts = accounts;
		this.valuations = valuations;
		this.displayTime = displayTime;
	}

	@GetMapping
	String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("header", this.accounts.header(id, user.viewer()));
		List<ValuationRow> trend = this.valuations.trendOf(id, user.viewer());
		model.addAttribute("assessmentForm",
				AccountAssessmentForm.startingFrom(trend.isEmpty() ? null : trend.get(trend.size() - 1)));
		return page(trend, model);
	}

	@PostMapping
	String assess(@PathVariable long id, @ModelAttribute("assessmentForm") AccountAssessmentForm form,
			BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		model.addAttribute("header", this.accounts.header(id, user.viewer()));
		form.complete();
		if (!result.hasErrors()) {
			try {
				ValuationRow saved = this.valuations.assess(id, form.toScores(), form.getNote(), user.viewer());
				FlashMessages.success(redirect, "valuation.saved", saved.totalScore());
				return "redirect:/accounts/" + id + "/value";
			}
			catch (ChangeRejected ex) {
				FormErrors.add(result, ex);
			}
		}
		return page(this.valuations.trendOf(id, user.viewer()), model);
	}

	private String page(List<ValuationRow> trend, Model model) {
		model.addAttribute("groups", ValueModelController.GROUPS);
		model.addAttribute("latest", trend.isEmpty() ? null : trend.get(trend.size() - 1));
		List<ValuationRow> newestFirst = new ArrayList<>(trend);
		Collections.reverse(newestFirst);
		model.addAttribute("trend", newestFirst);
		model.addAttribute("chart", trend.isEmpty() ? null : ValueTrendChart.of(trend, this.displayTime.zone()));
		model.addAttribute("classes", PortfolioClass.values());
		return "valuation/account-value";
	}

}
