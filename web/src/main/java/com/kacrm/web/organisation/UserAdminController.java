package com.kacrm.web.organisation;

import com.kacrm.domain.history.HistorySubject;
import com.kacrm.domain.organisation.Role;
import com.kacrm.domain.organisation.User;
import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.persistence.history.HistoryService;
import com.kacrm.persistence.organisation.OrganisationAdminService;
import com.kacrm.persistence.organisation.PasswordHasher;
import com.kacrm.persistence.organisation.UserFilter;
import com.kacrm.persistence.organisation.UserRow;
import com.kacrm.persistence.shared.ConcurrentEditException;
import com.kacrm.web.shared.CurrentUser;
import com.kacrm.web.shared.FormErrors;
import jakarta.validation.Valid;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Users: the filtered list, creating a user with an initial password, editing profile,
 * role and team, disabling and enabling, resetting the password. Disabling, a reset and a
 * new role or team end the user's open sessions. Admins only ({@code /admin/**}).
 */
@Controller
class UserAdminController {

	private static final int PAGE_SIZE = 20;

	private final OrganisationAdminService organisation;

	private final HistoryService history;

	private final PasswordHasher hasher;

	UserAdminController(OrganisationAdminService organisation, HistoryService history,
			PasswordEncoder passwordEncoder) {
		this.organisation = organisation;
		this.history = history;
		this.hasher = passwordEncoder::encode;
	}

	@GetMapping("/admin/users")
	String list(@RequestParam(required = false) Role role, @RequestParam(required = false) String team,
			@RequestParam(required = false) Boolean enabled, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") int page, Model model) {
		UserFilter filter = new UserFilter(role, team, enabled, q);
		Page<UserRow> users = this.organisation.users(filter, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
		model.addAttribute("users", users);
		model.addAttribute("filter", filter);
		model.addAttribute("roles", Role.values());
		model.addAttribute("teams", this.organisation.teams());
		return "organisation/users";
	}

	@GetMapping("/admin/users/new")
	String showCreateForm(Model model) {
		model.addAttribute("userForm", new UserForm());
		return formPage(null, model);
	}

	@PostMapping("/admin/users")
	String create(@Valid @ModelAttribute("userForm") UserForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return formPage(null, model);
		}
		try {
			Long id = this.organisation.createUser(form.toDraft(), form.getPassword(), this.hasher, user.actor());
			redirect.addFlashAttribute("flashSuccess", "user.flash.created");
			return "redirect:/admin/users/" + id;
		}
		catch (ChangeRejected ex) {
			FormErrors.add(result, ex);
			return formPage(null, model);
		}
		finally {
			form.setPassword(null);
		}
	}

	@GetMapping("/admin/users/{id}")
	String showEditForm(@PathVariable Long id, Model model) {
		UserRow target = this.organisation.user(id);
		model.addAttribute("userForm", UserForm.of(target));
		return formPage(target, model);
	}

	@PostMapping("/admin/users/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute("userForm") UserForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		UserRow target = this.organisation.user(id);
		form.setUsername(target.username());
		if (result.hasErrors()) {
			return formPage(target, model);
		}
		try {
			this.organisation.updateUser(id, form.toChange(), form.getVersion(), user.actor());
			redirect.addFlashAttribute("flashSuccess", "user.flash.saved");
			return "redirect:/admin/users/" + id;
		}
		catch (ChangeRejected ex) {
			FormErrors.add(result, ex);
		}
		catch (ConcurrentEditException ex) {
			FormErrors.addConflict(result);
			form.refresh(target);
		}
		return formPage(target, model);
	}

	@PostMapping("/admin/users/{id}/disable")
	String disable(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		try {
			this.organisation.disableUser(id, user.actor());
			redirect.addFlashAttribute("flashSuccess", "user.flash.disabled");
		}
		catch (ChangeRejected ex) {
			redirect.addFlashAttribute("flashError", ex.violations().get(0).messageKey());
		}
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/admin/users/{id}/enable")
	String enable(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		this.organisation.enableUser(id, user.actor());
		redirect.addFlashAttribute("flashSuccess", "user.flash.enabled");
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/admin/users/{id}/password")
	String resetPassword(@PathVariable Long id, @ModelAttribute("passwordForm") PasswordResetForm form,
			BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		UserRow target = this.organisation.user(id);
		try {
			if (!form.confirmed()) {
				result.rejectValue("passwordConfirmation", "user.password.mismatch");
			}
			else {
				this.organisation.resetPassword(id, form.getPassword(), this.hasher, user.actor());
				redirect.addFlashAttribute("flashSuccess", "user.flash.passwordReset");
				return "redirect:/admin/users/" + id;
			}
		}
		catch (ChangeRejected ex) {
			FormErrors.add(result, ex);
		}
		finally {
			form.setPassword(null);
			form.setPasswordConfirmation(null);
		}
		model.addAttribute("userForm", UserForm.of(target));
		return formPage(target, model);
	}

	/** The user form, for a new user when {@code target} is null. */
	private String formPage(UserRow target, Model model) {
		model.addAttribute("target", target);
		model.addAttribute("roles", Role.values());
		model.addAttribute("teams", this.organisation.teams());
		model.addAttribute("locales", User.SUPPORTED_LOCALES);
		if (target != null) {
			if (!model.containsAttribute("passwordForm")) {
				model.addAttribute("passwordForm", new PasswordResetForm());
			}
			model.addAttribute("history",
					this.history.latestOf(new HistorySubject(OrganisationAdminService.USER, target.id())));
		}
		return "organisation/user-form";
	}

}
