package com.kacrm.persistence.activity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.kacrm.domain.activity.ActivityType;

/**
 * One entry of a rep's agenda: a planned visit or call at its time, or a next step due on
 * its date.
 *
 * @param at the planned time; null for a next step (it has a date only)
 * @param endsAt the planned end; null for a next step
 * @param title the plan's objective, or the next step
 * @param overdue a plan whose time passed without being completed, or a next step whose
 * date passed without being taken
 */
public record AgendaItem(Kind kind, long activityId, long version, LocalDate date, Instant at, Instant endsAt,
		ActivityType type, Long accountId, String accountName, Long opportunityId, String opportunityName, String title,
		String place, List<String> contactNames, boolean overdue, String ownerName) {

	public AgendaItem {
		contactNames = List.copyOf(contactNames);
	}

	/** What the entry is. */
	public enum Kind {

		/** A planned visit or call. */
		PLANNED,

		/** The next step of a done activity. */
		NEXT_STEP

	}

	public boolean isPlanned() {
		return this.kind == Kind.PLANNED;
	}

}
