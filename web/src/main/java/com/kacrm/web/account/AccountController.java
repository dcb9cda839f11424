package com.kacrm.web.account;

import com.kacrm.domain.history.HistorySubject;
import com.kacrm.persistence.account.AccountService;
import com.kacrm.persistence.account.AccountView;
import com.kacrm.persistence.history.HistoryService;
import com.kacrm.web.shared.CurrentUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * One account, read-only: its data, the lead it was converted from, its opportunities and
 * its history. Only the users who may see the account find it; everyone else gets 404.
 * The account file (建档) and the account list build on this page.
 */
@Controller
class AccountController {

	private final AccountService accounts;

	private final HistoryService history;

	AccountController(AccountService accounts, HistoryService history) {
		this.accounts = accounts;
		this.history = history;
	}

	@GetMapping("/accounts/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		AccountView account = this.accounts.show(id, user.viewer());
		model.addAttribute("account", account);
		model.addAttribute("history", this.history.latestOf(new HistorySubject(AccountService.ACCOUNT, id)));
		return "accounts/detail";
	}

}
