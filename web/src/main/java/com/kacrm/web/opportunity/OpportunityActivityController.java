package com.kacrm.web.opportunity;

import java.time.LocalDateTime;
import java.util.List;

import com.kacrm.domain.activity.ActivityType;
import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.persistence.activity.ActivityRow;
import com.kacrm.persistence.activity.ActivityService;
import com.kacrm.persistence.contact.ContactService;
import com.kacrm.persistence.opportunity.OpportunityService;
import com.kacrm.persistence.opportunity.OpportunityView;
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
 * The activities tab of a deal (客户交往活动): the calls and visits planned and done on it, how
 * many visits took place against the manual's "four or more before a deal", links to the
 * quick log (log, plan, phone invitation) with the deal chosen, and a short form to log
 * one, the rep's most frequent action. A logged visit satisfies milestone 2's automatic
 * item. Everyone who may see the deal logs on it; everyone else gets 404.
 */
@Controller
@RequestMapping("/opportunities/{id}/activities")
class OpportunityActivityController {

	/** The manual: a prospect usually needs four or more visits before a deal. */
	static final int USUAL_VISITS = 4;

	private final OpportunityService opportunities;

	private final ActivityService activities;

	private final ContactService contacts;

	private final DisplayTime displayTime;

	OpportunityActivityController(OpportunityService opportunities, ActivityService activities, ContactService contacts,
			DisplayTime displayTime) {
		this.opportunities = opportunities;
		this.activities = activities;
		this.contacts = contacts;
		this.displayTime = displayTime;
	}

	@GetMapping
	String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		return page(id, user, model);
	}

	@PostMapping
	String log(@PathVariable long id, @ModelAttribute("activityForm") ActivityForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		OpportunityView deal = this.opportunities.show(id, user.viewer());
		if (result.hasErrors()) {
			return page(id, user, model);
		}
		try {
			this.activities.log(form.activity(deal.accountId(), id, this.displayTime.zone()), user.viewer());
		}
		catch (ChangeRejected ex) {
			FormErrors.add(result, ex);
			return page(id, user, model);
		}
		FlashMessages.success(redirect, "opportunityActivity.logged");
		return "redirect:/opportunities/" + id + "/activities";
	}

	private String page(long id, CurrentUser user, Model model) {
		OpportunityView deal = this.opportunities.show(id, user.viewer());
		model.addAttribute("deal", deal);
		List<ActivityRow> logged = this.activities.activitiesOf(id, user.viewer());
		model.addAttribute("activities", logged);
		model.addAttribute("visitCount", logged.stream().filter(ActivityRow::isVisitDone).count());
		model.addAttribute("returnTo", "/opportunities/" + id + "/activities");
		model.addAttribute("usualVisits", USUAL_VISITS);
		model.addAttribute("types", ActivityType.values());
		model.addAttribute("people", this.contacts.contactsOf(deal.accountId(), false, user.viewer()));
		if (!model.containsAttribute("activityForm")) {
			model.addAttribute("activityForm", ActivityForm.visitNow(LocalDateTime.now(this.displayTime.zone())));
		}
		return "opportunities/activities";
	}

}
