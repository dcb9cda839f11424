package com.kacrm.web.login;

import com.kacrm.web.shared.DemoMode;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The login page. Spring Security processes the form's POST; this only renders the page,
 * with the demo logins when the demo data is loaded.
 */
@Controller
class LoginController {

	private final DemoMode demoMode;

	LoginController(DemoMode demoMode) {
		this.demoMode = demoMode;
	}

	@GetMapping("/login")
	String show(Model model) {
		model.addAttribute("demo", this.demoMode);
		return "login";
	}

}
