package com.kacrm.web.activity;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.kacrm.domain.activity.ActivityPurpose;
import com.kacrm.domain.activity.ActivityStatus;
import com.kacrm.domain.activity.ActivityType;
import com.kacrm.domain.buyingcentre.BuyingRole;
import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.persistence.account.AccountFilter;
import com.kacrm.persistence.account.AccountListService;
import com.kacrm.persistence.account.AccountRow;
import com.kacrm.persistence.activity.ActivityRow;
import com.kacrm.persistence.activity.ActivitySaved;
import com.kacrm.persistence.activity.ActivityService;
import com.kacrm.persistence.history.HistoryService;
import com.kacrm.domain.history.HistorySubject;
import com.kacrm.persistence.opportunity.OpportunityService;
import com.kacrm.persistence.shared.ConcurrentEditException;
import com.kacrm.web.shared.CurrentUser;
import com.kacrm.web.shared.DisplayTime;
import com.kacrm.web.shared.FlashMessages;
import com.kacrm.web.shared.FormErrors;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The visit screens (客户交往活动): the quick log {@code /visits/new} (log a call or visit that
 * took place, plan a visit, or record a phone invitation with the manual's three steps),
 * one activity's page, and completing, editing and cancelling it and taking its next
 * step. The quick log is the rep's most frequent action: few required fields, defaults
 * for the rest, one column on a phone. Records outside the viewer's scope answer 404 (the
 * services throw a RecordNotFoundException).
 */
@Controller
class VisitController {

	/** How many accounts the quick log's account search offers. */
	static final int ACCOUNT_RESULTS = 8;

	private final ActivityService activities;

	private final OpportunityService opportunities;

	private final AccountListService accounts;

	private final HistoryService history;

	private final DisplayTime displayTime;

	VisitController(ActivityService activities, OpportunityService opportunities, AccountListService accounts,
			HistoryService history, DisplayTime displayTime) {
		this.activities = activities;
		this.opportunities = opportunities;
		this.accounts = accounts;
		this.history = history;
		this.displayTime = displayTime;
	}

	@GetMapping("/visits/new")
	String start(@RequestParam(required = false) Long account, @RequestParam(required = false) Long opportunity,
			@RequestParam(required = false) Long follows, @RequestParam(defaultValue = "LOG") VisitMode mode,
			@RequestParam(required = false) String q, @RequestParam(name = "return", required = false) String back,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		VisitForm form = VisitForm.start(mode, now());
		String origin = null;
		if (follows != null) {
			ActivityRow previous = this.activities.show(follows, user.viewer());
			form.setFollowsId(follows);
			account = previous.accountId();
			opportunity = (opportunity != null) ? opportunity : previous.opportunityId();
			origin = "/agenda";
		}
		if (opportunity != null) {
			long dealAccount = this.opportunities.show(opportunity, user.viewer()).accountId();
			form.setOpportunityId(opportunity);
			origin = (origin != null) ? origin : "/opportunities/" + opportunity + "/activities";
			account = dealAccount;
		}
		if (account != null) {
			form.setAccountId(account);
			origin = (origin != null) ? origin : "/accounts/" + account + "/visits";
		}
		String explicit = localPath(back);
		form.setReturnTo((explicit != null) ? explicit : origin);
		model.addAttribute("q", q);
		return formPage(form, user, model);
	}

	@PostMapping("/visits/new")
	String save(@ModelAttribute("visitForm") VisitForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		if (form.getAccountId() == null) {
			result.rejectValue("accountId", "form.required", "form.required");
		}
		if (result.hasErrors()) {
			return formPage(form, user, model);
		}
		ActivitySaved saved;
		try {
			saved = (form.getMode() == VisitMode.PLAN) ? this.activities.plan(form.activity(zone()), user.viewer())
					: this.activities.record(form.activity(zone()), user.viewer());
		}
		catch (ChangeRejected ex) {
			FormErrors.add(result, ex);
			return formPage(form, user, model);
		}
		if (saved.plannedVisitId() != null) {
			plannedVisit(redirect, saved, "visit.flash.invitationPlanned");
		}
		else if (form.getMode() == VisitMode.PLAN) {
			FlashMessages.success(redirect, "visit.flash.planned", this.displayTime.format(activityTime(saved, user)));
		}
		else {
			FlashMessages.success(redirect, "visit.flash.logged");
		}
		String back = localPath(form.getReturnTo());
		return "redirect:" + ((back != null) ? back : "/visits/" + saved.id());
	}

	/**
	 * The quick log's account search: the viewer's accounts whose name contains
	 * {@code q}, as links that open the form on the account (an htmx fragment).
	 */
	@GetMapping("/visits/accounts")
	String accountResults(@RequestParam(required = false) String q, @RequestParam(defaultValue = "LOG") VisitMode mode,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("accountResults", search(q, user));
		model.addAttribute("q", q);
		model.addAttribute("mode", mode);
		return "visits/partials/account-results :: results";
	}

