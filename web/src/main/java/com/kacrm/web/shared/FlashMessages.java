package com.kacrm.web.shared;

import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.domain.shared.Violation;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Messages shown once after POST-redirect-GET (fragments/flash): a message key and its
 * arguments, e.g. the first reason a command on a record's page was refused.
 */
public final class FlashMessages {

	private FlashMessages() {
	}

	public static void success(RedirectAttributes redirect, String messageKey, Object... arguments) {
		redirect.addFlashAttribute("flashSuccess", messageKey);
		if (arguments.length > 0) {
			redirect.addFlashAttribute("flashSuccessArgs", arguments);
		}
	}

	public static void error(RedirectAttributes redirect, String messageKey, Object... arguments) {
		redirect.addFlashAttribute("flashError", messageKey);
		if (arguments.length > 0) {
			redirect.addFlashAttribute("flashErrorArgs", arguments);
		}
	}

	/**
	 * The first reason {@code rejected} gives, which on a page of buttons is the one that
	 * matters.
	 */
	public static void error(RedirectAttributes redirect, ChangeRejected rejected) {
		Violation first = rejected.violations().get(0);
		error(redirect, first.messageKey(), first.arguments().toArray());
	}

}
