package com.kacrm.web.pool;

import java.util.List;

import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.persistence.pool.PoolRuleService;
import com.kacrm.persistence.shared.ConcurrentEditException;
import com.kacrm.web.shared.CurrentUser;
import com.kacrm.web.shared.FormErrors;

import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public-pool rules screen: the rule of every tier in one table, saved together, and
 * their history. Admins only ({@code /admin/**}).
 */
@Controller
@RequestMapping("/admin/pool-rules")
class PoolRulesController {

	private static final int HISTORY_SIZE = 50;

	/** The editable columns, in the table's order (also the form property names). */
	static final List<String> FIELDS = List.of("contactDays", "progressDays", "warningDays", "holdingCap",
			"cooldownDays");

	private final PoolRuleService poolRules;

	PoolRulesController(PoolRuleService poolRules) {
		this.poolRules = poolRules;
	}

	@GetMapping
	String show(Model model) {
		model.addAttribute("poolRulesForm", PoolRulesForm.of(this.poolRules.rules()));
		return page(model);
	}

	@PostMapping
	String update(@ModelAttribute("poolRulesForm") PoolRulesForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		form.complete();
		if (result.hasErrors()) {
			return page(model);
		}
		try {
			this.poolRules.update(form.toEdits(), user.actor());
		}
		catch (ChangeRejected ex) {
			FormErrors.add(result, ex);
			return page(model);
		}
		catch (ConcurrentEditException | ObjectOptimisticLockingFailureException ex) {
			form.fill(this.poolRules.rules());
			FormErrors.addConflict(result);
			return page(model);
		}
		redirect.addFlashAttribute("flashSuccess", "poolRules.saved");
		return "redirect:/admin/pool-rules";
	}

	private String page(Model model) {
		model.addAttribute("fields", FIELDS);
		model.addAttribute("history", this.poolRules.history(PageRequest.of(0, HISTORY_SIZE)).getContent());
		return "admin/pool-rules";
	}

}
