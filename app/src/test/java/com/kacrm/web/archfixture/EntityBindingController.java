package com.kacrm.web.archfixture;

import com.kacrm.domain.organisation.User;

import org.springframework.stereotype.Controller;

/**
 * Breaks a rule on purpose: a controller that binds an entity (mass assignment). It has
 * no request mapping, so the application never routes to it.
 */
@Controller
public class EntityBindingController {

	public String update(User user) {
		return "users/form";
	}

}
