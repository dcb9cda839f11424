package com.kacrm.web.swot;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.persistence.account.AccountService;
import com.kacrm.persistence.competitor.CompetitorService;
import com.kacrm.persistence.competitor.PresenceRow;
import com.kacrm.persistence.swot.SwotRow;
import com.kacrm.persistence.swot.SwotService;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The SWOT and competitors tab of an account (初阶SWOT分析, 半年一扫描; 竞争对手分析): the latest SWOT
 * as a 2×2 grid with its date and whether a new scan is due, a form for a new one, the
 * earlier ones, and the competitors present at the customer with their position there.
 * Everyone who may see the account reads and changes it; everyone else gets 404.
 */
@Controller
@RequestMapping("/accounts/{id}")
class SwotController {

	private final AccountService accounts;

	private final SwotService swots;

	private final CompetitorService competitors;

	SwotController(AccountService accounts, SwotService swots, CompetitorService competitors) {
		this.accounts = accounts;
		this.swots = swots;
		this.competitors = competitors;
	}

	@GetMapping("/swot")
	String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		return page(id, user, model);
	}

	@PostMapping("/swot")
	String add(@PathVariable long id, @ModelAttribute("swotForm") SwotForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return page(id, user, model);
		}
		try {
			this.swots.add(id, form.content(), form.getAssessedOn(), user.viewer());
		}
		catch (ChangeRejected ex) {
			FormErrors.add(result, ex);
			return page(id, user, model);
		}
		FlashMessages.success(redirect, "swot.saved");
		return "redirect:/accounts/" + id + "/swot";
	}

	@PostMapping("/competitors")
	String addPresence(@PathVariable long id, @ModelAttribute("presenceForm") PresenceForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		if (form.getCompetitorId() == null && !result.hasFieldErrors("competitorId")) {
			result.rejectValue("competitorId", "form.required", "form.required");
		}
		if (result.hasErrors()) {
			return page(id, user, model);
		}
		try {
			this.competitors.addPresence(id, form.getCompetitorId(), form.getPosition(), user.viewer());
		}
		catch (ChangeRejected ex) {
			FormErrors.add(result, ex);
			return page(id, user, model);
		}
		FlashMessages.success(redirect, "competitor.presence.added");
		return "redirect:/accounts/" + id + "/swot#competitors";
	}

	@PostMapping("/competitors/new")
	String createAt(@PathVariable long id, @ModelAttribute("newCompetitorForm") NewCompetitorForm form,
			BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		try {
			this.competitors.createAt(id, form.details(), form.getPosition(), user.viewer());
		}
		catch (ChangeRejected ex) {
			FormErrors.add(result, ex);
			return page(id, user, model);
		}
		FlashMessages.success(redirect, "competitor.presence.added");
		return "redirect:/accounts/" + id + "/swot#competitors";
	}

	@PostMapping("/competitors/{competitorId}/position")
	String updatePosition(@PathVariable long id, @PathVariable long competitorId,
			@RequestParam(required = false) String position, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		try {
			this.competitors.updatePosition(id, competitorId, position, user.viewer());
			FlashMessages.success(redirect, "competitor.presence.updated");
		}
		catch (ChangeRejected ex) {
			FlashMessages.error(redirect, ex);
		}
		return "redirect:/accounts/" + id + "/swot#competitors";
	}

	@PostMapping("/competitors/{competitorId}/remove")
	String removePresence(@PathVariable long id, @PathVariable long competitorId,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		this.competitors.removePresence(id, competitorId, user.viewer());
		FlashMessages.success(redirect, "competitor.presence.removed");
		return "redirect:/accounts/" + id + "/swot#competitors";
	}

	private String page(long id, CurrentUser user, Model model) {
		model.addAttribute("header", this.accounts.header(id, user.viewer()));
		List<SwotRow> swots = this.swots.swotsOf(id, user.viewer());
		model.addAttribute("latest", swots.isEmpty() ? null : swots.get(0));
		model.addAttribute("earlier", swots.isEmpty() ? List.of() : swots.subList(1, swots.size()));
		List<PresenceRow> presences = this.competitors.presencesAt(id, user.viewer());
		model.addAttribute("presences", presences);
		Set<Long> present = presences.stream().map(PresenceRow::competitorId).collect(Collectors.toSet());
		model.addAttribute("choices",
				this.competitors.choices().stream().filter((choice) -> !present.contains(choice.id())).toList());
		if (!model.containsAttribute("swotForm")) {
			model.addAttribute("swotForm", SwotForm.datedOn(this.swots.today()));
		}
		if (!model.containsAttribute("presenceForm")) {
			model.addAttribute("presenceForm", new PresenceForm());
		}
		if (!model.containsAttribute("newCompetitorForm")) {
			model.addAttribute("newCompetitorForm", new NewCompetitorForm());
		}
		return "swot/account-swot";
	}

}
