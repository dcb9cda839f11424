package com.kacrm.web.lead;

import java.util.List;
import java.util.Locale;

import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.persistence.lead.LeadPoolService;
import com.kacrm.persistence.shared.ConcurrentEditException;
import com.kacrm.web.shared.CurrentUser;
import com.kacrm.web.shared.FormErrors;

import org.springframework.context.MessageSource;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Claiming a lead from the public pool (公海) and giving it back, from the lead's page:
 * each answers with the lead's page and a message. A refusal (holding cap, cooldown, a
 * missing reason) comes back as {@code flashError} plus the reasons in the reader's
 * language as {@code poolErrors}, which the pool actions fragment shows.
 */
@Controller
@RequestMapping("/leads/{id}")
class LeadPoolController {

	/** Flash attribute with the translated reasons a claim or release was refused. */
	static final String POOL_ERRORS = "poolErrors";

	private final LeadPoolService pool;

	private final MessageSource messages;

	LeadPoolController(LeadPoolService pool, MessageSource messages) {
		this.pool = pool;
		this.messages = messages;
	}

	@PostMapping("/claim")
	String claim(@PathVariable long id, @ModelAttribute LeadPoolForm form, @AuthenticationPrincipal CurrentUser user,
			Locale locale, RedirectAttributes redirect) {
		try {
			this.pool.claim(id, versionOf(form), user.viewer());
			redirect.addFlashAttribute("flashSuccess", "pool.claimed");
		}
		catch (ChangeRejected ex) {
			refused(redirect, "pool.claimRefused", ex, locale);
		}
		catch (ConcurrentEditException | ObjectOptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("flashError", FormErrors.CONFLICT);
		}
		return "redirect:/leads/" + id;
	}

	@PostMapping("/release")
	String release(@PathVariable long id, @ModelAttribute LeadPoolForm form, @AuthenticationPrincipal CurrentUser user,
			Locale locale, RedirectAttributes redirect) {
		try {
			this.pool.release(id, versionOf(form), form.getReason(), user.viewer());
			redirect.addFlashAttribute("flashSuccess", "pool.released");
		}
		catch (ChangeRejected ex) {
			refused(redirect, "pool.releaseRefused", ex, locale);
		}
		catch (ConcurrentEditException | ObjectOptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("flashError", FormErrors.CONFLICT);
		}
		return "redirect:/leads/" + id;
	}

	/** A form without version cannot say what the user saw: it is a stale edit. */
	private static long versionOf(LeadPoolForm form) {
		if (form.getVersion() == null) {
			throw new ConcurrentEditException("The form sent no version");
		}
		return form.getVersion();
	}

	private void refused(RedirectAttributes redirect, String summary, ChangeRejected ex, Locale locale) {
		List<String> reasons = ex.violations()
			.stream()
			.map((v) -> this.messages.getMessage(v.messageKey(), v.arguments().toArray(), v.messageKey(), locale))
			.toList();
		redirect.addFlashAttribute("flashError", summary);
		redirect.addFlashAttribute(POOL_ERRORS, reasons);
	}

}
