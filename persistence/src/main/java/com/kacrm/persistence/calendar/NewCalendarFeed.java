package com.kacrm.persistence.calendar;

import java.time.Instant;

/**
 * A feed just created: its secret token, shown to its user this once (only its hash is
 * kept), and when it was created.
 */
public record NewCalendarFeed(String token, Instant createdAt) {

	@Override
	public String toString() {
		return "NewCalendarFeed[createdAt=" + this.createdAt + "]";
	}

}
