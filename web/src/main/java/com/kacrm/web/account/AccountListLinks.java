package com.kacrm.web.account;

import org.springframework.data.domain.Sort;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The account list's links, each keeping the current filters and sort: to another page,
 * to the list sorted by a column (again: the other direction) and to the unfiltered list.
 */
public final class AccountListLinks {

	private final AccountListParams params;

	private final Sort sort;

	private final int size;

	AccountListLinks(AccountListParams params, Sort sort, int size) {
		this.params = params;
		this.sort = sort;
		this.size = size;
	}

	public String page(int page) {
		UriComponentsBuilder builder = this.params.addTo(UriComponentsBuilder.fromPath("/accounts"));
		addSort(builder, this.sort);
		if (this.size != AccountController.PAGE_SIZE) {
			builder.queryParam("size", this.size);
		}
		return builder.queryParam("page", page).build(true).toUriString();
	}

	/** Sorted by {@code key}, ascending first, descending when already ascending. */
	public String sortBy(String key) {
		Sort.Order current = this.sort.getOrderFor(key);
		Sort.Direction direction = (current != null && current.isAscending()) ? Sort.Direction.DESC
				: Sort.Direction.ASC;
		UriComponentsBuilder builder = this.params.addTo(UriComponentsBuilder.fromPath("/accounts"));
		addSort(builder, Sort.by(direction, key));
		return builder.build(true).toUriString();
	}

	/** "asc", "desc" or null: how the list is sorted by {@code key}. */
	public String direction(String key) {
		Sort.Order order = this.sort.getOrderFor(key);
		return (order == null) ? null : (order.isAscending() ? "asc" : "desc");
	}

	/** The list without filters or sort. */
	public String reset() {
		return "/accounts";
	}

	private static void addSort(UriComponentsBuilder builder, Sort sort) {
		for (Sort.Order order : sort) {
			builder.queryParam("sort", order.getProperty() + "," + order.getDirection().name().toLowerCase());
		}
	}

}
