package com.kacrm.web.activity;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import com.kacrm.domain.activity.ActivityStatus;
import com.kacrm.domain.activity.ContactCadence;
import com.kacrm.persistence.account.AccountHeader;
import com.kacrm.persistence.account.AccountService;
import com.kacrm.persistence.activity.ActivityRow;
import com.kacrm.persistence.activity.ActivityService;
import com.kacrm.persistence.activity.CadenceService;
import com.kacrm.web.shared.CurrentUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The visits tab of an account (拜访记录): how many visits took place against the manual's
 * "four or more", the last contact and when the next one is due by the tier's cadence,
 * the planned visits to complete or cancel and the activities done, newest first.
 */
@Controller
class AccountVisitsController {

	/** The manual: a prospect usually needs four or more visits before a deal. */
	static final int USUAL_VISITS = 4;

	private final AccountService accounts;

	private final ActivityService activities;

	private final CadenceService cadences;

	private final Clock clock;

	AccountVisitsController(AccountService accounts, ActivityService activities, CadenceService cadences, Clock clock) {
		this.accounts = accounts;
		this.activities = activities;
		this.cadences = cadences;
		this.clock = clock;
	}

	@GetMapping("/accounts/{id}/visits")
	String visits(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		AccountHeader header = this.accounts.header(id, user.viewer());
		List<ActivityRow> all = this.activities.activitiesAt(id, user.viewer());
		List<ActivityRow> planned = all.stream().filter(ActivityRow::isPlanned).toList();
		List<ActivityRow> done = all.stream()
			.filter((a) -> a.status() == ActivityStatus.DONE)
			.sorted(Comparator.comparing(ActivityRow::occurredAt).reversed())
			.toList();
		List<ActivityRow> cancelled = all.stream().filter((a) -> a.status() == ActivityStatus.CANCELLED).toList();
		Instant lastContact = done.isEmpty() ? null : done.get(0).occurredAt();
		ContactCadence cadence = this.cadences.cadence();
		Instant now = this.clock.instant();
		model.addAttribute("header", header);
		model.addAttribute("planned", planned);
		model.addAttribute("done", done);
		model.addAttribute("cancelled", cancelled);
		model.addAttribute("visitCount", done.stream().filter(ActivityRow::isVisitDone).count());
		model.addAttribute("usualVisits", USUAL_VISITS);
		model.addAttribute("lastContact", lastContact);
		model.addAttribute("intervalDays", cadence.intervalDays(header.tier()));
		// The same clock as the overdue list: the last contact, or the filing when never
		// contacted.
		Instant clock = ContactCadence.clock(lastContact, this.accounts.show(id, user.viewer()).createdAt());
		model.addAttribute("dueAt", cadence.dueAt(header.tier(), clock));
		model.addAttribute("overdue", cadence.isOverdue(header.tier(), clock, now));
		model.addAttribute("daysOverdue", cadence.daysOverdue(header.tier(), clock, now));
		return "accounts/visits";
	}

}
