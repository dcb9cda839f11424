package com.kacrm.web.approval;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;

import com.kacrm.domain.approval.ApprovalConflict;
import com.kacrm.domain.approval.ApprovalRequest;
import com.kacrm.domain.buyingcentre.Attitude;
import com.kacrm.domain.buyingcentre.BuyingRole;
import com.kacrm.domain.buyingcentre.Support;
import com.kacrm.domain.opportunity.GateClosed;
import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.persistence.approval.ApprovalEditor;
import com.kacrm.persistence.approval.ApprovalService;
import com.kacrm.persistence.approval.ApprovalView;
import com.kacrm.persistence.opportunity.MilestoneService;
import com.kacrm.persistence.opportunity.OpportunityService;
import com.kacrm.persistence.shared.ConcurrentEditException;
import com.kacrm.persistence.shared.Viewer;
import com.kacrm.web.shared.CurrentUser;
import com.kacrm.web.shared.DisplayTime;
import com.kacrm.web.shared.FlashMessages;
import com.kacrm.web.shared.FormErrors;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The 项目立项申请表 screens (SPEC 6): the request form (prefilled from the deal, its account
 * and org chart), the request's page with its decision trail, what still stops its
 * submission and the steps the viewer may take, and the A4 print layout. Who may do what
 * is decided by {@link ApprovalService}: a request outside the viewer's scope answers
 * 404, a step the viewer may not take 403; a step the request's status no longer allows
 * (someone decided first) is shown as who did what and when.
 */
@Controller
@RequestMapping("/approvals")
class ApprovalController {

	private static final String FORM = "approvalForm";

	private static final String DECISION_FORM = "decisionForm";

	private static final String WITHDRAW_FORM = "withdrawForm";

	private final ApprovalService approvals;

	private final MilestoneService milestones;

	private final OpportunityService opportunities;

	private final DisplayTime displayTime;

	ApprovalController(ApprovalService approvals, MilestoneService milestones, OpportunityService opportunities,
			DisplayTime displayTime) {
		this.approvals = approvals;
		this.opportunities = opportunities;
		this.milestones = milestones;
		this.displayTime = displayTime;
	}

	@GetMapping("/new")
	String showCreateForm(@RequestParam("opportunity") long opportunityId, @AuthenticationPrincipal CurrentUser user,
			Model model, RedirectAttributes redirect) {
		Viewer viewer = user.viewer();
		ApprovalEditor editor = this.approvals.newRequest(opportunityId, viewer);
		Optional<ApprovalView> existing = this.approvals.ofOpportunity(opportunityId, viewer);
		if (existing.isPresent() && existing.get().status().isLive()) {
			FlashMessages.error(redirect, "approval.error.liveRequestExists");
			return "redirect:/approvals/" + existing.get().id();
		}
		model.addAttribute(FORM, ApprovalRequestForm.of(editor));
		return form(editor, viewer, model);
	}

	@PostMapping("/new")
	String create(@RequestParam("opportunity") long opportunityId, @ModelAttribute(FORM) ApprovalRequestForm form,
			BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		Viewer viewer = user.viewer();
		if (!result.hasErrors()) {
			try {
				long id = this.approvals.create(opportunityId, form.toForm(), viewer);
				FlashMessages.success(redirect, "approvalPage.created");
				return "redirect:/approvals/" + id;
			}
			catch (ChangeRejected ex) {
				FormErrors.add(result, ex);
			}
		}
		ApprovalEditor editor = this.approvals.newRequest(opportunityId, viewer);
		form.alignTo(editor);
		return form(editor, viewer, model);
	}

	@GetMapping("/{id}/edit")
	String showEditForm(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		ApprovalEditor editor = this.approvals.editor(id, user.viewer());
		model.addAttribute(FORM, ApprovalRequestForm.of(editor));
		return form(editor, user.viewer(), model);
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable long id, @ModelAttribute(FORM) ApprovalRequestForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		Viewer viewer = user.viewer();
		if (!result.hasErrors()) {
			try {
				this.approvals.edit(id, form.getVersion(), form.toForm(), viewer);
				FlashMessages.success(redirect, "approvalPage.saved");
				return "redirect:/approvals/" + id;
			}
			catch (ChangeRejected ex) {
				FormErrors.add(result, ex);
			}
			catch (ConcurrentEditException ex) {
				ApprovalEditor editor = this.approvals.editor(id, viewer);
				ApprovalRequestForm current = ApprovalRequestForm.of(editor);
				BindingResult fresh = new BeanPropertyBindingResult(current, FORM);
				FormErrors.addConflict(fresh);
				model.addAttribute(FORM, current);
				model.addAttribute(BindingResult.MODEL_KEY_PREFIX + FORM, fresh);
				return form(editor, viewer, model);
			}
		}
		ApprovalEditor editor = this.approvals.editor(id, viewer);
		form.alignTo(editor);
		return form(editor, viewer, model);
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		return detail(id, user, model);
	}

	@GetMapping("/{id}/print")
	String print(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("request", this.approvals.show(id, user.viewer()));
		return "approvals/print";
	}

