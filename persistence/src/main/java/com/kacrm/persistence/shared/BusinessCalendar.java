package com.kacrm.persistence.shared;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The business day: "today" where the sales team works ({@code crm.display-time-zone},
 * Asia/Shanghai by default), not in UTC, so a payment received this morning in Shenzhen
 * is not refused as "in the future" before 08:00. Instants stay in UTC.
 */
@Service
public class BusinessCalendar {

	private final Clock clock;

	private final ZoneId zone;

	BusinessCalendar(Clock clock, @Value("${crm.display-time-zone:Asia/Shanghai}") ZoneId zone) {
		this.clock = clock;
		this.zone = zone;
	}

	/** Today's date in the business time zone. */
	public LocalDate today() {
		return LocalDate.now(this.clock.withZone(this.zone));
	}

	public ZoneId zone() {
		return this.zone;
	}

}
