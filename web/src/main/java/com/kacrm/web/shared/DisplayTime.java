package com.kacrm.web.shared;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Shows stored instants in the company's time zone ({@code crm.display-time-zone}, China
 * Standard Time by default), whatever zone the server runs in. Templates call
 * {@code ${@displayTime.format(instant)}}.
 */
@Component("displayTime")
public class DisplayTime {

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final ZoneId zone;

	public DisplayTime(@Value("${crm.display-time-zone:Asia/Shanghai}") ZoneId zone) {
		this.zone = zone;
	}

	/** {@code 2026-11-23 09:16}; empty for null. */
	public String format(Instant instant) {
		return (instant != null) ? MINUTES.format(instant.atZone(this.zone)) : "";
	}

	public ZoneId zone() {
		return this.zone;
	}

}
