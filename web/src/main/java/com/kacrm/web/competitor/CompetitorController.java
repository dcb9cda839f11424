package com.kacrm.web.competitor;

import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.persistence.competitor.CompetitorRow;
import com.kacrm.persistence.competitor.CompetitorService;
import com.kacrm.persistence.shared.ConcurrentEditException;
import com.kacrm.web.shared.CurrentUser;
import com.kacrm.web.shared.FlashMessages;
import com.kacrm.web.shared.FormErrors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Competitors (竞争对手) as shared records: the list with search, one competitor's page with
 * its edit form, history and the accounts (of those the user may see) where it is
 * present; and the competitors of an opportunity (the fragment
 * {@code competitors/partials/opportunity-competitors} posts here). Every signed-in user
 * may read, create and edit competitors.
 */
@Controller
class CompetitorController {

	private static final int PAGE_SIZE = 25;

	private final CompetitorService competitors;

	CompetitorController(CompetitorService competitors) {
		this.competitors = competitors;
	}

	@GetMapping("/competitors")
	String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
		Page<CompetitorRow> rows = this.competitors.search(q, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
		model.addAttribute("q", q);
		model.addAttribute("page", rows);
		model.addAttribute("previousUrl", listUrl(q, rows.getNumber() - 1));
		model.addAttribute("nextUrl", listUrl(q, rows.getNumber() + 1));
		if (!model.containsAttribute("competitorForm")) {
			model.addAttribute("competitorForm", new CompetitorForm());
		}
		return "competitors/list";
	}

	@PostMapping("/competitors")
	String create(@ModelAttribute("competitorForm") CompetitorForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return list(null, 0, model);
		}
		long id;
		try {
			id = this.competitors.create(form.details(), user.viewer());
		}
		catch (ChangeRejected ex) {
			FormErrors.add(result, ex);
			return list(null, 0, model);
		}
		FlashMessages.success(redirect, "competitor.created");
		return "redirect:/competitors/" + id;
	}

	@GetMapping("/competitors/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("competitorForm", CompetitorForm.of(this.competitors.show(id)));
		return page(id, user, model);
	}

	@PostMapping("/competitors/{id}")
	String update(@PathVariable long id, @ModelAttribute("competitorForm") CompetitorForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return page(id, user, model);
		}
		try {
			this.competitors.update(id, form.getVersion(), form.details(), user.viewer());
		}
		catch (ChangeRejected ex) {
			FormErrors.add(result, ex);
			return page(id, user, model);
		}
		catch (ConcurrentEditException | ObjectOptimisticLockingFailureException ex) {
			form.fill(this.competitors.show(id));
			FormErrors.addConflict(result);
			return page(id, user, model);
		}
		FlashMessages.success(redirect, "competitor.saved");
		return "redirect:/competitors/" + id;
	}

	/**
	 * Adds a competitor to an opportunity; back to the deal's page
	 * ({@code returnTo=deal}) or to the account's opportunities.
	 */
	@PostMapping("/opportunities/{opportunityId}/competitors")
	String addToOpportunity(@PathVariable long opportunityId, @RequestParam(required = false) Long competitorId,
			@RequestParam(required = false) String returnTo, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		if (competitorId == null) {
			FlashMessages.error(redirect, "competitor.error.chooseOne");
			return back(opportunityId, this.competitors.accountOfOpportunity(opportunityId, user.viewer()), returnTo);
		}
		try {
			long accountId = this.competitors.addToOpportunity(opportunityId, competitorId, user.viewer());
			FlashMessages.success(redirect, "competitor.deal.added");
			return back(opportunityId, accountId, returnTo);
		}
		catch (ChangeRejected ex) {
			FlashMessages.error(redirect, ex);
			return back(opportunityId, this.competitors.accountOfOpportunity(opportunityId, user.viewer()), returnTo);
		}
	}

	/** Takes a competitor out of an opportunity; back where the form was. */
	@PostMapping("/opportunities/{opportunityId}/competitors/{competitorId}/remove")
	String removeFromOpportunity(@PathVariable long opportunityId, @PathVariable long competitorId,
			@RequestParam(required = false) String returnTo, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		long accountId = this.competitors.removeFromOpportunity(opportunityId, competitorId, user.viewer());
		FlashMessages.success(redirect, "competitor.deal.removed");
		return back(opportunityId, accountId, returnTo);
	}

	private static String back(long opportunityId, long accountId, String returnTo) {
		return "deal".equals(returnTo) ? "redirect:/opportunities/" + opportunityId
				: "redirect:/accounts/" + accountId + "/opportunities";
	}

	private String page(long id, CurrentUser user, Model model) {
		CompetitorRow competitor = this.competitors.show(id);
		model.addAttribute("competitor", competitor);
		model.addAttribute("accounts", this.competitors.accountsOf(id, user.viewer()));
		model.addAttribute("history", this.competitors.historyOf(id));
		return "competitors/detail";
	}

	private static String listUrl(String q, int page) {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath("/competitors");
		if (q != null && !q.isBlank()) {
			url.queryParam("q", q);
		}
		if (page > 0) {
			url.queryParam("page", page);
		}
		return url.encode().build().toUriString();
	}

}
