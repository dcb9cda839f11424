package com.kacrm.web.opportunity;

import java.util.List;

import com.kacrm.domain.opportunity.GateClosed;
import com.kacrm.domain.playbook.Milestone;
import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.persistence.activity.ActivityService;
import com.kacrm.persistence.approval.ApprovalService;
import com.kacrm.persistence.assessment.AssessmentService;
import com.kacrm.persistence.buyingcentre.BuyingCentreNotFoundException;
import com.kacrm.persistence.buyingcentre.BuyingCentreService;
import com.kacrm.persistence.competitor.CompetitorService;
import com.kacrm.persistence.history.HistoryRow;
import com.kacrm.persistence.opportunity.MilestoneScreen;
import com.kacrm.persistence.opportunity.MilestoneService;
import com.kacrm.persistence.opportunity.MoveResult;
import com.kacrm.persistence.opportunity.OpportunityChoiceService;
import com.kacrm.persistence.opportunity.OpportunityService;
import com.kacrm.persistence.opportunity.OpportunityView;
import com.kacrm.persistence.shared.ConcurrentEditException;
import com.kacrm.persistence.shared.NotPermittedException;
import com.kacrm.persistence.shared.Viewer;
import com.kacrm.web.shared.CurrentUser;
import com.kacrm.web.shared.FlashMessages;
import com.kacrm.web.shared.FormErrors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A deal's page (SPEC 5): the overview with its key fields, the days in each milestone,
 * the milestone screen (guidance, checklist with ticks, what blocks the move, the gated
 * move forward and back), buying-centre coverage and competitors, and the deal's own
 * actions (edit, probability, status, owner); the history tab; opening a deal. Which
 * deals a user sees and may change is decided by the services: a deal outside the user's
 * scope answers 404, a manager's action asked for by someone else 403.
 */
@Controller
@RequestMapping("/opportunities")
class OpportunityController {

	static final int HISTORY_PAGE_SIZE = 50;

	private static final String DEAL_FORM = "dealForm";

	private static final String MOVE_FORM = "moveForm";

	private static final String BACK_FORM = "backForm";

	private static final String TICK_FORM = "tickForm";

	private static final String PROBABILITY_FORM = "probabilityForm";

	private static final String STATUS_FORM = "statusForm";

	private static final String OWNER_FORM = "ownerForm";

	private final OpportunityService opportunities;

	private final MilestoneService milestones;

	private final OpportunityChoiceService choices;

	private final ActivityService activities;

	private final BuyingCentreService buyingCentres;

	private final CompetitorService competitors;

	private final AssessmentService assessments;

	private final ApprovalService approvals;

	OpportunityController(OpportunityService opportunities, MilestoneService milestones,
			OpportunityChoiceService choices, ActivityService activities, BuyingCentreService buyingCentres,
			CompetitorService competitors, AssessmentService assessments, ApprovalService approvals) {
		this.assessments = assessments;
		this.approvals = approvals;
		this.opportunities = opportunities;
		this.milestones = milestones;
		this.choices = choices;
		this.activities = activities;
		this.buyingCentres = buyingCentres;
		this.competitors = competitors;
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		return overview(id, user, model);
	}

	/**
	 * THE move endpoint of the deal page and the board: a refused move (closed gate,
	 * broken rule, conflict) changes nothing and is shown as a {@link MoveRejection}.
	 */
	@PostMapping("/{id}/milestone")
	String move(@PathVariable long id, @ModelAttribute(MOVE_FORM) MilestoneMoveForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		Viewer viewer = user.viewer();
		OpportunityView deal = this.opportunities.show(id, viewer);
		Milestone target = result.hasFieldErrors("target") ? null : form.getTarget();
		Long version = result.hasFieldErrors("version") ? null : form.getVersion();
		MoveRejection rejection;
		try {
			if (version == null) {
				throw new ConcurrentEditException("A move from a screen names the version it was based on");
			}
			MoveResult moved = this.milestones.move(id, version, target, form.getReason(), form.isOverride(), viewer);
			FlashMessages.success(redirect, "opportunityPage.moved", deal.name(), moved.to().position());
			return form.isFromBoard() ? "redirect:" + form.boardAddress() : "redirect:/opportunities/" + id;
		}
		catch (GateClosed ex) {
			rejection = MoveRejection.of(id, deal.name(), target, ex);
		}
		catch (ChangeRejected ex) {
			rejection = MoveRejection.of(id, deal.name(), deal.milestone(), target, ex);
		}
		catch (ConcurrentEditException ex) {
			rejection = new MoveRejection(id, deal.name(), deal.milestone(), target, List.of(),
					List.of(new MoveRejection.Problem(FormErrors.CONFLICT, new Object[0])));
		}
		if (form.isFromBoard()) {
			redirect.addFlashAttribute("moveRejection", rejection);
			return "redirect:" + form.boardAddress();
		}
		model.addAttribute("moveRejection", rejection);
		if (target != null && deal.milestone().isAfter(target)) {
			model.addAttribute(BACK_FORM, form);
			model.addAttribute(MOVE_FORM, new MilestoneMoveForm());
		}
		return overview(id, user, model);
	}

