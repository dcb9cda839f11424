package com.kacrm.web.lead;

import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.persistence.lead.ConversionPreview;
import com.kacrm.persistence.lead.ConversionResult;
import com.kacrm.persistence.lead.DuplicateSuspectedException;
import com.kacrm.persistence.lead.LeadConversionService;
import com.kacrm.persistence.shared.ConcurrentEditException;
import com.kacrm.web.shared.CurrentUser;
import com.kacrm.web.shared.FormErrors;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Converting a lead into an account (转化): the page shows what the account will carry and
 * the duplicate check, offers the first opportunity at milestone 1 and, when accounts
 * with the same name exist, asks to confirm that this is another customer. A converted
 * lead's page leads to what it became.
 */
@Controller
class LeadConversionController {

	private static final String FORM = "leads/convert";

	private final LeadConversionService conversions;

	LeadConversionController(LeadConversionService conversions) {
		this.conversions = conversions;
	}

	@GetMapping("/leads/{id}/convert")
	String showConvertForm(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		ConversionPreview preview = this.conversions.preview(id, user.viewer());
		if (preview.converted()) {
			return "redirect:/accounts/" + preview.convertedAccountId();
		}
		model.addAttribute("conversionForm", ConversionForm.of(preview));
		model.addAttribute("preview", preview);
		return FORM;
	}

	@PostMapping("/leads/{id}/convert")
	String convert(@PathVariable long id, @ModelAttribute("conversionForm") ConversionForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		try {
			long version = (form.getVersion() != null) ? form.getVersion() : -1;
			ConversionResult converted = this.conversions.convert(id, version, form.request(),
					form.isDuplicatesConfirmed(), user.viewer());
			redirect.addFlashAttribute("flashSuccess", (converted.opportunityId() != null)
					? "conversion.flash.convertedWithOpportunity" : "conversion.flash.converted");
			return "redirect:/accounts/" + converted.accountId();
		}
		catch (ChangeRejected ex) {
			FormErrors.add(result, ex);
		}
		catch (DuplicateSuspectedException ex) {
			result.rejectValue("duplicatesConfirmed", "conversion.error.confirmDuplicate");
		}
		catch (ConcurrentEditException ex) {
			FormErrors.addConflict(result);
			ConversionPreview current = this.conversions.preview(id, user.viewer());
			if (current.converted()) {
				redirect.addFlashAttribute("flashError", "conversion.error.leadClosed");
				return "redirect:/accounts/" + current.convertedAccountId();
			}
			form.setVersion(current.version());
			model.addAttribute("preview", current);
			return FORM;
		}
		ConversionPreview preview = this.conversions.preview(id, user.viewer());
		if (preview.converted()) {
			return "redirect:/accounts/" + preview.convertedAccountId();
		}
		model.addAttribute("preview", preview);
		return FORM;
	}

}
