package com.kacrm.web.orgchart;

import java.util.List;

import com.kacrm.domain.buyingcentre.Attitude;
import com.kacrm.domain.buyingcentre.BuyingRole;
import com.kacrm.domain.buyingcentre.Support;
import com.kacrm.domain.contact.ContactLevel;
import com.kacrm.domain.contact.RelationshipDepth;
import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.persistence.account.AccountService;
import com.kacrm.persistence.buyingcentre.BuyingCentreNotFoundException;
import com.kacrm.persistence.buyingcentre.BuyingCentreService;
import com.kacrm.persistence.contact.ContactService;
import com.kacrm.persistence.orgchart.OrgChart;
import com.kacrm.persistence.orgchart.OrgChartEdits;
import com.kacrm.persistence.orgchart.OrgChartService;
import com.kacrm.persistence.shared.ConcurrentEditException;
import com.kacrm.web.shared.CurrentUser;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An account's org chart (组织结构-影响关系图) tab: the drawing of its people with, for the
 * selected deal, their buying roles, support and attitude and the coverage panel; and the
 * quick forms that build the chart: add a person, move someone under another manager,
 * draw or remove an influence line, seat a person in the deal's buying centre or take
 * them out. Every form posts, redirects back to the chart keeping the selected deal, and
 * on a refused change shows the chart again with the input and the reason next to the
 * field.
 */
@Controller
class OrgChartController {

	static final String VIEW = "orgchart/chart";

	private final OrgChartService charts;

	private final AccountService accounts;

	private final ContactService contacts;

	private final BuyingCentreService buyingCentres;

	private final OrgChartEdits edits;

	OrgChartController(OrgChartService charts, AccountService accounts, ContactService contacts,
			BuyingCentreService buyingCentres, OrgChartEdits edits) {
		this.edits = edits;
		this.charts = charts;
		this.accounts = accounts;
		this.contacts = contacts;
		this.buyingCentres = buyingCentres;
	}

	@GetMapping("/accounts/{id}/org-chart")
	String show(@PathVariable long id, @RequestParam(required = false) Long opportunity,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		return page(id, opportunity, user, model);
	}

	@PostMapping("/accounts/{id}/org-chart/people")
	String addPerson(@PathVariable long id, @RequestParam(required = false) Long opportunity,
			@ModelAttribute("personForm") PersonForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		if (form.getRelationshipDepth() == null && !result.hasFieldErrors("relationshipDepth")) {
			result.rejectValue("relationshipDepth", "form.range",
					new Object[] { RelationshipDepth.MIN, RelationshipDepth.MAX }, "form.range");
		}
		if (!result.hasErrors()) {
			try {
				this.contacts.add(id, form.toNewContact(), user.viewer());
				FlashMessages.success(redirect, "orgChart.flash.personAdded", form.getName().strip());
				return redirect(id, opportunity, redirect);
			}
			catch (ChangeRejected ex) {
				FormErrors.add(result, ex);
			}
		}
		return page(id, opportunity, user, model);
	}

	@PostMapping("/accounts/{id}/org-chart/moves")
	String move(@PathVariable long id, @RequestParam(required = false) Long opportunity,
			@RequestParam(required = false) String stamp, @ModelAttribute("moveForm") MoveForm form,
			BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		if (form.getContactId() == null) {
			result.rejectValue("contactId", "form.required");
		}
		if (!result.hasErrors()) {
			try {
				this.edits.moveUnder(id, opportunity, stamp, form.getContactId(), form.getReportsToId(), user.viewer());
				FlashMessages.success(redirect, "orgChart.flash.moved");
				return redirect(id, opportunity, redirect);
			}
			catch (ChangeRejected ex) {
				FormErrors.add(result, ex);
			}
			catch (ConcurrentEditException ex) {
				FormErrors.addConflict(result);
			}
		}
		return page(id, opportunity, user, model);
	}

	@PostMapping("/accounts/{id}/org-chart/influences")
	String addInfluence(@PathVariable long id, @RequestParam(required = false) Long opportunity,
			@RequestParam(required = false) String stamp, @ModelAttribute("influenceForm") InfluenceForm form,
			BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		if (form.getFromContactId() == null) {
			result.rejectValue("fromContactId", "form.required");
		}
		if (form.getToContactId() == null) {
			result.rejectValue("toContactId", "form.required");
		}
		if (!result.hasErrors()) {
			try {
				this.edits.addInfluence(id, opportunity, stamp, form.getFromContactId(), form.getToContactId(),
						form.getNote(), user.viewer());
				FlashMessages.success(redirect, "orgChart.flash.influenceAdded");
				return redirect(id, opportunity, redirect);
			}
			catch (ChangeRejected ex) {
				FormErrors.add(result, ex);
			}
			catch (ConcurrentEditException ex) {
				FormErrors.addConflict(result);
			}
		}
		return page(id, opportunity, user, model);
	}

