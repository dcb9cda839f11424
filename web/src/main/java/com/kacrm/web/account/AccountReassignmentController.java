package com.kacrm.web.account;

import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.persistence.account.AccountHeader;
import com.kacrm.persistence.account.AccountListService;
import com.kacrm.persistence.account.AccountService;
import com.kacrm.persistence.account.AccountView;
import com.kacrm.persistence.shared.ConcurrentEditException;
import com.kacrm.persistence.shared.NotPermittedException;
import com.kacrm.web.shared.CurrentUser;
import com.kacrm.web.shared.FlashMessages;
import com.kacrm.web.shared.FormErrors;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Giving an account to another team or owner: the account team's manager or an admin
 * decides it (SPEC 1); everyone else who sees the account gets 403, everyone else 404.
 */
@Controller
class AccountReassignmentController {

	static final String FORM = "reassignForm";

	private final AccountService accounts;

	private final AccountListService list;

	AccountReassignmentController(AccountService accounts, AccountListService list) {
		this.accounts = accounts;
		this.list = list;
	}

	@GetMapping("/accounts/{id}/reassign")
	String showReassignForm(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		AccountView account = reassignable(id, user);
		ReassignForm form = new ReassignForm();
		form.setTeamCode(account.teamCode());
		form.setOwnerUsername(account.ownerUsername());
		form.setVersion(account.version());
		model.addAttribute(FORM, form);
		return reassignForm(id, user, model);
	}

	@PostMapping("/accounts/{id}/reassign")
	String reassign(@PathVariable long id, @ModelAttribute(FORM) ReassignForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		reassignable(id, user);
		if (result.hasErrors()) {
			return reassignForm(id, user, model);
		}
		try {
			this.accounts.reassign(id, form.getVersion(), form.getTeamCode(), form.getOwnerUsername(), user.viewer());
			FlashMessages.success(redirect, "account.reassigned");
			return "redirect:/accounts/" + id;
		}
		catch (ChangeRejected ex) {
			FormErrors.add(result, ex);
			return reassignForm(id, user, model);
		}
		catch (ConcurrentEditException ex) {
			AccountView current = this.accounts.show(id, user.viewer());
			ReassignForm fresh = new ReassignForm();
			fresh.setTeamCode(current.teamCode());
			fresh.setOwnerUsername(current.ownerUsername());
			fresh.setVersion(current.version());
			model.addAttribute(FORM, fresh);
			BindingResult conflict = new BeanPropertyBindingResult(fresh, FORM);
			FormErrors.addConflict(conflict);
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + FORM, conflict);
			return reassignForm(id, user, model);
		}
	}

	/**
	 * The account, when the user may reassign it.
	 * @throws NotPermittedException when they see it but may not reassign it
	 */
	private AccountView reassignable(long id, CurrentUser user) {
		AccountView account = this.accounts.show(id, user.viewer());
		if (!account.canReassign()) {
			throw new NotPermittedException("Not permitted to reassign account " + id);
		}
		return account;
	}

	private String reassignForm(long id, CurrentUser user, Model model) {
		AccountHeader header = this.accounts.header(id, user.viewer());
		model.addAttribute("header", header);
		model.addAttribute("choices", this.list.reassignmentChoices(user.viewer()));
		return "accounts/reassign";
	}

}
