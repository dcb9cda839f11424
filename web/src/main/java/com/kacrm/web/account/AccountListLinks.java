package com.kacrm.web.account;

import com.kacrm.web.shared.ListLinks;

import org.springframework.data.domain.Sort;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The account list's links, each keeping the current filters and sort: to another page,
 * to the list sorted by a column (again: the other direction) and to the unfiltered list.
 */
public final class AccountListLinks extends ListLinks {

	private final AccountListParams params;

	AccountListLinks(AccountListParams params, Sort sort, int size) {
		super("/accounts", sort, size, AccountController.PAGE_SIZE);
		this.params = params;
	}

	@Override
	protected UriComponentsBuilder withFilters(UriComponentsBuilder builder) {
		return this.params.addTo(builder);
	}

	/** The list without filters or sort. */
	public String reset() {
		return path();
	}

}
