package com.kacrm.web.contact;

import java.time.Clock;
import java.util.List;
import java.util.stream.IntStream;

import com.kacrm.domain.contact.ContactLevel;
import com.kacrm.domain.contact.RelationshipDepth;
import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.persistence.account.AccountService;
import com.kacrm.persistence.contact.ContactRow;
import com.kacrm.persistence.contact.ContactService;
import com.kacrm.persistence.contact.ContactView;
import com.kacrm.persistence.contact.DepthChange;
import com.kacrm.persistence.shared.ConcurrentEditException;
import com.kacrm.persistence.shared.Viewer;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The contacts tab of an account (联系人): the people with their level, manager and
 * relationship depth against the target; adding and editing a person; a person's page
 * with the depth's trend, their history and the commands that have their own history
 * (change the depth, move under another manager, leave the customer). Who may see and
 * change an account's people is decided by the services: outside the viewer's scope every
 * page answers 404.
 */
@Controller
@RequestMapping("/accounts/{accountId}/contacts")
class ContactController {

	static final String FORM = "contactForm";

	static final String DEPTH_FORM = "depthForm";

	static final String MOVE_FORM = "moveForm";

	private static final List<Integer> DEPTHS = IntStream.rangeClosed(RelationshipDepth.MIN, RelationshipDepth.MAX)
		.boxed()
		.toList();

	private final ContactService contacts;

	private final AccountService accounts;

	private final Clock clock;

	ContactController(ContactService contacts, AccountService accounts, Clock clock) {
		this.contacts = contacts;
		this.accounts = accounts;
		this.clock = clock;
	}

	@GetMapping
	String list(@PathVariable long accountId, @RequestParam(defaultValue = "false") boolean left,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		Viewer viewer = user.viewer();
		model.addAttribute("header", this.accounts.header(accountId, viewer));
		model.addAttribute("contacts", this.contacts.contactsOf(accountId, left, viewer));
		model.addAttribute("includeLeft", left);
		return "contacts/list";
	}

	@GetMapping("/new")
	String showCreateForm(@PathVariable long accountId, @AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute(FORM, new ContactForm());
		return showForm(accountId, null, user, model);
	}

