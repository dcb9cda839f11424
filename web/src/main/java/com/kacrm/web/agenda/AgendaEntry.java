package com.kacrm.web.agenda;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import com.kacrm.persistence.activity.AgendaItem;

/**
 * An agenda item as the screen shows it: its times in the business time zone and, when
 * overdue, how many days late it is.
 *
 * @param time the planned start ("09:30"), null for a next step
 * @param endTime the planned end, null for a next step
 */
public record AgendaEntry(AgendaItem item, String time, String endTime, long ageDays) {

	private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");

	static AgendaEntry of(AgendaItem item, ZoneId zone, LocalDate today) {
		String time = (item.at() != null) ? HOURS.format(item.at().atZone(zone)) : null;
		String end = (item.endsAt() != null) ? HOURS.format(item.endsAt().atZone(zone)) : null;
		long age = item.overdue() ? Math.max(0, ChronoUnit.DAYS.between(item.date(), today)) : 0;
		return new AgendaEntry(item, time, end, age);
	}

	/** Where "follow up" starts the quick log: the item's account, deal and itself. */
	public String followUpUrl() {
		StringBuilder url = new StringBuilder("/visits/new?account=").append(this.item.accountId());
		if (this.item.opportunityId() != null) {
			url.append("&opportunity=").append(this.item.opportunityId());
		}
		return url.append("&follows=").append(this.item.activityId()).toString();
	}

}
