package com.kacrm.web.tiering;

import com.kacrm.domain.reference.CoverageMode;
import com.kacrm.domain.reference.ManagementMode;
import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.persistence.history.HistoryRow;
import com.kacrm.persistence.history.HistoryService;
import com.kacrm.persistence.shared.ConcurrentEditException;
import com.kacrm.persistence.tiering.TierApplied;
import com.kacrm.persistence.tiering.TierCriteriaView;
import com.kacrm.persistence.tiering.TierPreview;
import com.kacrm.persistence.tiering.TieringService;
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

import java.util.List;

/**
 * The tier criteria (客户分级标准): the current version and its history of versions; an edit is
 * previewed (which accounts and leads would change tier, and why) before it is applied as
 * the next version.
 */
@Controller
class TierCriteriaController {

	private static final String INDEX = "tier-criteria/index";

	private final TieringService tiering;

	private final HistoryService history;

	TierCriteriaController(TieringService tiering, HistoryService history) {
		this.tiering = tiering;
		this.history = history;
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("coverageModes", CoverageMode.values());
		model.addAttribute("managementModes", ManagementMode.values());
	}

	@GetMapping("/admin/tier-criteria")
	String show(Model model) {
		TierCriteriaView current = this.tiering.current();
		return index(model, current, TierCriteriaForm.of(current));
	}

	/** Back from the preview to the form, with the admin's input. */
	@PostMapping("/admin/tier-criteria/edit")
	String showEditForm(@ModelAttribute("form") TierCriteriaForm form, Model model) {
		return index(model, this.tiering.current(), form);
	}

	@PostMapping("/admin/tier-criteria/preview")
	String preview(@ModelAttribute("form") TierCriteriaForm form, BindingResult result, Model model) {
		if (result.hasErrors()) {
			return index(model, this.tiering.current(), form);
		}
		try {
			TierPreview preview = this.tiering.preview(form.toCriteria());
			model.addAttribute("preview", preview);
			model.addAttribute("changed", preview.changed());
			model.addAttribute("stale", preview.basedOnVersion() != form.getBasedOnVersion());
			return "tier-criteria/preview";
		}
		catch (ChangeRejected ex) {
			FormErrors.add(result, ex);
			return index(model, this.tiering.current(), form);
		}
	}

	@PostMapping("/admin/tier-criteria")
	String apply(@ModelAttribute("form") TierCriteriaForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return index(model, this.tiering.current(), form);
		}
		try {
			TierApplied applied = this.tiering.apply(form.toCriteria(), form.getBasedOnVersion(), form.getNote(),
					user.actor());
			redirect.addFlashAttribute("flashSuccess", "tierCriteria.applied");
			return "redirect:/admin/tier-criteria/versions/" + applied.versionNumber();
		}
		catch (ChangeRejected ex) {
			FormErrors.add(result, ex);
			return index(model, this.tiering.current(), form);
		}
		catch (ConcurrentEditException ex) {
			FormErrors.addConflict(result);
			TierCriteriaView current = this.tiering.current();
			form.setBasedOnVersion(current.versionNumber());
			return index(model, current, form);
		}
	}

	@GetMapping("/admin/tier-criteria/versions/{versionNumber}")
	String showVersion(@PathVariable int versionNumber, Model model) {
		model.addAttribute("criteria", this.tiering.version(versionNumber));
		List<HistoryRow> changes = this.history.madeByTierCriteriaVersion(versionNumber);
		model.addAttribute("criteriaChanges",
				changes.stream().filter((row) -> TieringService.TIER_CRITERIA.equals(row.subjectType())).toList());
		model.addAttribute("recordChanges",
				changes.stream().filter((row) -> TieringService.TIER_FIELD.equals(row.field())).toList());
		return "tier-criteria/version";
	}

	private String index(Model model, TierCriteriaView current, TierCriteriaForm form) {
		model.addAttribute("current", current);
		model.addAttribute("form", form);
		model.addAttribute("versions", this.tiering.versions());
		return INDEX;
	}

}
