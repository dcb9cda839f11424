package com.kacrm.web.agenda;

import java.time.LocalDate;
import java.util.List;

/**
 * One day of the agenda screen.
 *
 * @param label the date and weekday in the reader's language
 */
public record AgendaDay(LocalDate date, String label, boolean today, List<AgendaEntry> entries) {

	public AgendaDay {
		entries = List.copyOf(entries);
	}

}