	@PostMapping("/accounts/{id}/org-chart/influences/{lineId}/delete")
	String removeInfluence(@PathVariable long id, @PathVariable long lineId,
			@RequestParam(required = false) Long opportunity, @RequestParam(required = false) String stamp,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		try {
			this.edits.removeInfluence(id, opportunity, stamp, lineId, user.viewer());
			FlashMessages.success(redirect, "orgChart.flash.influenceRemoved");
		}
		catch (ConcurrentEditException ex) {
			FlashMessages.error(redirect, "orgChart.flash.changedMeanwhile");
		}
		return redirect(id, opportunity, redirect);
	}

	@PostMapping("/accounts/{id}/org-chart/buying-centre")
	String assign(@PathVariable long id, @RequestParam long opportunity, @RequestParam(required = false) String stamp,
			@ModelAttribute("seatForm") SeatForm form, BindingResult result, @AuthenticationPrincipal CurrentUser user,
			Model model, RedirectAttributes redirect) {
		requireOpportunityOf(id, opportunity, user);
		if (form.getContactId() == null) {
			result.rejectValue("contactId", "form.required");
		}
		if (!result.hasErrors()) {
			try {
				this.edits.assign(id, opportunity, stamp, form.getContactId(), form.getRole(), form.getAttitude(),
						form.getSupport(), user.viewer());
				FlashMessages.success(redirect, "orgChart.flash.seatSaved");
				return redirect(id, opportunity, redirect);
			}
			catch (ChangeRejected ex) {
				FormErrors.add(result, ex);
			}
			catch (ConcurrentEditException ex) {
				FormErrors.addConflict(result);
			}
		}
		return page(id, opportunity, user, model);
	}

	@PostMapping("/accounts/{id}/org-chart/buying-centre/{contactId}/delete")
	String removeSeat(@PathVariable long id, @PathVariable long contactId, @RequestParam long opportunity,
			@RequestParam(required = false) String stamp, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		requireOpportunityOf(id, opportunity, user);
		try {
			this.edits.remove(id, opportunity, stamp, contactId, user.viewer());
			FlashMessages.success(redirect, "orgChart.flash.seatRemoved");
		}
		catch (ConcurrentEditException ex) {
			FlashMessages.error(redirect, "orgChart.flash.changedMeanwhile");
		}
		return redirect(id, opportunity, redirect);
	}

	/** A deal of another account is "not found" here, even if the user may see it. */
	private void requireOpportunityOf(long accountId, long opportunityId, CurrentUser user) {
		boolean ours = this.buyingCentres.opportunitiesOf(accountId, user.viewer())
			.stream()
			.anyMatch((option) -> option.id() == opportunityId);
		if (!ours) {
			throw new BuyingCentreNotFoundException("Opportunity " + opportunityId + " is not of account " + accountId);
		}
	}

	private static String redirect(long id, Long opportunity, RedirectAttributes redirect) {
		if (opportunity != null) {
			redirect.addAttribute("opportunity", opportunity);
		}
		return "redirect:/accounts/" + id + "/org-chart";
	}

	private String page(long id, Long opportunity, CurrentUser user, Model model) {
		model.addAttribute("header", this.accounts.header(id, user.viewer()));
		OrgChart chart = this.charts.chart(id, opportunity, user.viewer());
		model.addAttribute("chart", chart);
		model.addAttribute("drawing", OrgChartDrawing.of(chart));
		model.addAttribute("chartStamp", this.edits.stampOf(id, chart.selectedOpportunityId(), user.viewer()));
		model.addAttribute("levels", List.of(ContactLevel.values()));
		model.addAttribute("roles", List.of(BuyingRole.values()));
		model.addAttribute("attitudes", List.of(Attitude.values()));
		model.addAttribute("supports", List.of(Support.values()));
		model.addAttribute("depths", List.of(1, 2, 3, 4, 5));
		if (!model.containsAttribute("personForm")) {
			model.addAttribute("personForm", new PersonForm());
		}
		if (!model.containsAttribute("moveForm")) {
			model.addAttribute("moveForm", new MoveForm());
		}
		if (!model.containsAttribute("influenceForm")) {
			model.addAttribute("influenceForm", new InfluenceForm());
		}
		if (!model.containsAttribute("seatForm")) {
			model.addAttribute("seatForm", new SeatForm());
		}
		return VIEW;
	}

}
