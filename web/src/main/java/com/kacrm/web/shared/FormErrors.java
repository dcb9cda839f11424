package com.kacrm.web.shared;

import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.domain.shared.Violation;

import org.springframework.validation.BindingResult;

/**
 * Puts what a service refused onto the form, next to the fields concerned, so the page is
 * shown again with the user's input and nothing saved.
 */
public final class FormErrors {

	/** The message key shown when someone else saved the record first. */
	public static final String CONFLICT = "form.conflict";

	private FormErrors() {
	}

	public static void add(BindingResult result, ChangeRejected rejected) {
		for (Violation violation : rejected.violations()) {
			Object[] arguments = violation.arguments().toArray();
			if (violation.field() != null && result.getFieldType(violation.field()) != null) {
				result.rejectValue(violation.field(), violation.messageKey(), arguments, violation.messageKey());
			}
			else {
				result.reject(violation.messageKey(), arguments, violation.messageKey());
			}
		}
	}

	public static void addConflict(BindingResult result) {
		result.reject(CONFLICT, CONFLICT);
	}

}
