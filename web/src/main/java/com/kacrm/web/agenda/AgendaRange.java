package com.kacrm.web.agenda;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the agenda screen shows: a week (Monday first) or a day, around a date, and the
 * links to the previous, next and current one, each keeping the view in the URL so a view
 * can be bookmarked.
 *
 * @param week a week, else a day
 * @param date the date asked for (any day of the week)
 */
public record AgendaRange(boolean week, LocalDate date, LocalDate today) {

	/** {@code view} "day" for a day, anything else a week; no date for today. */
	static AgendaRange of(String view, LocalDate date, LocalDate today) {
		return new AgendaRange(!"day".equals(view), (date != null) ? date : today, today);
	}

	public LocalDate from() {
		return this.week ? this.date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : this.date;
	}

	public LocalDate to() {
		return this.week ? from().plusDays(6) : this.date;
	}

	public String view() {
		return this.week ? "week" : "day";
	}

	/** Whether today is in the range. */
	public boolean coversToday() {
		return !this.today.isBefore(from()) && !this.today.isAfter(to());
	}

	/** This view, for a form to come back to. */
	public String self() {
		return link(this.week, this.date);
	}

	public String previous() {
		return link(this.week, this.week ? from().minusWeeks(1) : this.date.minusDays(1));
	}

	public String next() {
		return link(this.week, this.week ? from().plusWeeks(1) : this.date.plusDays(1));
	}

	public String current() {
		return link(this.week, this.today);
	}

	/** The week containing the shown date. */
	public String asWeek() {
		return link(true, this.date);
	}

	/** One day, e.g. a day of the week. */
	public String day(LocalDate day) {
		return link(false, day);
	}

	private static String link(boolean week, LocalDate date) {
		return UriComponentsBuilder.fromPath("/agenda")
			.queryParam("view", week ? "week" : "day")
			.queryParam("date", date)
			.build()
			.toUriString();
	}

}
