package com.kacrm.web.reference;

import com.kacrm.domain.history.HistorySubject;
import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.persistence.history.HistoryService;
import com.kacrm.persistence.reference.LeadSourceRow;
import com.kacrm.persistence.reference.ReferenceDataAdminService;
import com.kacrm.persistence.reference.ReferenceDataNotFoundException;
import com.kacrm.persistence.shared.ConcurrentEditException;
import com.kacrm.web.shared.CurrentUser;
import com.kacrm.web.shared.FormErrors;
import jakarta.validation.Valid;

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
 * Admin maintenance of the two-level list of lead sources: the tree, creating a channel
 * or a source under a channel, editing with the source's history, deactivating and
 * activating. Admin-only by the security configuration ({@code /admin/**}).
 */
@Controller
@RequestMapping("/admin/lead-sources")
class LeadSourceAdminController {

	static final String FORM = "leadSourceForm";

	private final ReferenceDataAdminService referenceData;

	private final HistoryService history;

	LeadSourceAdminController(ReferenceDataAdminService referenceData, HistoryService history) {
		this.referenceData = referenceData;
		this.history = history;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("sources", this.referenceData.leadSourceTree());
		return "reference/lead-sources/list";
	}

	/**
	 * The create form; {@code parent} preselects the channel the new source goes under.
	 */
	@GetMapping("/new")
	String showCreateForm(@RequestParam(required = false) Long parent, Model model) {
		LeadSourceForm form = new LeadSourceForm();
		form.setParentId(parent);
		form.setSortOrder(this.referenceData.nextLeadSourceSortOrder(parent));
		model.addAttribute(FORM, form);
		return showForm(null, model);
	}

	@PostMapping
	String create(@Valid @ModelAttribute(FORM) LeadSourceForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return showForm(null, model);
		}
		try {
			long id = this.referenceData.createLeadSource(form.getCode(), form.getParentId(), form.toChange(),
					user.actor());
			redirect.addFlashAttribute("flashSuccess", "leadSource.created");
			return "redirect:/admin/lead-sources/" + id;
		}
		catch (ChangeRejected ex) {
			FormErrors.add(result, ex);
			return showForm(null, model);
		}
	}

	@GetMapping("/{id}")
	String showEditForm(@PathVariable long id, Model model) {
		LeadSourceRow source = leadSource(id);
		model.addAttribute(FORM, LeadSourceForm.of(source));
		return showForm(source, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute(FORM) LeadSourceForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		LeadSourceRow source = leadSource(id);
		if (result.hasErrors()) {
			return showForm(source, model);
		}
		try {
			this.referenceData.updateLeadSource(id, form.getVersion(), form.toChange(), user.actor());
			redirect.addFlashAttribute("flashSuccess", "leadSource.saved");
			return "redirect:/admin/lead-sources/" + id;
		}
		catch (ChangeRejected ex) {
			FormErrors.add(result, ex);
			return showForm(source, model);
		}
		catch (ConcurrentEditException ex) {
			form.load(source);
			FormErrors.addConflict(result);
			return showForm(source, model);
		}
	}

	@PostMapping("/{id}/deactivate")
	String deactivate(@PathVariable long id, @RequestParam long version, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		return setActive(id, version, false, user, redirect);
	}

	@PostMapping("/{id}/activate")
	String activate(@PathVariable long id, @RequestParam long version, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		return setActive(id, version, true, user, redirect);
	}

	private String setActive(long id, long version, boolean active, CurrentUser user, RedirectAttributes redirect) {
		try {
			this.referenceData.setLeadSourceActive(id, version, active, user.actor());
			redirect.addFlashAttribute("flashSuccess", active ? "leadSource.activated" : "leadSource.deactivated");
		}
		catch (ConcurrentEditException ex) {
			redirect.addFlashAttribute("flashError", FormErrors.CONFLICT);
		}
		catch (ChangeRejected ex) {
			redirect.addFlashAttribute("flashError", ex.violations().get(0).messageKey());
		}
		return "redirect:/admin/lead-sources/" + id;
	}

	private String showForm(LeadSourceRow source, Model model) {
		model.addAttribute("source", source);
		if (source == null) {
			model.addAttribute("channels", this.referenceData.activeChannels());
		}
		else {
			model.addAttribute("parent", (source.parentId() != null)
					? this.referenceData.findLeadSource(source.parentId()).orElse(null) : null);
			model.addAttribute("history",
					this.history.latestOf(new HistorySubject(ReferenceDataAdminService.LEAD_SOURCE, source.id())));
		}
		return "reference/lead-sources/form";
	}

	private LeadSourceRow leadSource(long id) {
		return this.referenceData.findLeadSource(id)
			.orElseThrow(() -> new ReferenceDataNotFoundException(ReferenceDataAdminService.LEAD_SOURCE, id));
	}

}
