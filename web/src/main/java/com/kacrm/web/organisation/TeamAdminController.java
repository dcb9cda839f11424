package com.kacrm.web.organisation;

import java.util.List;

import com.kacrm.domain.history.HistorySubject;
import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.persistence.history.HistoryRow;
import com.kacrm.persistence.history.HistoryService;
import com.kacrm.persistence.organisation.OrganisationAdminService;
import com.kacrm.persistence.organisation.RegionDraft;
import com.kacrm.persistence.organisation.RegionRow;
import com.kacrm.persistence.organisation.TeamRow;
import com.kacrm.persistence.organisation.UserRow;
import com.kacrm.persistence.shared.ConcurrentEditException;
import com.kacrm.web.shared.CurrentUser;
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
 * Regions and their sales teams: the overview, creating regions and teams, renaming a
 * region, editing a team's names, region and manager. Admins only ({@code /admin/**}).
 */
@Controller
class TeamAdminController {

	private final OrganisationAdminService organisation;

	private final HistoryService history;

	TeamAdminController(OrganisationAdminService organisation, HistoryService history) {
		this.organisation = organisation;
		this.history = history;
	}

	@GetMapping("/admin/teams")
	String list(Model model) {
		model.addAttribute("regions", this.organisation.regionsWithTeams());
		return "organisation/teams";
	}

	@GetMapping("/admin/regions/new")
	String showCreateRegionForm(Model model) {
		model.addAttribute("regionForm", new RegionForm());
		return "organisation/region-form";
	}

	@PostMapping("/admin/regions")
	String createRegion(@ModelAttribute("regionForm") RegionForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		try {
			String code = this.organisation
				.createRegion(new RegionDraft(form.getCode(), form.getNameZh(), form.getNameEn()), user.actor());
			redirect.addFlashAttribute("flashSuccess", "region.flash.created");
			return "redirect:/admin/teams#region-" + code;
		}
		catch (ChangeRejected ex) {
			FormErrors.add(result, ex);
			return "organisation/region-form";
		}
	}

	@GetMapping("/admin/regions/{code}")
	String showEditRegionForm(@PathVariable String code, Model model) {
		RegionRow region = this.organisation.region(code);
		model.addAttribute("regionForm", RegionForm.of(region));
		return regionEditPage(region, model);
	}

	@PostMapping("/admin/regions/{code}")
	String updateRegion(@PathVariable String code, @ModelAttribute("regionForm") RegionForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		RegionRow region = this.organisation.region(code);
		form.setCode(region.code());
		try {
			this.organisation.renameRegion(code, form.getNameZh(), form.getNameEn(), form.getVersion(), user.actor());
			redirect.addFlashAttribute("flashSuccess", "region.flash.saved");
			return "redirect:/admin/regions/" + region.code();
		}
		catch (ChangeRejected ex) {
			FormErrors.add(result, ex);
		}
		catch (ConcurrentEditException ex) {
			FormErrors.addConflict(result);
			form.refresh(region);
		}
		return regionEditPage(region, model);
	}

	@GetMapping("/admin/teams/new")
	String showCreateTeamForm(Model model) {
		model.addAttribute("teamForm", new TeamForm());
		return teamFormPage(null, model);
	}

	@PostMapping("/admin/teams")
	String createTeam(@ModelAttribute("teamForm") TeamForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		try {
			String code = this.organisation.createTeam(form.toDraft(), user.actor());
			redirect.addFlashAttribute("flashSuccess", "team.flash.created");
			return "redirect:/admin/teams/" + code;
		}
		catch (ChangeRejected ex) {
			FormErrors.add(result, ex);
			return teamFormPage(null, model);
		}
	}

	@GetMapping("/admin/teams/{code}")
	String showEditTeamForm(@PathVariable String code, Model model) {
		TeamRow team = this.organisation.team(code);
		model.addAttribute("teamForm", TeamForm.of(team));
		return teamFormPage(team, model);
	}

	@PostMapping("/admin/teams/{code}")
	String updateTeam(@PathVariable String code, @ModelAttribute("teamForm") TeamForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		TeamRow team = this.organisation.team(code);
		form.setCode(team.code());
		try {
			this.organisation.updateTeam(code, form.toChange(), form.getVersion(), user.actor());
			redirect.addFlashAttribute("flashSuccess", "team.flash.saved");
			return "redirect:/admin/teams/" + team.code();
		}
		catch (ChangeRejected ex) {
			FormErrors.add(result, ex);
		}
		catch (ConcurrentEditException ex) {
			FormErrors.addConflict(result);
			form.refresh(team);
		}
		return teamFormPage(team, model);
	}

	private String regionEditPage(RegionRow region, Model model) {
		model.addAttribute("region", region);
		model.addAttribute("history", historyOf(OrganisationAdminService.REGION, region.id()));
		return "organisation/region-form";
	}

	/** The team form, for a new team when {@code team} is null. */
	private String teamFormPage(TeamRow team, Model model) {
		model.addAttribute("team", team);
		model.addAttribute("regions", this.organisation.regionsWithTeams());
		if (team != null) {
			List<UserRow> managers = this.organisation.managers()
				.stream()
				.filter((manager) -> team.code().equals(manager.teamCode()))
				.toList();
			model.addAttribute("managers", managers);
			model.addAttribute("history", historyOf(OrganisationAdminService.TEAM, team.id()));
		}
		return "organisation/team-form";
	}

	private List<HistoryRow> historyOf(String type, Long id) {
		return this.history.latestOf(new HistorySubject(type, id));
	}

}
