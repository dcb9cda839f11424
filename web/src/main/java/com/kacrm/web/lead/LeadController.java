package com.kacrm.web.lead;

import com.kacrm.domain.activity.ActivityType;
import com.kacrm.domain.history.HistorySubject;
import com.kacrm.domain.lead.LeadStatus;
import com.kacrm.domain.organisation.Role;
import com.kacrm.domain.reference.Tier;
import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.persistence.activity.ActivityService;
import com.kacrm.persistence.history.HistoryService;
import com.kacrm.persistence.lead.DuplicateSuspectedException;
import com.kacrm.persistence.lead.LeadPoolService;
import com.kacrm.persistence.lead.LeadQueue;
import com.kacrm.persistence.lead.LeadRow;
import com.kacrm.persistence.lead.LeadService;
import com.kacrm.persistence.lead.LeadSheetService;
import com.kacrm.persistence.lead.LeadView;
import com.kacrm.persistence.lead.RegisteredLead;
import com.kacrm.persistence.shared.ConcurrentEditException;
import com.kacrm.persistence.shared.UnsupportedSortException;
import com.kacrm.web.shared.CurrentUser;
import com.kacrm.web.shared.FlashMessages;
import com.kacrm.web.shared.FormErrors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
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
 * The lead sheet JTF001 (潜在客户线索汇总表) on screen: the sheet with its views, filters, sort
 * and paging kept in the URL; registering a lead with the duplicate check (查重) before
 * saving; a lead's page with its history and what the user may do with it (edit, class by
 * hand, assign, log a call with its outcome, discard) and the calls logged on it. Which
 * leads a user sees and may change is decided by the services.
 */
@Controller
@RequestMapping("/leads")
class LeadController {

	static final int PAGE_SIZE = 50;

	static final String FORM = "leadForm";

	private final LeadService leads;

	private final LeadSheetService sheet;

	private final HistoryService history;

	private final LeadPoolService pool;

	private final ActivityService activities;

	LeadController(LeadService leads, LeadSheetService sheet, HistoryService history, LeadPoolService pool,
			ActivityService activities) {
		this.activities = activities;
		this.leads = leads;
		this.sheet = sheet;
		this.history = history;
		this.pool = pool;
	}

