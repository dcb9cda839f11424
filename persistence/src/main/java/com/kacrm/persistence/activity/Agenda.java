package com.kacrm.persistence.activity;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A rep's agenda for the days {@code from} to {@code to}: what is overdue from before
 * (plans not completed, next steps not taken), and each day's planned visits and next
 * steps, in time order.
 */
public record Agenda(LocalDate from, LocalDate to, LocalDate today, List<AgendaItem> overdue, List<AgendaItem> items) {

	public Agenda {
		overdue = List.copyOf(overdue);
		items = List.copyOf(items);
	}

	/** The items by day, every day of the range present (empty days too). */
	public Map<LocalDate, List<AgendaItem>> byDay() {
		Map<LocalDate, List<AgendaItem>> days = new TreeMap<>();
		for (LocalDate day = this.from; !day.isAfter(this.to); day = day.plusDays(1)) {
			days.put(day, List.of());
		}
		days.putAll(this.items.stream()
			.collect(Collectors.groupingBy(AgendaItem::date, TreeMap::new, Collectors.toList())));
		return days;
	}

}