	@PostMapping
	String create(@PathVariable long accountId, @ModelAttribute(FORM) ContactForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return showForm(accountId, null, user, model);
		}
		try {
			long id = this.contacts.add(accountId, form.toNewContact(), user.viewer());
			FlashMessages.success(redirect, "contact.flash.added", form.getName().strip());
			return "redirect:/accounts/" + accountId + "/contacts/" + id;
		}
		catch (ChangeRejected ex) {
			FormErrors.add(result, ex);
			return showForm(accountId, null, user, model);
		}
	}

	@GetMapping("/{contactId}")
	String show(@PathVariable long accountId, @PathVariable long contactId, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		ContactView view = this.contacts.view(accountId, contactId, user.viewer());
		ContactRow contact = view.contact();
		model.addAttribute(DEPTH_FORM, DepthForm.of(contact.relationshipDepth(), contact.version()));
		model.addAttribute(MOVE_FORM, MoveForm.of(contact.reportsToId(), contact.version()));
		return detail(accountId, view, user, model);
	}

	@GetMapping("/{contactId}/edit")
	String showEditForm(@PathVariable long accountId, @PathVariable long contactId,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		ContactRow contact = this.contacts.show(accountId, contactId, user.viewer());
		model.addAttribute(FORM, ContactForm.of(contact));
		return showForm(accountId, contact, user, model);
	}

	@PostMapping("/{contactId}")
	String update(@PathVariable long accountId, @PathVariable long contactId, @ModelAttribute(FORM) ContactForm form,
			BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		ContactRow contact = this.contacts.show(accountId, contactId, user.viewer());
		if (result.hasErrors()) {
			return showForm(accountId, contact, user, model);
		}
		try {
			this.contacts.update(accountId, contactId, form.getVersion(), form.toDetails(), user.viewer());
			FlashMessages.success(redirect, "contact.flash.saved");
			return "redirect:/accounts/" + accountId + "/contacts/" + contactId;
		}
		catch (ChangeRejected ex) {
			FormErrors.add(result, ex);
			return showForm(accountId, contact, user, model);
		}
		catch (ConcurrentEditException ex) {
			ContactForm current = ContactForm.of(contact);
			model.addAttribute(FORM, current);
			BindingResult fresh = new BeanPropertyBindingResult(current, FORM);
			FormErrors.addConflict(fresh);
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + FORM, fresh);
			return showForm(accountId, contact, user, model);
		}
	}

	@PostMapping("/{contactId}/depth")
	String changeDepth(@PathVariable long accountId, @PathVariable long contactId,
			@ModelAttribute(DEPTH_FORM) DepthForm form, BindingResult result, @AuthenticationPrincipal CurrentUser user,
			Model model, RedirectAttributes redirect) {
		Viewer viewer = user.viewer();
		ContactView view = this.contacts.view(accountId, contactId, viewer);
		model.addAttribute(MOVE_FORM, MoveForm.of(view.contact().reportsToId(), view.contact().version()));
		if (result.hasErrors()) {
			return detail(accountId, view, user, model);
		}
		try {
			if (form.getRelationshipDepth() == null) {
				throw ChangeRejected.of("relationshipDepth", "form.required");
			}
			this.contacts.changeDepth(accountId, contactId, form.getVersion(), form.getRelationshipDepth(),
					form.getReason(), viewer);
			FlashMessages.success(redirect, "contact.flash.depthChanged");
			return "redirect:/accounts/" + accountId + "/contacts/" + contactId;
		}
		catch (ChangeRejected ex) {
			FormErrors.add(result, ex);
			return detail(accountId, view, user, model);
		}
		catch (ConcurrentEditException ex) {
			DepthForm current = DepthForm.of(view.contact().relationshipDepth(), view.contact().version());
			conflict(model, DEPTH_FORM, current);
			return detail(accountId, view, user, model);
		}
	}

	@PostMapping("/{contactId}/manager")
	String moveUnder(@PathVariable long accountId, @PathVariable long contactId,
			@ModelAttribute(MOVE_FORM) MoveForm form, BindingResult result, @AuthenticationPrincipal CurrentUser user,
			Model model, RedirectAttributes redirect) {
		Viewer viewer = user.viewer();
		ContactView view = this.contacts.view(accountId, contactId, viewer);
		model.addAttribute(DEPTH_FORM, DepthForm.of(view.contact().relationshipDepth(), view.contact().version()));
		if (result.hasErrors()) {
			return detail(accountId, view, user, model);
		}
		try {
			this.contacts.moveUnder(accountId, contactId, form.getVersion(), form.getReportsToId(), viewer);
			FlashMessages.success(redirect, "contact.flash.moved");
			return "redirect:/accounts/" + accountId + "/contacts/" + contactId;
		}
		catch (ChangeRejected ex) {
			FormErrors.add(result, ex);
			return detail(accountId, view, user, model);
		}
		catch (ConcurrentEditException ex) {
			conflict(model, MOVE_FORM, MoveForm.of(view.contact().reportsToId(), view.contact().version()));
			return detail(accountId, view, user, model);
		}
	}

	@PostMapping("/{contactId}/leave")
	String leave(@PathVariable long accountId, @PathVariable long contactId, @RequestParam long version,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		try {
			this.contacts.leave(accountId, contactId, version, user.viewer());
			FlashMessages.success(redirect, "contact.flash.left");
		}
		catch (ChangeRejected ex) {
			FlashMessages.error(redirect, ex);
		}
		catch (ConcurrentEditException ex) {
			FlashMessages.error(redirect, FormErrors.CONFLICT);
		}
		return "redirect:/accounts/" + accountId + "/contacts/" + contactId;
	}

	/**
	 * Shows {@code current} in place of what the user sent, with the conflict message.
	 */
	private static void conflict(Model model, String name, Object current) {
		model.addAttribute(name, current);
		BindingResult fresh = new BeanPropertyBindingResult(current, name);
		FormErrors.addConflict(fresh);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + name, fresh);
	}

	private String detail(long accountId, ContactView view, CurrentUser user, Model model) {
		Viewer viewer = user.viewer();
		ContactRow contact = view.contact();
		List<DepthChange> trend = this.contacts.depthHistoryOf(accountId, contact.id(), viewer);
		model.addAttribute("header", this.accounts.header(accountId, viewer));
		model.addAttribute("view", view);
		model.addAttribute("contact", contact);
		model.addAttribute("trend", trend);
		model.addAttribute("chart",
				trend.isEmpty() ? null : DepthChart.of(trend, contact.targetDepth(), this.clock.instant()));
		model.addAttribute("history", this.contacts.historyOf(accountId, contact.id(), viewer));
		model.addAttribute("managers", managers(accountId, contact.id(), viewer));
		model.addAttribute("depths", DEPTHS);
		return "contacts/detail";
	}

	private String showForm(long accountId, ContactRow contact, CurrentUser user, Model model) {
		Viewer viewer = user.viewer();
		model.addAttribute("header", this.accounts.header(accountId, viewer));
		model.addAttribute("contact", contact);
		model.addAttribute("levels", ContactLevel.values());
		model.addAttribute("depths", DEPTHS);
		if (contact == null) {
			model.addAttribute("managers", managers(accountId, null, viewer));
		}
		return "contacts/form";
	}

	/**
	 * The active people {@code contactId} may report to: everyone else of the account.
	 */
	private List<ContactRow> managers(long accountId, Long contactId, Viewer viewer) {
		return this.contacts.contactsOf(accountId, false, viewer)
			.stream()
			.filter((row) -> contactId == null || row.id() != contactId)
			.toList();
	}

}
