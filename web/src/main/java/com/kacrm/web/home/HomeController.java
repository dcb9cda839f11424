package com.kacrm.web.home;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page after login: who you are and where the work is. */
@Controller
class HomeController {

	@GetMapping("/")
	String show() {
		return "home";
	}

}
