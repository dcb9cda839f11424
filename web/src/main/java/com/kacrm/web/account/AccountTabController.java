package com.kacrm.web.account;

import com.kacrm.persistence.account.AccountService;
import com.kacrm.persistence.history.HistoryRow;
import com.kacrm.web.shared.CurrentUser;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The account's history tab (动态管理: every change to the file, its contacts and its deals,
 * newest first, paged).
 */
@Controller
class AccountTabController {

	static final int HISTORY_PAGE_SIZE = 50;

	private final AccountService accounts;

	AccountTabController(AccountService accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/accounts/{id}/history")
	String history(@PathVariable long id, @RequestParam(defaultValue = "0") int page,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("header", this.accounts.header(id, user.viewer()));
		Page<HistoryRow> rows = this.accounts.history(id, PageRequest.of(Math.max(page, 0), HISTORY_PAGE_SIZE),
				user.viewer());
		model.addAttribute("page", rows);
		return "accounts/history";
	}

}