	@PostMapping("/{id}/checklist/{itemId}/tick")
	String tick(@PathVariable long id, @PathVariable long itemId, @ModelAttribute(TICK_FORM) TickForm form,
			BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.milestones.tick(id, itemId, form.getEvidenceNote(), form.getActivityId(), user.viewer());
				FlashMessages.success(redirect, "opportunityPage.ticked");
				return "redirect:/opportunities/" + id;
			}
			catch (ChangeRejected ex) {
				if (ex.violations().stream().anyMatch((violation) -> "itemId".equals(violation.field()))) {
					// The item is ticked already, automatic, or no longer of the deal's
					// milestone: it
					// has no tick form on the page to show the message next to.
					FlashMessages.error(redirect, ex);
					return "redirect:/opportunities/" + id;
				}
				FormErrors.add(result, ex);
			}
		}
		model.addAttribute("tickItemId", itemId);
		return overview(id, user, model);
	}

	@PostMapping("/{id}/checklist/{itemId}/untick")
	String untick(@PathVariable long id, @PathVariable long itemId, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		try {
			this.milestones.untick(id, itemId, user.viewer());
			FlashMessages.success(redirect, "opportunityPage.unticked");
		}
		catch (ChangeRejected ex) {
			FlashMessages.error(redirect, ex);
		}
		return "redirect:/opportunities/" + id;
	}

	@PostMapping("/{id}/probability")
	String changeProbability(@PathVariable long id, @ModelAttribute(PROBABILITY_FORM) ProbabilityForm form,
			BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		if (!form.isBackToDefault() && result.hasErrors()) {
			return overview(id, user, model);
		}
		try {
			this.opportunities.changeProbability(id, form.getVersion(),
					form.isBackToDefault() ? null : form.getProbability(), form.getProbabilityReason(),
					form.isBackToDefault(), user.viewer());
			FlashMessages.success(redirect, "opportunityPage.probability.saved");
			return "redirect:/opportunities/" + id;
		}
		catch (ChangeRejected ex) {
			FormErrors.add(result, ex);
		}
		catch (ConcurrentEditException ex) {
			conflict(model, PROBABILITY_FORM, ProbabilityForm.of(this.opportunities.show(id, user.viewer())));
		}
		return overview(id, user, model);
	}

	@PostMapping("/{id}/status")
	String changeStatus(@PathVariable long id, @ModelAttribute(STATUS_FORM) StatusForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		Viewer viewer = user.viewer();
		if ("lost".equals(form.getAction())
				&& (result.hasFieldErrors("lossReason") || result.hasFieldErrors("lostToCompetitorId"))) {
			return overview(id, user, model);
		}
		try {
			switch ((form.getAction() != null) ? form.getAction() : "") {
				case "lost" -> this.opportunities.markLost(id, form.getVersion(), form.getLossReason(),
						form.getLostToCompetitorId(), form.getReason(), viewer);
				case "hold" -> this.opportunities.putOnHold(id, form.getVersion(), form.getReason(), viewer);
				case "reopen" -> this.opportunities.reopen(id, form.getVersion(), form.getReason(), viewer);
				default -> throw ChangeRejected.of("action", "opportunityPage.status.chooseAction");
			}
			FlashMessages.success(redirect, "opportunityPage.status.saved." + form.getAction());
			return "redirect:/opportunities/" + id;
		}
		catch (ChangeRejected ex) {
			FormErrors.add(result, ex);
		}
		catch (ConcurrentEditException ex) {
			conflict(model, STATUS_FORM, new StatusForm());
		}
		return overview(id, user, model);
	}

	@PostMapping("/{id}/owner")
	String assignOwner(@PathVariable long id, @ModelAttribute(OWNER_FORM) OwnerForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		if (!this.opportunities.show(id, user.viewer()).mayManage()) {
			throw new NotPermittedException("Not permitted to give opportunity " + id + " another owner");
		}
		if (!result.hasErrors()) {
			try {
				this.opportunities.assignOwner(id, form.getVersion(), form.getOwnerId(), user.viewer());
				FlashMessages.success(redirect, "opportunityPage.owner.saved");
				return "redirect:/opportunities/" + id;
			}
			catch (ChangeRejected ex) {
				FormErrors.add(result, ex);
			}
			catch (ConcurrentEditException ex) {
				OwnerForm current = new OwnerForm();
				current.setOwnerId(this.opportunities.show(id, user.viewer()).ownerId());
				conflict(model, OWNER_FORM, current);
			}
		}
		return overview(id, user, model);
	}

	@GetMapping("/{id}/edit")
	String showEditForm(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		OpportunityView deal = this.opportunities.show(id, user.viewer());
		model.addAttribute(DEAL_FORM, DealForm.of(deal));
		return editForm(deal, user, model);
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable long id, @ModelAttribute(DEAL_FORM) DealForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		Viewer viewer = user.viewer();
		if (!result.hasErrors()) {
			try {
				this.opportunities.update(id, form.getVersion(), form.toDetails(), viewer);
				FlashMessages.success(redirect, "opportunityPage.saved");
				return "redirect:/opportunities/" + id;
			}
			catch (ChangeRejected ex) {
				FormErrors.add(result, ex);
			}
			catch (ConcurrentEditException ex) {
				conflict(model, DEAL_FORM, DealForm.of(this.opportunities.show(id, viewer)));
			}
		}
		return editForm(this.opportunities.show(id, viewer), user, model);
	}

	/**
	 * The edit form; while the deal is locked for approval its amount and expected date
	 * are read-only for everyone but admins, who may pass the lock (recorded).
	 */
	private String editForm(OpportunityView deal, CurrentUser user, Model model) {
		model.addAttribute("deal", deal);
		model.addAttribute("lockKeyFields", deal.keyFieldsLocked());
		return "opportunities/edit";
	}

	@GetMapping("/new")
	String showCreateForm(@RequestParam(required = false) Long accountId, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		DealForm form = new DealForm();
		form.setAccountId(accountId);
		model.addAttribute(DEAL_FORM, form);
		return createForm(user, model);
	}

	@PostMapping
	String create(@ModelAttribute(DEAL_FORM) DealForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		if (form.getAccountId() == null && !result.hasFieldErrors("accountId")) {
			result.rejectValue("accountId", "form.required");
		}
		if (result.hasErrors()) {
			return createForm(user, model);
		}
		try {
			long id = this.opportunities.create(form.getAccountId(), form.toDetails(), user.viewer());
			FlashMessages.success(redirect, "opportunityPage.created", form.toDetails().name());
			return "redirect:/opportunities/" + id;
		}
		catch (ChangeRejected ex) {
			FormErrors.add(result, ex);
			return createForm(user, model);
		}
	}

	@GetMapping("/{id}/history")
	String history(@PathVariable long id, @RequestParam(defaultValue = "0") int page,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		Viewer viewer = user.viewer();
		model.addAttribute("deal", this.opportunities.show(id, viewer));
		model.addAttribute("moves", this.opportunities.moves(id, viewer));
		Page<HistoryRow> rows = this.opportunities.history(id, viewer,
				PageRequest.of(Math.max(page, 0), HISTORY_PAGE_SIZE));
		model.addAttribute("page", rows);
		return "opportunities/history";
	}

	private String createForm(CurrentUser user, Model model) {
		model.addAttribute("accounts", this.choices.accounts(user.viewer()));
		return "opportunities/form";
	}

	/**
	 * The overview tab with the milestone screen; forms already in the model are kept.
	 */
	private String overview(long id, CurrentUser user, Model model) {
		Viewer viewer = user.viewer();
		OpportunityView deal = this.opportunities.show(id, viewer);
		MilestoneScreen screen = this.milestones.screen(id, viewer);
		model.addAttribute("deal", deal);
		model.addAttribute("screen", screen);
		model.addAttribute("activities", this.activities.activitiesOf(id, viewer));
		model.addAttribute("assessment", this.assessments.latest(id, viewer));
		model.addAttribute("competitors", this.competitors.competitorsIn(id, viewer));
		model.addAttribute("competitorChoices", this.competitors.choices());
		model.addAttribute("approval", this.approvals.ofOpportunity(id, viewer).orElse(null));
		model.addAttribute("mayFileApproval", this.approvals.mayFile(id, viewer));
		try {
			model.addAttribute("coverageView", this.buyingCentres.coverage(id, viewer));
		}
		catch (BuyingCentreNotFoundException ex) {
			// The viewer sees the deal (they own it) but not its account's people.
			model.addAttribute("coverageView", null);
		}
		model.addAttribute("owners", deal.mayManage() ? this.choices.owners(id, viewer) : List.of());
		if (!model.containsAttribute(MOVE_FORM)) {
			MilestoneMoveForm move = new MilestoneMoveForm();
			move.setTarget(screen.next());
			model.addAttribute(MOVE_FORM, move);
		}
		addIfMissing(model, BACK_FORM, new MilestoneMoveForm());
		addIfMissing(model, TICK_FORM, new TickForm());
		addIfMissing(model, PROBABILITY_FORM, ProbabilityForm.of(deal));
		addIfMissing(model, STATUS_FORM, new StatusForm());
		OwnerForm owner = new OwnerForm();
		owner.setOwnerId(deal.ownerId());
		addIfMissing(model, OWNER_FORM, owner);
		return "opportunities/detail";
	}

	private static void addIfMissing(Model model, String name, Object form) {
		if (!model.containsAttribute(name)) {
			model.addAttribute(name, form);
		}
	}

	/**
	 * Shows {@code current} (the values as they are now) in place of the user's form,
	 * with the conflict message; the page's version fields carry the current version.
	 */
	private static void conflict(Model model, String name, Object current) {
		BindingResult fresh = new BeanPropertyBindingResult(current, name);
		FormErrors.addConflict(fresh);
		model.addAttribute(name, current);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + name, fresh);
	}

}
