package com.kacrm.web.opportunity;

import com.kacrm.domain.playbook.Milestone;
import com.kacrm.web.shared.ListLinks;

import org.springframework.data.domain.Sort;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The opportunity list's and board's links, each keeping the current filters: to another
 * page, to the list sorted by a column, to the board and back, to one milestone's deals
 * and to the unfiltered view.
 */
public final class OpportunityListLinks extends ListLinks {

	static final String LIST = "/opportunities";

	static final String BOARD = "/opportunities/board";

	private final OpportunityListParams params;

	OpportunityListLinks(OpportunityListParams params, Sort sort, int size) {
		super(LIST, sort, size, OpportunityListController.PAGE_SIZE);
		this.params = params;
	}

	@Override
	protected UriComponentsBuilder withFilters(UriComponentsBuilder builder) {
		return this.params.addTo(builder);
	}

	/** The board with the same filters. */
	public String board() {
		return this.params.addTo(UriComponentsBuilder.fromPath(BOARD)).build(true).toUriString();
	}

	/** The list with the same filters. */
	public String list() {
		return this.params.addTo(UriComponentsBuilder.fromPath(LIST)).build(true).toUriString();
	}

	/** The list of the deals at {@code milestone}, with the other filters kept. */
	public String atMilestone(Milestone milestone) {
		UriComponentsBuilder builder = this.params.addAllButMilestoneTo(UriComponentsBuilder.fromPath(LIST));
		ListLinks.addParam(builder, "milestone", milestone);
		return builder.build(true).toUriString();
	}

	/** The list without filters or sort. */
	public String reset() {
		return path();
	}

	/** The board without filters. */
	public String resetBoard() {
		return BOARD;
	}

}
