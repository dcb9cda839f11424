package com.kacrm.web.home;

import com.kacrm.persistence.swot.SwotService;
import com.kacrm.web.shared.CurrentUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The start page after login: who you are and where the work is — among it the accounts
 * whose SWOT is due (半年一扫描).
 */
@Controller
class HomeController {

	/** How many accounts due a SWOT the start page lists. */
	static final int SWOTS_DUE_SHOWN = 10;

	private final SwotService swots;

	HomeController(SwotService swots) {
		this.swots = swots;
	}

	@GetMapping("/")
	String show(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("swotsDue", this.swots.dueAccounts(user.viewer(), SWOTS_DUE_SHOWN));
		return "home";
	}

}
