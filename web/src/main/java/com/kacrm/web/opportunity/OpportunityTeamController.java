package com.kacrm.web.opportunity;

import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.persistence.opportunity.DealTeamService;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The team tab of a deal: its development team (大客户开拓小组), normally formed when the 项目立项
 * request is approved, with who is on it and what each does; anyone who may see the deal
 * adds people of the deal's team and takes them off again (SPEC 1). Everyone else gets
 * 404.
 */
@Controller
@RequestMapping("/opportunities/{id}/team")
class OpportunityTeamController {

	private final OpportunityService opportunities;

	private final DealTeamService teams;

	OpportunityTeamController(OpportunityService opportunities, DealTeamService teams) {
		this.opportunities = opportunities;
		this.teams = teams;
	}

	@GetMapping
	String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		return page(id, user, model);
	}

	@PostMapping
	String add(@PathVariable long id, @ModelAttribute("teamMemberForm") TeamMemberForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		this.opportunities.show(id, user.viewer());
		if (result.hasErrors()) {
			return page(id, user, model);
		}
		try {
			this.teams.add(id, form.getUserId(), form.getResponsibility(), user.viewer());
		}
		catch (ChangeRejected ex) {
			FormErrors.add(result, ex);
			return page(id, user, model);
		}
		FlashMessages.success(redirect, "opportunityTeam.added");
		return "redirect:/opportunities/" + id + "/team";
	}

	@PostMapping("/{userId}/remove")
	String remove(@PathVariable long id, @PathVariable long userId, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		try {
			this.teams.remove(id, userId, user.viewer());
			FlashMessages.success(redirect, "opportunityTeam.removed");
		}
		catch (ChangeRejected ex) {
			FlashMessages.error(redirect, ex);
		}
		return "redirect:/opportunities/" + id + "/team";
	}

	private String page(long id, CurrentUser user, Model model) {
		model.addAttribute("deal", this.opportunities.show(id, user.viewer()));
		model.addAttribute("members", this.teams.members(id, user.viewer()));
		model.addAttribute("candidates", this.teams.candidates(id, user.viewer()));
		if (!model.containsAttribute("teamMemberForm")) {
			model.addAttribute("teamMemberForm", new TeamMemberForm());
		}
		return "opportunities/team";
	}

}
