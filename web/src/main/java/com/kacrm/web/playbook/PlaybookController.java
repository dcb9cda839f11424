package com.kacrm.web.playbook;

import java.util.Arrays;
import java.util.Locale;

import com.kacrm.domain.playbook.AutomaticRule;
import com.kacrm.domain.playbook.Milestone;
import com.kacrm.domain.playbook.Satisfaction;
import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.persistence.playbook.ChecklistItemRow;
import com.kacrm.persistence.playbook.MilestoneRow;
import com.kacrm.persistence.playbook.PlaybookService;
import com.kacrm.persistence.shared.ConcurrentEditException;
import com.kacrm.web.shared.CurrentUser;
import com.kacrm.web.shared.FormErrors;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The milestone playbook for admins: the eight milestones with their guidance, default
 * probability and checklist, and the screens to change them. Checklist items are retired,
 * never deleted. Access is limited to admins by the security configuration
 * ({@code /admin/**}).
 */
@Controller
class PlaybookController {

	private static final String MILESTONE_FORM = "milestoneForm";

	private static final String ITEM_FORM = "itemForm";

	private final PlaybookService playbook;

	PlaybookController(PlaybookService playbook) {
		this.playbook = playbook;
	}

	@GetMapping("/admin/milestones")
	String list(Model model) {
		model.addAttribute("milestones", this.playbook.milestones());
		return "playbook/milestones";
	}

	@GetMapping("/admin/milestones/{code}")
	String showEditForm(@PathVariable String code, Model model) {
		Milestone milestone = milestone(code);
		MilestoneRow row = this.playbook.milestone(milestone);
		model.addAttribute(MILESTONE_FORM, MilestoneForm.of(row));
		model.addAttribute(ITEM_FORM, new ChecklistItemForm());
		return editPage(row, model);
	}

	@PostMapping("/admin/milestones/{code}")
	String update(@PathVariable String code, @ModelAttribute(MILESTONE_FORM) MilestoneForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		Milestone milestone = milestone(code);
		if (!result.hasErrors()) {
			try {
				this.playbook.revise(milestone, form.toGuidance(), form.getVersion(), user.actor());
				redirect.addFlashAttribute("flashSuccess", "playbook.saved");
				return "redirect:/admin/milestones/" + milestone;
			}
			catch (ChangeRejected ex) {
				FormErrors.add(result, ex);
			}
			catch (ConcurrentEditException ex) {
				MilestoneRow current = this.playbook.milestone(milestone);
				showConflict(model, MILESTONE_FORM, MilestoneForm.of(current));
				model.addAttribute(ITEM_FORM, new ChecklistItemForm());
				return editPage(current, model);
			}
		}
		model.addAttribute(ITEM_FORM, new ChecklistItemForm());
		return editPage(this.playbook.milestone(milestone), model);
	}

	@PostMapping("/admin/milestones/{code}/items")
	String addItem(@PathVariable String code, @ModelAttribute(ITEM_FORM) ChecklistItemForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		Milestone milestone = milestone(code);
		if (!result.hasErrors()) {
			try {
				this.playbook.addItem(milestone, form.toContent(), user.actor());
				redirect.addFlashAttribute("flashSuccess", "playbook.item.added");
				return "redirect:/admin/milestones/" + milestone;
			}
			catch (ChangeRejected ex) {
				FormErrors.add(result, ex);
			}
		}
		MilestoneRow row = this.playbook.milestone(milestone);
		model.addAttribute(MILESTONE_FORM, MilestoneForm.of(row));
		return editPage(row, model);
	}

	@GetMapping("/admin/milestones/{code}/items/{id}")
	String showItemForm(@PathVariable String code, @PathVariable Long id, Model model) {
		Milestone milestone = milestone(code);
		MilestoneRow row = this.playbook.milestone(milestone);
		model.addAttribute(ITEM_FORM, ChecklistItemForm.of(item(row, id)));
		return itemPage(row, id, model);
	}

	@PostMapping("/admin/milestones/{code}/items/{id}")
	String updateItem(@PathVariable String code, @PathVariable Long id,
			@ModelAttribute(ITEM_FORM) ChecklistItemForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		Milestone milestone = milestone(code);
		if (!result.hasErrors()) {
			try {
				this.playbook.reviseItem(milestone, id, form.toContent(), form.getVersion(), user.actor());
				redirect.addFlashAttribute("flashSuccess", "playbook.item.saved");
				return "redirect:/admin/milestones/" + milestone;
			}
			catch (ChangeRejected ex) {
				FormErrors.add(result, ex);
			}
			catch (ConcurrentEditException ex) {
				MilestoneRow current = this.playbook.milestone(milestone);
				showConflict(model, ITEM_FORM, ChecklistItemForm.of(item(current, id)));
				return itemPage(current, id, model);
			}
		}
		return itemPage(this.playbook.milestone(milestone), id, model);
	}

	@PostMapping("/admin/milestones/{code}/items/{id}/retire")
	String retireItem(@PathVariable String code, @PathVariable Long id, @RequestParam long version,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		Milestone milestone = milestone(code);
		return command(milestone, redirect, "playbook.item.retired",
				() -> this.playbook.retireItem(milestone, id, version, user.actor()));
	}

	@PostMapping("/admin/milestones/{code}/items/{id}/reactivate")
	String reactivateItem(@PathVariable String code, @PathVariable Long id, @RequestParam long version,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		Milestone milestone = milestone(code);
		return command(milestone, redirect, "playbook.item.reactivated",
				() -> this.playbook.reactivateItem(milestone, id, version, user.actor()));
	}

	@PostMapping("/admin/milestones/{code}/items/{id}/move")
	String moveItem(@PathVariable String code, @PathVariable Long id, @RequestParam int direction,
			@RequestParam long version, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		Milestone milestone = milestone(code);
		return command(milestone, redirect, "playbook.item.moved",
				() -> this.playbook.moveItem(milestone, id, direction, version, user.actor()));
	}

	/**
	 * Runs a one-button change and goes back to the milestone, saying what happened; a
	 * stale page or a broken rule is reported instead.
	 */
	private String command(Milestone milestone, RedirectAttributes redirect, String success, Runnable change) {
		try {
			change.run();
			redirect.addFlashAttribute("flashSuccess", success);
		}
		catch (ConcurrentEditException ex) {
			redirect.addFlashAttribute("flashError", FormErrors.CONFLICT);
		}
		catch (ChangeRejected ex) {
			redirect.addFlashAttribute("flashError", ex.violations().get(0).messageKey());
		}
		return "redirect:/admin/milestones/" + milestone;
	}

	private String editPage(MilestoneRow row, Model model) {
		model.addAttribute("milestone", row);
		model.addAttribute("history", this.playbook.historyOf(row.milestone()));
		addChoices(model);
		return "playbook/milestone-form";
	}

	private String itemPage(MilestoneRow row, Long id, Model model) {
		model.addAttribute("milestone", row);
		model.addAttribute("item", item(row, id));
		addChoices(model);
		return "playbook/item-form";
	}

	private static void addChoices(Model model) {
		model.addAttribute("satisfactions", Satisfaction.values());
		model.addAttribute("rules", AutomaticRule.values());
	}

	/**
	 * Shows the record as it is now with the conflict message, keeping its new version so
	 * a second save can succeed.
	 */
	private static void showConflict(Model model, String name, Object current) {
		BindingResult fresh = new BeanPropertyBindingResult(current, name);
		FormErrors.addConflict(fresh);
		model.addAttribute(name, current);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + name, fresh);
	}

	private static ChecklistItemRow item(MilestoneRow row, Long id) {
		return row.items()
			.stream()
			.filter((item) -> item.id().equals(id))
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static Milestone milestone(String code) {
		return Arrays.stream(Milestone.values())
			.filter((m) -> m.name().equals(code.toUpperCase(Locale.ROOT)))
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