	@GetMapping("/visits/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		ActivityRow activity = this.activities.show(id, user.viewer());
		model.addAttribute("activity", activity);
		model.addAttribute("plannedVisits",
				(activity.type() == ActivityType.PHONE_INVITATION && activity.accountId() != null)
						? this.activities.activitiesAt(activity.accountId(), user.viewer())
							.stream()
							.filter((other) -> Long.valueOf(id).equals(other.sourceActivityId()))
							.toList()
						: List.of());
		model.addAttribute("history", this.history.latestOf(new HistorySubject(ActivityService.ACTIVITY, id)));
		return "visits/detail";
	}

	@GetMapping("/visits/{id}/complete")
	String completeForm(@PathVariable long id, @RequestParam(name = "return", required = false) String back,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		ActivityRow activity = this.activities.show(id, user.viewer());
		if (!activity.isPlanned()) {
			FlashMessages.error(redirect, "activity.error.notPlanned");
			return "redirect:/visits/" + id;
		}
		CompletionForm form = CompletionForm.of(activity, zone(), now());
		form.setReturnTo(localPath(back));
		model.addAttribute("completionForm", form);
		return completePage(activity, user, model);
	}

	@PostMapping("/visits/{id}/complete")
	String complete(@PathVariable long id, @ModelAttribute("completionForm") CompletionForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		ActivityRow activity = this.activities.show(id, user.viewer());
		if (result.hasErrors()) {
			return completePage(activity, user, model);
		}
		ActivitySaved saved;
		try {
			saved = this.activities.complete(id, form.getVersion(), form.completion(activity.type(), zone()),
					user.viewer());
		}
		catch (ChangeRejected ex) {
			FormErrors.add(result, ex);
			return completePage(activity, user, model);
		}
		catch (ConcurrentEditException ex) {
			ActivityRow current = this.activities.show(id, user.viewer());
			if (!current.isPlanned()) {
				FlashMessages.error(redirect, FormErrors.CONFLICT);
				return "redirect:/visits/" + id;
			}
			form.setVersion(current.version());
			FormErrors.addConflict(result);
			return completePage(current, user, model);
		}
		if (saved.plannedVisitId() != null) {
			plannedVisit(redirect, saved, "visit.flash.completedAndPlanned");
		}
		else {
			FlashMessages.success(redirect, "visit.flash.completed");
		}
		String back = localPath(form.getReturnTo());
		return "redirect:" + ((back != null) ? back : "/visits/" + id);
	}

	@GetMapping("/visits/{id}/edit")
	String editForm(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model,
			RedirectAttributes redirect) {
		ActivityRow activity = this.activities.show(id, user.viewer());
		if (activity.status() == ActivityStatus.CANCELLED || activity.accountId() == null) {
			FlashMessages.error(redirect, "activity.error.cancelled");
			return "redirect:/visits/" + id;
		}
		model.addAttribute("visitForm", VisitForm.of(activity, zone()));
		return editPage(activity, user, model);
	}

