package com.kacrm.web.agenda;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.kacrm.persistence.activity.AgendaItem;
import com.kacrm.persistence.activity.AgendaService;
import com.kacrm.persistence.shared.BusinessCalendar;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A user's planned visits and calls as an iCalendar feed for phone calendars: from
 * {@value #DAYS_BACK} days ago to {@value #DAYS_AHEAD} days ahead, each event linking to
 * the activity's page. Read for the signed-in user (API) and for the owner of a secret
 * feed address.
 */
@Component
public class AgendaFeed {

	static final int DAYS_BACK = 30;

	static final int DAYS_AHEAD = 92;

	private final AgendaService agenda;

	private final BusinessCalendar calendar;

	private final MessageSource messages;

	private final Clock clock;

	AgendaFeed(AgendaService agenda, BusinessCalendar calendar, MessageSource messages, Clock clock) {
		this.agenda = agenda;
		this.calendar = calendar;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * The iCalendar document of user {@code userId}'s planned visits, labelled in
	 * {@code locale}.
	 * @param baseUrl the CRM's address for the events' links, or null for none
	 */
	public String of(long userId, Locale locale, String baseUrl) {
		ICalendar calendar = new ICalendar(text("agenda.ics.name", locale));
		for (AgendaItem item : plannedVisits(userId)) {
			calendar.add(event(item, locale, baseUrl));
		}
		return calendar.write(this.clock.instant());
	}

	/**
	 * The planned items of the whole range; the agenda answers at most
	 * {@link AgendaService#MAX_DAYS} days at once, so the range is read in parts.
	 */
	private List<AgendaItem> plannedVisits(long userId) {
		LocalDate today = this.calendar.today();
		LocalDate end = today.plusDays(DAYS_AHEAD);
		Map<Long, AgendaItem> planned = new LinkedHashMap<>();
		for (LocalDate from = today.minusDays(DAYS_BACK); !from.isAfter(end); from = from
			.plusDays(AgendaService.MAX_DAYS + 1)) {
			LocalDate to = from.plusDays(AgendaService.MAX_DAYS);
			for (AgendaItem item : this.agenda.agendaOf(userId, from, to.isAfter(end) ? end : to).items()) {
				if (item.isPlanned()) {
					planned.putIfAbsent(item.activityId(), item);
				}
			}
		}
		return new ArrayList<>(planned.values());
	}

	private ICalendar.Event event(AgendaItem item, Locale locale, String baseUrl) {
		String summary = text("activity.type." + item.type().name(), locale) + " · " + item.accountName();
		List<String> description = new ArrayList<>();
		if (item.title() != null && !item.title().isBlank()) {
			description.add(text("agenda.ics.objective", locale, item.title()));
		}
		if (item.opportunityName() != null) {
			description.add(text("agenda.ics.deal", locale, item.opportunityName()));
		}
		if (!item.contactNames().isEmpty()) {
			description.add(text("agenda.ics.people", locale, String.join(", ", item.contactNames())));
		}
		String url = (baseUrl != null) ? baseUrl + "/visits/" + item.activityId() : null;
		if (url != null) {
			description.add(url);
		}
		return new ICalendar.Event("activity-" + item.activityId() + "@kacrm", item.at(), item.endsAt(), summary,
				item.place(), String.join("\n", description), url);
	}

	private String text(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

}
