package com.kacrm.web.reference;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.kacrm.domain.history.HistorySubject;
import com.kacrm.domain.reference.StrategyClass;
import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.persistence.history.HistoryService;
import com.kacrm.persistence.reference.IndustryRow;
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
 * Admin maintenance of industries: the list by strategy class, creating, editing with the
 * industry's history, deactivating and activating. Admin-only by the security
 * configuration ({@code /admin/**}).
 */
@Controller
@RequestMapping("/admin/industries")
class IndustryAdminController {

	static final String FORM = "industryForm";

	private final ReferenceDataAdminService referenceData;

	private final HistoryService history;

	IndustryAdminController(ReferenceDataAdminService referenceData, HistoryService history) {
		this.referenceData = referenceData;
		this.history = history;
	}

	@GetMapping
	String list(Model model) {
		List<IndustryRow> industries = this.referenceData.industriesByClass();
		Map<StrategyClass, List<IndustryRow>> groups = new LinkedHashMap<>();
		for (StrategyClass strategyClass : StrategyClass.values()) {
			groups.put(strategyClass,
					industries.stream().filter((row) -> row.strategyClass() == strategyClass).toList());
		}
		model.addAttribute("groups", groups);
		return "reference/industries/list";
	}

	@GetMapping("/new")
	String showCreateForm(Model model) {
		IndustryForm form = new IndustryForm();
		form.setSortOrder(nextSortOrder());
		model.addAttribute(FORM, form);
		return showForm(null, model);
	}

	@PostMapping
	String create(@Valid @ModelAttribute(FORM) IndustryForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return showForm(null, model);
		}
		try {
			long id = this.referenceData.createIndustry(form.getCode(), form.toChange(), user.actor());
			redirect.addFlashAttribute("flashSuccess", "industry.created");
			return "redirect:/admin/industries/" + id;
		}
		catch (ChangeRejected ex) {
			FormErrors.add(result, ex);
			return showForm(null, model);
		}
	}

	@GetMapping("/{id}")
	String showEditForm(@PathVariable long id, Model model) {
		IndustryRow industry = industry(id);
		model.addAttribute(FORM, IndustryForm.of(industry));
		return showForm(industry, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute(FORM) IndustryForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		IndustryRow industry = industry(id);
		if (result.hasErrors()) {
			return showForm(industry, model);
		}
		try {
			this.referenceData.updateIndustry(id, form.getVersion(), form.toChange(), user.actor());
			redirect.addFlashAttribute("flashSuccess", "industry.saved");
			return "redirect:/admin/industries/" + id;
		}
		catch (ChangeRejected ex) {
			FormErrors.add(result, ex);
			return showForm(industry, model);
		}
		catch (ConcurrentEditException ex) {
			form.load(industry);
			FormErrors.addConflict(result);
			return showForm(industry, model);
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
			this.referenceData.setIndustryActive(id, version, active, user.actor());
			redirect.addFlashAttribute("flashSuccess", active ? "industry.activated" : "industry.deactivated");
		}
		catch (ConcurrentEditException ex) {
			redirect.addFlashAttribute("flashError", FormErrors.CONFLICT);
		}
		return "redirect:/admin/industries/" + id;
	}

	private String showForm(IndustryRow industry, Model model) {
		model.addAttribute("industry", industry);
		model.addAttribute("strategyClasses", StrategyClass.values());
		if (industry != null) {
			model.addAttribute("history",
					this.history.latestOf(new HistorySubject(ReferenceDataAdminService.INDUSTRY, industry.id())));
		}
		return "reference/industries/form";
	}

	private IndustryRow industry(long id) {
		return this.referenceData.findIndustry(id)
			.orElseThrow(() -> new ReferenceDataNotFoundException(ReferenceDataAdminService.INDUSTRY, id));
	}

	private int nextSortOrder() {
		return this.referenceData.industriesByClass().stream().mapToInt(IndustryRow::sortOrder).max().orElse(0) + 10;
	}

}
