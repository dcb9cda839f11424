package com.kacrm.web.api;

import java.net.URI;
import java.util.List;

import com.kacrm.domain.contact.ContactDetails;
import com.kacrm.domain.contact.ContactLevel;
import com.kacrm.domain.contact.RelationshipDepth;
import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.persistence.contact.ContactRow;
import com.kacrm.persistence.contact.ContactService;
import com.kacrm.persistence.contact.NewContact;
import com.kacrm.web.shared.CurrentUser;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The people of an account for other systems: the list (active people, or everyone with
 * {@code includeLeft}), one person, adding a person (optionally under a manager: a cycle
 * or a manager of another account is 422) and replacing what users write about them with
 * the version read (a stale version is 409). An account outside the caller's scope is
 * 404, as on the screens. Depth and manager of an existing person change through the
 * screens' commands, each with its history.
 */
@RestController
@RequestMapping("/api/v1/accounts/{accountId}/contacts")
class ContactApiController {

	private final ContactService contacts;

	ContactApiController(ContactService contacts) {
		this.contacts = contacts;
	}

	/** The account's people by level and name. */
	@GetMapping
	List<ContactResource> list(@PathVariable long accountId, @RequestParam(defaultValue = "false") boolean includeLeft,
			@AuthenticationPrincipal CurrentUser user) {
		return this.contacts.contactsOf(accountId, includeLeft, user.viewer())
			.stream()
			.map(ContactResource::of)
			.toList();
	}

	@GetMapping("/{contactId}")
	ContactResource show(@PathVariable long accountId, @PathVariable long contactId,
			@AuthenticationPrincipal CurrentUser user) {
		return ContactResource.of(this.contacts.show(accountId, contactId, user.viewer()));
	}

	/**
	 * Adds a person; 201 with the person. Without {@code relationshipDepth} the depth is
	 * 1 (不认识).
	 */
	@PostMapping
	ResponseEntity<ContactResource> add(@PathVariable long accountId, @RequestBody ContactRequest request,
			@AuthenticationPrincipal CurrentUser user) {
		long id = this.contacts.add(accountId, request.toNewContact(), user.viewer());
		return ResponseEntity.created(URI.create("/api/v1/accounts/" + accountId + "/contacts/" + id))
			.body(ContactResource.of(this.contacts.show(accountId, id, user.viewer())));
	}

	/**
	 * Replaces what users write about the person (name, title, department, phone, e-mail,
	 * level, interests, target depth); {@code version} is the one last read.
	 */
	@PutMapping("/{contactId}")
	ContactResource update(@PathVariable long accountId, @PathVariable long contactId,
			@RequestBody ContactRequest request, @AuthenticationPrincipal CurrentUser user) {
		if (request.version() == null) {
			throw ChangeRejected.of("version", "form.required");
		}
		this.contacts.update(accountId, contactId, request.version(), request.toDetails(), user.viewer());
		return ContactResource.of(this.contacts.show(accountId, contactId, user.viewer()));
	}

	/**
	 * A person as sent: {@code level} is IMAGE, DECISION, IMPLEMENTATION or USAGE; depths
	 * are 1–5; {@code relationshipDepth} and {@code reportsToId} count on adding only.
	 */
	record ContactRequest(String name, String title, String department, String phone, String email, ContactLevel level,
			String interests, Integer relationshipDepth, Integer targetDepth, Long reportsToId, Long version) {

		ContactDetails toDetails() {
			return new ContactDetails(this.name, this.title, this.department, this.phone, this.email, this.level,
					this.interests, this.targetDepth);
		}

		NewContact toNewContact() {
			return new NewContact(toDetails(),
					(this.relationshipDepth != null) ? this.relationshipDepth : RelationshipDepth.MIN,
					this.reportsToId);
		}

	}

	/** A person with the version to send back with a change. */
	record ContactResource(long id, long version, long accountId, String name, String title, String department,
			String phone, String email, ContactLevel level, String interests, int relationshipDepth,
			Integer targetDepth, boolean belowTarget, Long reportsToId, String reportsToName, boolean active) {

		static ContactResource of(ContactRow row) {
			return new ContactResource(row.id(), row.version(), row.accountId(), row.name(), row.title(),
					row.department(), row.phone(), row.email(), row.level(), row.interests(), row.relationshipDepth(),
					row.targetDepth(), row.belowTarget(), row.reportsToId(), row.reportsToName(), row.active());
		}

	}

}
