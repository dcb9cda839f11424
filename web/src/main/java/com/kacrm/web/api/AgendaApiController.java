package com.kacrm.web.api;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.kacrm.domain.activity.ActivityType;
import com.kacrm.persistence.activity.Agenda;
import com.kacrm.persistence.activity.AgendaItem;
import com.kacrm.persistence.activity.AgendaService;
import com.kacrm.persistence.shared.BusinessCalendar;
import com.kacrm.web.agenda.AgendaFeed;
import com.kacrm.web.agenda.CrmBaseUrl;
import com.kacrm.web.agenda.ICalendar;
import com.kacrm.web.shared.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's agenda for other systems and phone calendars: planned visits and next
 * steps due between {@code from} and {@code to} (at most {@value AgendaService#MAX_DAYS}
 * days, today and the next six days by default) with what is overdue, and the caller's
 * planned visits as an iCalendar feed. A reversed or too long range answers 422.
 */
@RestController
class AgendaApiController {

	private final AgendaService agenda;

	private final BusinessCalendar calendar;

	private final AgendaFeed feed;

	private final CrmBaseUrl baseUrl;

	AgendaApiController(AgendaService agenda, BusinessCalendar calendar, AgendaFeed feed, CrmBaseUrl baseUrl) {
		this.agenda = agenda;
		this.calendar = calendar;
		this.feed = feed;
		this.baseUrl = baseUrl;
	}

	@GetMapping("/api/v1/agenda")
	AgendaResource agenda(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@AuthenticationPrincipal CurrentUser user) {
		LocalDate start = (from != null) ? from : this.calendar.today();
		LocalDate end = (to != null) ? to : start.plusDays(6);
		return AgendaResource.of(this.agenda.agendaOf(user.viewer(), start, end));
	}

	/** The caller's planned visits (30 days back, 92 ahead) as iCalendar. */
	@GetMapping("/api/v1/agenda.ics")
	ResponseEntity<String> feed(@AuthenticationPrincipal CurrentUser user, Locale locale, HttpServletRequest request) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(ICalendar.CONTENT_TYPE))
			.cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePrivate())
			.body(this.feed.of(user.getId(), locale, this.baseUrl.of(request)));
	}

	/**
	 * The agenda: what is overdue from before {@code from}, then the range's items by
	 * time.
	 */
	record AgendaResource(LocalDate from, LocalDate to, LocalDate today, List<Item> overdue, List<Item> items) {

		static AgendaResource of(Agenda agenda) {
			return new AgendaResource(agenda.from(), agenda.to(), agenda.today(),
					agenda.overdue().stream().map(Item::of).toList(), agenda.items().stream().map(Item::of).toList());
		}

	}

	/**
	 * A planned visit ({@code kind} PLANNED, with {@code at}, {@code endsAt} and the
	 * objective as {@code title}) or a next step due ({@code kind} NEXT_STEP, a date
	 * only, the step as {@code title}); {@code version} is the activity's, for changing
	 * it.
	 */
	record Item(AgendaItem.Kind kind, long activityId, long version, LocalDate date, Instant at, Instant endsAt,
			ActivityType type, Long accountId, String accountName, Long opportunityId, String opportunityName,
			String title, String place, List<String> contactNames, boolean overdue) {

		static Item of(AgendaItem item) {
			return new Item(item.kind(), item.activityId(), item.version(), item.date(), item.at(), item.endsAt(),
					item.type(), item.accountId(), item.accountName(), item.opportunityId(), item.opportunityName(),
					item.title(), item.place(), item.contactNames(), item.overdue());
		}

	}

}
