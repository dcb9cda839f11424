package com.kacrm.domain.approval;

import java.util.List;

import com.kacrm.domain.playbook.ChecklistItem;
import com.kacrm.domain.shared.Violation;

/**
 * What keeps a 立项 request from being submitted now: the deal's status or milestone
 * ({@code blockKey}, a message key: the deal is not open, or still at milestone 1), the
 * mandatory items of milestone 2 not done on the deal, and the fields of the form still
 * missing or wrong. {@link ApprovalRequest#submit} refuses on any of them; the request's
 * page lists them all before the rep tries.
 */
public record SubmissionCheck(String blockKey, List<ChecklistItem> unmetItems, List<Violation> formViolations) {

	public SubmissionCheck {
		unmetItems = List.copyOf(unmetItems);
		formViolations = List.copyOf(formViolations);
	}

	/** Whether nothing keeps the request from being submitted. */
	public boolean isReady() {
		return this.blockKey == null && this.unmetItems.isEmpty() && this.formViolations.isEmpty();
	}

	/** The form fields with a problem, once each, in the form's order. */
	public List<String> missingFields() {
		return this.formViolations.stream().map(Violation::field).distinct().toList();
	}

}
