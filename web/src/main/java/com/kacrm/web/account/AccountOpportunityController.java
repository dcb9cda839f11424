package com.kacrm.web.account;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.persistence.account.AccountOpportunityRow;
import com.kacrm.persistence.account.AccountService;
import com.kacrm.persistence.competitor.CompetitorService;
import com.kacrm.persistence.competitor.PresenceRow;
import com.kacrm.persistence.opportunity.OpportunityService;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The account's opportunities tab: its deals with their milestone, a link to each deal's
 * buying centre on the org chart, the competitors in each deal, and opening a new deal at
 * milestone 1 (the opportunity screens of SPEC 5 build on it).
 */
@Controller
class AccountOpportunityController {

	private static final String FORM = "opportunityForm";

	private final AccountService accounts;

	private final OpportunityService opportunities;

	private final CompetitorService competitors;

	AccountOpportunityController(AccountService accounts, OpportunityService opportunities,
			CompetitorService competitors) {
		this.accounts = accounts;
		this.opportunities = opportunities;
		this.competitors = competitors;
	}

	@GetMapping("/accounts/{id}/opportunities")
	String list(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute(FORM, new OpportunityForm());
		return page(id, user, model);
	}

	@PostMapping("/accounts/{id}/opportunities")
	String open(@PathVariable long id, @ModelAttribute(FORM) OpportunityForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		try {
			this.opportunities.open(id, form.getName(), user.viewer());
			FlashMessages.success(redirect, "account.opportunities.opened", form.getName().strip());
			return "redirect:/accounts/" + id + "/opportunities";
		}
		catch (ChangeRejected ex) {
			FormErrors.add(result, ex);
			return page(id, user, model);
		}
	}

	private String page(long id, CurrentUser user, Model model) {
		model.addAttribute("header", this.accounts.header(id, user.viewer()));
		List<AccountOpportunityRow> deals = this.accounts.opportunities(id, user.viewer());
		Map<Long, List<PresenceRow>> inDeal = new LinkedHashMap<>();
		for (AccountOpportunityRow deal : deals) {
			inDeal.put(deal.id(), this.competitors.competitorsIn(deal.id(), user.viewer()));
		}
		model.addAttribute("opportunities", deals);
		model.addAttribute("competitorsIn", inDeal);
		model.addAttribute("competitorChoices", this.competitors.choices());
		return "accounts/opportunities";
	}

}
