package com.kacrm.web.lead;

import com.kacrm.persistence.lead.LeadQueue;

import org.springframework.data.domain.Sort;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The sheet's links, each keeping the current view, filters and sort: to another page, to
 * the sheet sorted by a column (again: the other direction), to another view and to the
 * export of what is shown.
 */
public final class LeadSheetLinks {

	private final LeadSheetParams params;

	private final Sort sort;

	private final int size;

	LeadSheetLinks(LeadSheetParams params, Sort sort, int size) {
		this.params = params;
		this.sort = sort;
		this.size = size;
	}

	public String page(int page) {
		UriComponentsBuilder builder = this.params.addTo(UriComponentsBuilder.fromPath("/leads"));
		addSort(builder, this.sort);
		if (this.size != LeadController.PAGE_SIZE) {
			builder.queryParam("size", this.size);
		}
		return builder.queryParam("page", page).build(true).toUriString();
	}

	/** Sorted by {@code key}, ascending first, descending when already ascending. */
	public String sortBy(String key) {
		Sort.Order current = this.sort.getOrderFor(key);
		Sort.Direction direction = (current != null && current.isAscending()) ? Sort.Direction.DESC
				: Sort.Direction.ASC;
		UriComponentsBuilder builder = this.params.addTo(UriComponentsBuilder.fromPath("/leads"));
		addSort(builder, Sort.by(direction, key));
		return builder.build(true).toUriString();
	}

	/** "asc", "desc" or null: how the sheet is sorted by {@code key}. */
	public String direction(String key) {
		Sort.Order order = this.sort.getOrderFor(key);
		return (order == null) ? null : (order.isAscending() ? "asc" : "desc");
	}

	public String queue(LeadQueue queue) {
		LeadQueue previous = this.params.getQueue();
		this.params.setQueue((queue == LeadQueue.SHEET) ? null : queue);
		try {
			UriComponentsBuilder builder = this.params.addTo(UriComponentsBuilder.fromPath("/leads"));
			addSort(builder, this.sort);
			return builder.build(true).toUriString();
		}
		finally {
			this.params.setQueue(previous);
		}
	}

	/** The current view without filters or sort. */
	public String reset() {
		UriComponentsBuilder builder = UriComponentsBuilder.fromPath("/leads");
		if (this.params.getQueue() != null) {
			builder.queryParam("queue", this.params.getQueue());
		}
		return builder.build(true).toUriString();
	}

	public String export() {
		UriComponentsBuilder builder = this.params.addTo(UriComponentsBuilder.fromPath("/leads/export.xlsx"));
		addSort(builder, this.sort);
		return builder.build(true).toUriString();
	}

	private static void addSort(UriComponentsBuilder builder, Sort sort) {
		for (Sort.Order order : sort) {
			builder.queryParam("sort", order.getProperty() + "," + order.getDirection().name().toLowerCase());
		}
	}

}
