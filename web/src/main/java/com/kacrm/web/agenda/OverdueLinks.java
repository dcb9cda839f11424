package com.kacrm.web.agenda;

import com.kacrm.web.shared.ListLinks;

import org.springframework.data.domain.Sort;
import org.springframework.web.util.UriComponentsBuilder;

/** The overdue list's page links, keeping the filters. */
public final class OverdueLinks extends ListLinks {

	private final OverdueParams params;

	OverdueLinks(OverdueParams params, int size) {
		super("/visits/overdue", Sort.unsorted(), size, OverdueController.PAGE_SIZE);
		this.params = params;
	}

	@Override
	protected UriComponentsBuilder withFilters(UriComponentsBuilder builder) {
		return this.params.addTo(builder);
	}

}