	@GetMapping
	String list(@ModelAttribute("params") LeadSheetParams params,
			@PageableDefault(size = PAGE_SIZE, sort = "registeredAt",
					direction = org.springframework.data.domain.Sort.Direction.DESC) Pageable pageable,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		Page<LeadRow> page;
		Pageable effective = pageable;
		try {
			page = this.sheet.sheet(params.toFilter(), pageable, user.viewer());
		}
		catch (UnsupportedSortException ex) {
			effective = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize());
			page = this.sheet.sheet(params.toFilter(), effective, user.viewer());
		}
		model.addAttribute("page", page);
		model.addAttribute("links", new LeadSheetLinks(params, effective.getSort(), effective.getPageSize()));
		model.addAttribute("queues", LeadQueue.values());
		model.addAttribute("currentQueue", (params.getQueue() != null) ? params.getQueue() : LeadQueue.SHEET);
		model.addAttribute("columns", LeadSheetColumn.values());
		model.addAttribute("statuses", LeadStatus.values());
		addChoices(model);
		return "leads/list";
	}

	@GetMapping("/new")
	String showCreateForm(@AuthenticationPrincipal CurrentUser user, Model model) {
		LeadForm form = new LeadForm();
		form.setRegionCode(this.sheet.homeRegion(user.viewer()).orElse(null));
		model.addAttribute(FORM, form);
		return showCreateForm(form, user, model);
	}

	@PostMapping
	String create(@ModelAttribute(FORM) LeadForm form, BindingResult result, @AuthenticationPrincipal CurrentUser user,
			Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return showCreateForm(form, user, model);
		}
		try {
			RegisteredLead lead = this.leads.register(form.toNewLead(), user.viewer(), form.isDuplicatesConfirmed());
			FlashMessages.success(redirect, "lead.registered", lead.number());
			return "redirect:/leads/" + lead.id();
		}
		catch (ChangeRejected ex) {
			FormErrors.add(result, ex);
			return showCreateForm(form, user, model);
		}
		catch (DuplicateSuspectedException ex) {
			model.addAttribute("duplicates", ex.matches());
			return showCreateForm(form, user, model);
		}
	}

	private String showCreateForm(LeadForm form, CurrentUser user, Model model) {
		addChoices(model);
		model.addAttribute("tiers", Tier.values());
		if (user.getRole() != Role.REP && form.getRegionCode() != null) {
			model.addAttribute("owners", this.sheet.assignableOwners(form.getRegionCode(), user.viewer()));
		}
		return "leads/form";
	}

	/**
	 * The duplicate check while typing (htmx): the matches for {@code name}, as the
	 * partial the form shows; without htmx, the same partial alone.
	 */
	@GetMapping("/duplicates")
	String duplicates(@RequestParam(defaultValue = "") String customerName, @RequestParam(required = false) Long except,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("duplicates", this.sheet.duplicatesOf(customerName, except, user.viewer()));
		return "leads/partials/duplicates :: duplicates";
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		LeadView lead = this.sheet.show(id, user.viewer());
		model.addAttribute("lead", lead);
		model.addAttribute("poolStatus", this.pool.status(id, user.viewer()));
		model.addAttribute("tiers", Tier.values());
		if (lead.can().assign()) {
			model.addAttribute("owners", this.sheet.assignableOwners(id, user.viewer()));
		}
		model.addAttribute("history", this.history.latestOf(new HistorySubject(LeadService.LEAD, id)));
		model.addAttribute("calls", this.activities.activitiesOfLead(id));
		model.addAttribute("callTypes", LeadService.CALL_TYPES);
		return "leads/detail";
	}

	@GetMapping("/{id}/edit")
	String showEditForm(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		LeadView lead = editable(id, user);
		model.addAttribute(FORM, LeadForm.of(lead));
		return showEditForm(lead, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @ModelAttribute(FORM) LeadForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		LeadView lead = editable(id, user);
		if (result.hasErrors()) {
			return showEditForm(lead, model);
		}
		try {
			this.leads.update(id, form.getVersion(), form.toDraft(), user.viewer());
			FlashMessages.success(redirect, "lead.saved");
			return "redirect:/leads/" + id;
		}
		catch (ChangeRejected ex) {
			FormErrors.add(result, ex);
			return showEditForm(lead, model);
		}
		catch (ConcurrentEditException ex) {
			LeadForm current = LeadForm.of(lead);
			model.addAttribute(FORM, current);
			BindingResult fresh = new org.springframework.validation.BeanPropertyBindingResult(current, FORM);
			FormErrors.addConflict(fresh);
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + FORM, fresh);
			return showEditForm(lead, model);
		}
	}

	private LeadView editable(long id, CurrentUser user) {
		LeadView lead = this.sheet.show(id, user.viewer());
		if (!lead.can().edit()) {
			throw new com.kacrm.persistence.shared.NotPermittedException("Lead " + id + " is not editable");
		}
		return lead;
	}

	private String showEditForm(LeadView lead, Model model) {
		model.addAttribute("lead", lead);
		addChoices(model);
		return "leads/edit";
	}

	@PostMapping("/{id}/class")
	String classify(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) Tier tier,
			@RequestParam(required = false) String reason, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		return command(id, redirect, "lead.classSaved",
				() -> this.leads.classify(id, version, tier, reason, user.viewer()));
	}

	@PostMapping("/{id}/assign")
	String assign(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) String owner,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		return command(id, redirect, "lead.assigned", () -> this.leads.assign(id, version, owner, user.viewer()));
	}

	/**
	 * Logs a call or visit with the lead's customer: its type (a phone invitation unless
	 * chosen) and its outcome, which is required.
	 */
	@PostMapping("/{id}/contact")
	String recordContact(@PathVariable long id, @RequestParam long version,
			@RequestParam(required = false) ActivityType type, @RequestParam(required = false) String note,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		try {
			this.leads.recordContact(id, version, type, note, user.viewer());
			FlashMessages.success(redirect, "lead.contactRecorded");
		}
		catch (ChangeRejected ex) {
			boolean noOutcome = ex.violations().stream().anyMatch((v) -> "note".equals(v.field()));
			if (noOutcome) {
				FlashMessages.error(redirect, "lead.contact.error.note");
			}
			else {
				FlashMessages.error(redirect, ex);
			}
		}
		catch (ConcurrentEditException ex) {
			FlashMessages.error(redirect, FormErrors.CONFLICT);
		}
		return "redirect:/leads/" + id;
	}

	@PostMapping("/{id}/discard")
	String discard(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) String reason,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		return command(id, redirect, "lead.discarded", () -> this.leads.discard(id, version, reason, user.viewer()));
	}

	/** Runs a command from the lead's page and returns to it with the outcome. */
	private String command(long id, RedirectAttributes redirect, String success, Runnable command) {
		try {
			command.run();
			FlashMessages.success(redirect, success);
		}
		catch (ChangeRejected ex) {
			FlashMessages.error(redirect, ex);
		}
		catch (ConcurrentEditException ex) {
			FlashMessages.error(redirect, FormErrors.CONFLICT);
		}
		return "redirect:/leads/" + id;
	}

	private void addChoices(Model model) {
		model.addAttribute("choices", this.sheet.choices());
		model.addAttribute("tiers", Tier.values());
	}

}
