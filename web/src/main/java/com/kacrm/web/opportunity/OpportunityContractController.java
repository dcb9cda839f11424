package com.kacrm.web.opportunity;

import java.time.LocalDate;

import com.kacrm.domain.opportunity.OpportunityStatus;
import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.persistence.opportunity.OpportunityService;
import com.kacrm.persistence.opportunity.OpportunityView;
import com.kacrm.persistence.opportunity.PaymentService;
import com.kacrm.persistence.shared.ConcurrentEditException;
import com.kacrm.web.shared.CurrentUser;
import com.kacrm.web.shared.DisplayTime;
import com.kacrm.web.shared.FlashMessages;
import com.kacrm.web.shared.FormErrors;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The contract tab of a deal: once it is won (签约成交), the signed contract's amount and
 * date, and the payments received (回款) against it with their total and what is still
 * outstanding. Everyone who may see the deal records them; everyone else gets 404.
 */
@Controller
@RequestMapping("/opportunities/{id}")
class OpportunityContractController {

	private final OpportunityService opportunities;

	private final PaymentService payments;

	private final DisplayTime displayTime;

	OpportunityContractController(OpportunityService opportunities, PaymentService payments, DisplayTime displayTime) {
		this.opportunities = opportunities;
		this.payments = payments;
		this.displayTime = displayTime;
	}

	@GetMapping("/contract")
	String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		return page(id, user, model);
	}

	@PostMapping("/contract")
	String recordContract(@PathVariable long id, @ModelAttribute("contractForm") ContractForm form,
			BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		this.opportunities.show(id, user.viewer());
		if (result.hasErrors()) {
			return page(id, user, model);
		}
		try {
			this.opportunities.recordContract(id, form.getVersion(), form.getContractAmount(), form.getProfit(),
					form.getContractSignedOn(), user.viewer());
		}
		catch (ChangeRejected ex) {
			FormErrors.add(result, ex);
			return page(id, user, model);
		}
		catch (ConcurrentEditException ex) {
			OpportunityView current = this.opportunities.show(id, user.viewer());
			ContractForm fresh = ContractForm.of(current, today());
			form.setVersion(fresh.getVersion());
			form.setContractAmount(fresh.getContractAmount());
			form.setContractSignedOn(fresh.getContractSignedOn());
			form.setProfit(fresh.getProfit());
			FormErrors.addConflict(result);
			return page(id, user, model);
		}
		FlashMessages.success(redirect, "opportunityContract.saved");
		return "redirect:/opportunities/" + id + "/contract";
	}

	@PostMapping("/payments")
	String recordPayment(@PathVariable long id, @ModelAttribute("paymentForm") PaymentForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		this.opportunities.show(id, user.viewer());
		if (result.hasErrors()) {
			return page(id, user, model);
		}
		try {
			this.payments.record(id, form.getAmount(), form.getReceivedOn(), form.getNote(), user.viewer());
		}
		catch (ChangeRejected ex) {
			FormErrors.add(result, ex);
			return page(id, user, model);
		}
		FlashMessages.success(redirect, "opportunityContract.paymentRecorded");
		return "redirect:/opportunities/" + id + "/contract#payments";
	}

	private String page(long id, CurrentUser user, Model model) {
		OpportunityView deal = this.opportunities.show(id, user.viewer());
		model.addAttribute("deal", deal);
		model.addAttribute("won", deal.status() == OpportunityStatus.WON);
		model.addAttribute("payments", this.payments.payments(id, user.viewer()));
		if (!model.containsAttribute("contractForm")) {
			model.addAttribute("contractForm", ContractForm.of(deal, today()));
		}
		if (!model.containsAttribute("paymentForm")) {
			model.addAttribute("paymentForm", PaymentForm.receivedToday(today()));
		}
		return "opportunities/contract";
	}

	private LocalDate today() {
		return LocalDate.now(this.displayTime.zone());
	}

}
