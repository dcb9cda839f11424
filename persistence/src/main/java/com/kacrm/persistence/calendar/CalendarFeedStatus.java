package com.kacrm.persistence.calendar;

import java.time.Instant;

/**
 * Whether a user has a calendar feed, and since when (null without one). The address is
 * not part of it: only its hash is kept.
 */
public record CalendarFeedStatus(boolean active, Instant since) {

	static CalendarFeedStatus none() {
		return new CalendarFeedStatus(false, null);
	}

}
