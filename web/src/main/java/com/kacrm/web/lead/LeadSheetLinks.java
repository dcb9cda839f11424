package com.kacrm.web.lead;

import com.kacrm.persistence.lead.LeadQueue;
import com.kacrm.web.shared.ListLinks;

import org.springframework.data.domain.Sort;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The sheet's links, each keeping the current view, filters and sort: to another page, to
 * the sheet sorted by a column (again: the other direction), to another view and to the
 * export of what is shown.
 */
public final class LeadSheetLinks extends ListLinks {

	private final LeadSheetParams params;

	LeadSheetLinks(LeadSheetParams params, Sort sort, int size) {
		super("/leads", sort, size, LeadController.PAGE_SIZE);
		this.params = params;
	}

	@Override
	protected UriComponentsBuilder withFilters(UriComponentsBuilder builder) {
		return this.params.addTo(builder);
	}

	public String queue(LeadQueue queue) {
		LeadQueue previous = this.params.getQueue();
		this.params.setQueue((queue == LeadQueue.SHEET) ? null : queue);
		try {
			return withFiltersAndSort(path());
		}
		finally {
			this.params.setQueue(previous);
		}
	}

	/** The current view without filters or sort. */
	public String reset() {
		UriComponentsBuilder builder = UriComponentsBuilder.fromPath(path());
		if (this.params.getQueue() != null) {
			builder.queryParam("queue", this.params.getQueue());
		}
		return builder.build(true).toUriString();
	}

	public String export() {
		return withFiltersAndSort("/leads/export.xlsx");
	}

}