	@PostMapping("/{id}/submit")
	String submit(@PathVariable long id, @ModelAttribute(DECISION_FORM) DecisionForm form,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		try {
			this.approvals.submit(id, form.versionOrNull(), user.viewer());
			FlashMessages.success(redirect, "approvalPage.submitted");
		}
		catch (GateClosed ex) {
			redirect.addFlashAttribute("refusal", ApprovalRefusal.of(ex));
		}
		catch (ChangeRejected ex) {
			redirect.addFlashAttribute("refusal", ApprovalRefusal.of(ex));
		}
		catch (ConcurrentEditException ex) {
			FlashMessages.error(redirect, FormErrors.CONFLICT);
		}
		return "redirect:/approvals/" + id;
	}

	@PostMapping("/{id}/approve")
	String approve(@PathVariable long id, @ModelAttribute(DECISION_FORM) DecisionForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		return decide(id, result, user, model, redirect, "approvalPage.approved",
				() -> this.approvals.approve(id, form.versionOrNull(), form.getComment(), user.viewer()));
	}

	@PostMapping("/{id}/reject")
	String reject(@PathVariable long id, @ModelAttribute(DECISION_FORM) DecisionForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		return decide(id, result, user, model, redirect, "approvalPage.rejected",
				() -> this.approvals.reject(id, form.versionOrNull(), form.getComment(), user.viewer()));
	}

	@PostMapping("/{id}/return")
	String returnForRevision(@PathVariable long id, @ModelAttribute(DECISION_FORM) DecisionForm form,
			BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		return decide(id, result, user, model, redirect, "approvalPage.returned",
				() -> this.approvals.returnForRevision(id, form.versionOrNull(), form.getComment(), user.viewer()));
	}

	/**
	 * A decision: done (flash {@code successKey}); refused by the gate (the missing
	 * items); refused for its comment or links (the page again, the error next to the
	 * field); or the request was submitted again since the page was read (read it first).
	 */
	private String decide(long id, BindingResult result, CurrentUser user, Model model, RedirectAttributes redirect,
			String successKey, Runnable decision) {
		try {
			decision.run();
			FlashMessages.success(redirect, successKey);
		}
		catch (GateClosed ex) {
			redirect.addFlashAttribute("refusal", ApprovalRefusal.of(ex));
		}
		catch (ChangeRejected ex) {
			FormErrors.add(result, ex);
			return detail(id, user, model);
		}
		catch (ConcurrentEditException ex) {
			FlashMessages.error(redirect, "approvalPage.changedSinceRead");
		}
		return "redirect:/approvals/" + id;
	}

	@PostMapping("/{id}/withdraw")
	String withdraw(@PathVariable long id, @ModelAttribute(WITHDRAW_FORM) DecisionForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		try {
			this.approvals.withdraw(id, form.getComment(), user.viewer());
			FlashMessages.success(redirect, "approvalPage.withdrawn");
			return "redirect:/approvals/" + id;
		}
		catch (ChangeRejected ex) {
			FormErrors.add(result, ex);
			return detail(id, user, model);
		}
	}

	/**
	 * Someone acted first (decided, withdrew or submitted the request): nothing was
	 * changed, and the page says who did what and when.
	 */
	@ExceptionHandler(ApprovalConflict.class)
	String conflict(ApprovalConflict ex, HttpServletRequest request) {
		FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
		flash.put("flashError", "approval.conflict." + ex.status());
		flash.put("flashErrorArgs", new Object[] { (ex.lastActorName() != null) ? ex.lastActorName() : "",
				this.displayTime.format(ex.lastActedAt()) });
		@SuppressWarnings("unchecked")
		Map<String, String> variables = (Map<String, String>) request
			.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		return (variables != null && variables.get("id") != null) ? "redirect:/approvals/" + variables.get("id")
				: "redirect:/approvals";
	}

	/**
	 * Steps the page does not offer the viewer (editing someone else's request, deciding
	 * one's own) answer 403 like every other step the viewer may not take.
	 */
	@ExceptionHandler({ ApprovalRequest.NotTheRequester.class, ApprovalRequest.OwnRequest.class })
	void notPermitted(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.FORBIDDEN.value());
	}

	private String detail(long id, CurrentUser user, Model model) {
		model.addAttribute("request", this.approvals.show(id, user.viewer()));
		if (!model.containsAttribute(DECISION_FORM)) {
			model.addAttribute(DECISION_FORM, new DecisionForm());
		}
		if (!model.containsAttribute(WITHDRAW_FORM)) {
			model.addAttribute(WITHDRAW_FORM, new DecisionForm());
		}
		return "approvals/detail";
	}

	private String form(ApprovalEditor editor, Viewer viewer, Model model) {
		model.addAttribute("editor", editor);
		model.addAttribute("deal", this.opportunities.show(editor.opportunityId(), viewer));
		model.addAttribute("screen", this.milestones.screen(editor.opportunityId(), viewer));
		model.addAttribute("roles", BuyingRole.values());
		model.addAttribute("attitudes", Attitude.values());
		model.addAttribute("supports", Support.values());
		return "approvals/form";
	}

}