	@PostMapping("/visits/{id}/edit")
	String edit(@PathVariable long id, @ModelAttribute("visitForm") VisitForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		ActivityRow activity = this.activities.show(id, user.viewer());
		form.setMode(VisitForm.of(activity, zone()).getMode());
		form.setAccountId(activity.accountId());
		form.setOpportunityId(activity.opportunityId());
		if (result.hasErrors()) {
			return editPage(activity, user, model);
		}
		try {
			this.activities.revise(id, form.getVersion(), form.edit(zone()), user.viewer());
		}
		catch (ChangeRejected ex) {
			FormErrors.add(result, ex);
			return editPage(activity, user, model);
		}
		catch (ConcurrentEditException ex) {
			ActivityRow current = this.activities.show(id, user.viewer());
			VisitForm fresh = VisitForm.of(current, zone());
			BindingResult conflict = new BeanPropertyBindingResult(fresh, "visitForm");
			FormErrors.addConflict(conflict);
			model.addAttribute("visitForm", fresh);
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "visitForm", conflict);
			return editPage(current, user, model);
		}
		FlashMessages.success(redirect, "visit.flash.revised");
		return "redirect:/visits/" + id;
	}

	@PostMapping("/visits/{id}/cancel")
	String cancel(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) String reason,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		try {
			this.activities.cancel(id, version, reason, user.viewer());
			FlashMessages.success(redirect, "visit.flash.cancelled");
		}
		catch (ChangeRejected ex) {
			FlashMessages.error(redirect, ex);
		}
		catch (ConcurrentEditException ex) {
			FlashMessages.error(redirect, FormErrors.CONFLICT);
		}
		return "redirect:/visits/" + id;
	}

	/**
	 * The activity's next step was taken. Also used by the agenda: {@code return} sends
	 * the user back to a local page.
	 */
	@PostMapping("/visits/{id}/next-step/done")
	String nextStepDone(@PathVariable long id, @RequestParam(required = false) Long version,
			@RequestParam(name = "return", required = false) String back, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		try {
			this.activities.closeNextStep(id, version, user.viewer());
			FlashMessages.success(redirect, "visit.flash.nextStepDone");
		}
		catch (ChangeRejected ex) {
			FlashMessages.error(redirect, ex);
		}
		catch (ConcurrentEditException ex) {
			FlashMessages.error(redirect, FormErrors.CONFLICT);
		}
		String local = localPath(back);
		return "redirect:" + ((local != null) ? local : "/visits/" + id);
	}

	private String formPage(VisitForm form, CurrentUser user, Model model) {
		model.addAttribute("visitForm", form);
		if (form.getAccountId() != null) {
			model.addAttribute("choices", this.activities.choicesFor(form.getAccountId(), user.viewer()));
		}
		else {
			Object q = model.getAttribute("q");
			model.addAttribute("accountResults", search((q instanceof String text) ? text : null, user));
		}
		model.addAttribute("mode", form.getMode());
		model.addAttribute("modeLinks", modeLinks(form));
		model.addAttribute("moreOpen", form.hasOptionalValues()
				|| (model.getAttribute(BindingResult.MODEL_KEY_PREFIX + "visitForm") instanceof BindingResult result
						&& result.hasErrors()));
		return choicesPage(model, "visits/new");
	}

	private String completePage(ActivityRow activity, CurrentUser user, Model model) {
		model.addAttribute("activity", activity);
		model.addAttribute("choices", this.activities.choicesFor(activity.accountId(), user.viewer()));
		model.addAttribute("phone", activity.type() == ActivityType.PHONE_INVITATION);
		return choicesPage(model, "visits/complete");
	}

	private String editPage(ActivityRow activity, CurrentUser user, Model model) {
		model.addAttribute("activity", activity);
		model.addAttribute("choices", this.activities.choicesFor(activity.accountId(), user.viewer()));
		model.addAttribute("mode", VisitForm.of(activity, zone()).getMode());
		return choicesPage(model, "visits/edit");
	}

	private static String choicesPage(Model model, String view) {
		model.addAttribute("visitTypes",
				List.of(ActivityType.values())
					.stream()
					.filter((type) -> type != ActivityType.PHONE_INVITATION)
					.toList());
		model.addAttribute("purposes", ActivityPurpose.values());
		model.addAttribute("roles", BuyingRole.values());
		return view;
	}

	private List<AccountRow> search(String q, CurrentUser user) {
		if (q == null || q.isBlank()) {
			return List.of();
		}
		return this.accounts
			.list(new AccountFilter(q.strip(), null, null, null, null, null, null, null),
					PageRequest.of(0, ACCOUNT_RESULTS, Sort.by("name")), user.viewer())
			.getContent();
	}

	/** The quick log in each mode, on the same account, deal and follow-up. */
	private static Map<VisitMode, String> modeLinks(VisitForm form) {
		Map<VisitMode, String> links = new EnumMap<>(VisitMode.class);
		for (VisitMode mode : VisitMode.values()) {
			UriComponentsBuilder link = UriComponentsBuilder.fromPath("/visits/new").queryParam("mode", mode);
			if (form.getOpportunityId() != null) {
				link.queryParam("opportunity", form.getOpportunityId());
			}
			else if (form.getAccountId() != null) {
				link.queryParam("account", form.getAccountId());
			}
			if (form.getFollowsId() != null) {
				link.queryParam("follows", form.getFollowsId());
			}
			if (form.getReturnTo() != null) {
				link.queryParam("return", form.getReturnTo());
			}
			links.put(mode, link.encode().build().toUriString());
		}
		return links;
	}

	private void plannedVisit(RedirectAttributes redirect, ActivitySaved saved, String messageKey) {
		FlashMessages.success(redirect, messageKey, this.displayTime.format(saved.plannedVisitAt()));
		redirect.addFlashAttribute("flashLink", "/visits/" + saved.plannedVisitId());
		redirect.addFlashAttribute("flashLinkText", "visit.flash.openPlannedVisit");
	}

	private Instant activityTime(ActivitySaved saved, CurrentUser user) {
		return this.activities.show(saved.id(), user.viewer()).occurredAt();
	}

	private LocalDateTime now() {
		return LocalDateTime.now(zone());
	}

	private ZoneId zone() {
		return this.displayTime.zone();
	}

	/** {@code path} when it is a path of this application, else null. */
	static String localPath(String path) {
		if (path == null || !path.startsWith("/") || path.startsWith("//") || path.contains("\\") || path.contains("\r")
				|| path.contains("\n")) {
			return null;
		}
		return path;
	}

}
