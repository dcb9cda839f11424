package com.kacrm.web.agenda;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import com.kacrm.domain.organisation.Role;
import com.kacrm.persistence.activity.Agenda;
import com.kacrm.persistence.activity.AgendaService;
import com.kacrm.persistence.activity.CadenceService;
import com.kacrm.persistence.calendar.CalendarFeedService;
import com.kacrm.persistence.calendar.NewCalendarFeed;
import com.kacrm.persistence.shared.BusinessCalendar;
import com.kacrm.web.shared.CurrentUser;
import com.kacrm.web.shared.FlashMessages;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in user's agenda (SPEC 7): their planned visits and the next steps due, by
 * day for a week (Monday first) or one day, what is overdue on top, and how many accounts
 * are overdue for contact. Also where the user opens or revokes the secret address of
 * their calendar feed; the address is shown once, right after it is made.
 */
@Controller
@RequestMapping("/agenda")
class AgendaController {

	private final AgendaService agenda;

	private final CadenceService cadence;

	private final CalendarFeedService feeds;

	private final BusinessCalendar calendar;

	private final MessageSource messages;

	private final CrmBaseUrl baseUrl;

	AgendaController(AgendaService agenda, CadenceService cadence, CalendarFeedService feeds, BusinessCalendar calendar,
			MessageSource messages, CrmBaseUrl baseUrl) {
		this.agenda = agenda;
		this.cadence = cadence;
		this.feeds = feeds;
		this.calendar = calendar;
		this.messages = messages;
		this.baseUrl = baseUrl;
	}

	@GetMapping
	String show(@RequestParam(required = false) String view,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@AuthenticationPrincipal CurrentUser user, Locale locale, Model model) {
		LocalDate today = this.calendar.today();
		AgendaRange range = AgendaRange.of(view, date, today);
		Agenda agenda = this.agenda.agendaOf(user.viewer(), range.from(), range.to());
		ZoneId zone = this.calendar.zone();
		DateTimeFormatter dayFormat = DateTimeFormatter
			.ofPattern(this.messages.getMessage("agenda.dayFormat", null, locale), locale);
		List<AgendaDay> days = agenda.byDay()
			.entrySet()
			.stream()
			.map((day) -> new AgendaDay(day.getKey(), dayFormat.format(day.getKey()), day.getKey().equals(today),
					day.getValue().stream().map((item) -> AgendaEntry.of(item, zone, today)).toList()))
			.toList();
		model.addAttribute("range", range);
		model.addAttribute("rangeLabel",
				dayFormat.format(range.from()) + (range.week() ? " – " + dayFormat.format(range.to()) : ""));
		model.addAttribute("days", days);
		model.addAttribute("overdue",
				agenda.overdue().stream().map((item) -> AgendaEntry.of(item, zone, today)).toList());
		Long mine = (user.getRole() == Role.REP) ? user.getId() : null;
		model.addAttribute("overdueAccounts", this.cadence.overdueCount(mine, user.viewer()));
		model.addAttribute("feed", this.feeds.status(user.viewer()));
		return "agenda/agenda";
	}

	/** A new feed address, replacing the old one; shown once on the agenda. */
	@PostMapping("/feed")
	String createFeed(@AuthenticationPrincipal CurrentUser user, HttpServletRequest request,
			RedirectAttributes redirect) {
		NewCalendarFeed feed = this.feeds.create(user.viewer());
		redirect.addFlashAttribute("feedUrl", this.baseUrl.of(request) + "/calendar/" + feed.token() + ".ics");
		FlashMessages.success(redirect, "agenda.feed.created");
		return "redirect:/agenda#calendar-feed";
	}

	@PostMapping("/feed/revoke")
	String revokeFeed(@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		this.feeds.revoke(user.viewer());
		FlashMessages.success(redirect, "agenda.feed.revoked");
		return "redirect:/agenda#calendar-feed";
	}

}
