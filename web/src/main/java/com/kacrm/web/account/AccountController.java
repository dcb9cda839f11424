package com.kacrm.web.account;

import java.util.List;

import com.kacrm.domain.account.DecisionMode;
import com.kacrm.domain.account.Lifecycle;
import com.kacrm.domain.account.RelationshipStage;
import com.kacrm.domain.organisation.Role;
import com.kacrm.domain.reference.Tier;
import com.kacrm.domain.reference.TierAssessment;
import com.kacrm.domain.reference.TierCheck;
import com.kacrm.domain.reference.TierProfile;
import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.domain.valuation.PortfolioClass;
import com.kacrm.persistence.account.AccountDuplicateSuspectedException;
import com.kacrm.persistence.account.AccountListService;
import com.kacrm.persistence.account.AccountRow;
import com.kacrm.persistence.account.AccountService;
import com.kacrm.persistence.account.AccountView;
import com.kacrm.persistence.shared.ConcurrentEditException;
import com.kacrm.persistence.shared.UnsupportedSortException;
import com.kacrm.persistence.tiering.TieringService;
import com.kacrm.web.shared.CurrentUser;
import com.kacrm.web.shared.FlashMessages;
import com.kacrm.web.shared.FormErrors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The account files (大客户建档) on screen: the list with its filters, search, sort and paging
 * kept in the URL; creating an account with the duplicate check (查重); the profile tab
 * with every field of the file and its classification; editing the file. Which accounts a
 * user sees and may change is decided by the services: an account outside the user's
 * scope answers 404.
 */
@Controller
@RequestMapping("/accounts")
class AccountController {

	static final int PAGE_SIZE = 50;

	static final String FORM = "accountForm";

	/** How many of the latest changes the profile tab shows; the history tab has all. */
	static final int RECENT_CHANGES = 10;

	private final AccountService accounts;

	private final AccountListService list;

	private final TieringService tiering;

	AccountController(AccountService accounts, AccountListService list, TieringService tiering) {
		this.accounts = accounts;
		this.list = list;
		this.tiering = tiering;
	}

	@GetMapping
	String list(@ModelAttribute("params") AccountListParams params,
			@PageableDefault(size = PAGE_SIZE, sort = "name") Pageable pageable,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		Page<AccountRow> page;
		Pageable effective = pageable;
		try {
			page = this.list.list(params.toFilter(), pageable, user.viewer());
		}
		catch (UnsupportedSortException ex) {
			effective = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("name"));
			page = this.list.list(params.toFilter(), effective, user.viewer());
		}
		model.addAttribute("page", page);
		model.addAttribute("links", new AccountListLinks(params, effective.getSort(), effective.getPageSize()));
		model.addAttribute("choices", this.list.choices(user.viewer()));
		addEnums(model);
		return "accounts/list";
	}

	@GetMapping("/new")
	String showCreateForm(@AuthenticationPrincipal CurrentUser user, Model model) {
		AccountForm form = AccountForm.blank();
		form.setTeamCode(user.getTeamCode());
		model.addAttribute(FORM, form);
		return createForm(user, model);
	}

	@PostMapping
	String create(@ModelAttribute(FORM) AccountForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return createForm(user, model);
		}
		try {
			long id = this.accounts.create(form.toDraft(), form.getTeamCode(), form.getOwnerUsername(), user.viewer(),
					form.isDuplicatesConfirmed());
			FlashMessages.success(redirect, "account.created");
			return "redirect:/accounts/" + id;
		}
		catch (ChangeRejected ex) {
			FormErrors.add(result, ex);
			return createForm(user, model);
		}
		catch (AccountDuplicateSuspectedException ex) {
			model.addAttribute("duplicates", ex.matches());
			return createForm(user, model);
		}
	}

	private String createForm(CurrentUser user, Model model) {
		model.addAttribute("choices", this.list.choices(user.viewer()));
		model.addAttribute("choosesTeam", user.getRole() != Role.REP);
		addEnums(model);
		return "accounts/form";
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("header", this.accounts.header(id, user.viewer()));
		AccountView account = this.accounts.show(id, user.viewer());
		model.addAttribute("account", account);
		model.addAttribute("tierReason", tierReason(account));
		model.addAttribute("history",
				this.accounts.history(id, PageRequest.of(0, RECENT_CHANGES), user.viewer()).getContent());
		return "accounts/detail";
	}

	/**
	 * Why the criteria give the account its tier (the thresholds it meets); null when the
	 * tier was set by hand or the criteria now give another one (re-tiering pending).
	 */
	private List<TierCheck> tierReason(AccountView account) {
		if (account.tier() == null || account.tierSetByHand()) {
			return null;
		}
		TierAssessment assessment = this.tiering
			.propose(new TierProfile(account.industryRank(), account.annualRevenue(), account.annualPurchase()));
		return (assessment.tier() == account.tier()) ? assessment.reasonFor(null) : null;
	}

	@GetMapping("/{id}/edit")
	String showEditForm(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		AccountView account = this.accounts.show(id, user.viewer());
		model.addAttribute(FORM, AccountForm.of(account));
		return editForm(id, user, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @ModelAttribute(FORM) AccountForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return editForm(id, user, model);
		}
		try {
			this.accounts.update(id, form.getVersion(), form.toDraft(), user.viewer(), form.isDuplicatesConfirmed());
			FlashMessages.success(redirect, "account.saved");
			return "redirect:/accounts/" + id;
		}
		catch (ChangeRejected ex) {
			FormErrors.add(result, ex);
			return editForm(id, user, model);
		}
		catch (AccountDuplicateSuspectedException ex) {
			model.addAttribute("duplicates", ex.matches());
			return editForm(id, user, model);
		}
		catch (ConcurrentEditException ex) {
			AccountForm current = AccountForm.of(this.accounts.show(id, user.viewer()));
			model.addAttribute(FORM, current);
			BindingResult fresh = new BeanPropertyBindingResult(current, FORM);
			FormErrors.addConflict(fresh);
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + FORM, fresh);
			return editForm(id, user, model);
		}
	}

	private String editForm(long id, CurrentUser user, Model model) {
		model.addAttribute("header", this.accounts.header(id, user.viewer()));
		model.addAttribute("choices", this.list.choicesFor(id, user.viewer()));
		addEnums(model);
		return "accounts/edit";
	}

	private static void addEnums(Model model) {
		model.addAttribute("tiers", Tier.values());
		model.addAttribute("portfolioClasses", PortfolioClass.values());
		model.addAttribute("relationshipStages", RelationshipStage.values());
		model.addAttribute("lifecycles", Lifecycle.values());
		model.addAttribute("decisionModes", DecisionMode.values());
	}

}
