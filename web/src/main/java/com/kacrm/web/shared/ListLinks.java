package com.kacrm.web.shared;

import java.nio.charset.StandardCharsets;

import org.springframework.data.domain.Sort;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * The links of a paged, sorted, filtered list screen, each keeping the current filters
 * and sort: to another page and to the list sorted by a column (again: the other
 * direction). Each list adds its filters ({@link #withFilters}) and its own links.
 */
public abstract class ListLinks {

	private final String path;

	private final Sort sort;

	private final int size;

	private final int defaultSize;

	protected ListLinks(String path, Sort sort, int size, int defaultSize) {
		this.path = path;
		this.sort = sort;
		this.size = size;
		this.defaultSize = defaultSize;
	}

	/** {@code builder} with the list's current filters as query parameters. */
	protected abstract UriComponentsBuilder withFilters(UriComponentsBuilder builder);

	public String page(int page) {
		UriComponentsBuilder builder = withFilters(UriComponentsBuilder.fromPath(this.path));
		addSort(builder, this.sort);
		if (this.size != this.defaultSize) {
			builder.queryParam("size", this.size);
		}
		return builder.queryParam("page", page).build(true).toUriString();
	}

	/** Sorted by {@code key}, ascending first, descending when already ascending. */
	public String sortBy(String key) {
		Sort.Order current = this.sort.getOrderFor(key);
		Sort.Direction direction = (current != null && current.isAscending()) ? Sort.Direction.DESC
				: Sort.Direction.ASC;
		UriComponentsBuilder builder = withFilters(UriComponentsBuilder.fromPath(this.path));
		addSort(builder, Sort.by(direction, key));
		return builder.build(true).toUriString();
	}

	/** "asc", "desc" or null: how the list is sorted by {@code key}. */
	public String direction(String key) {
		Sort.Order order = this.sort.getOrderFor(key);
		return (order == null) ? null : (order.isAscending() ? "asc" : "desc");
	}

	/**
	 * {@code path} with the current filters and sort, e.g. an export of what is shown.
	 */
	protected String withFiltersAndSort(String otherPath) {
		UriComponentsBuilder builder = withFilters(UriComponentsBuilder.fromPath(otherPath));
		addSort(builder, this.sort);
		return builder.build(true).toUriString();
	}

	protected String path() {
		return this.path;
	}

	private static void addSort(UriComponentsBuilder builder, Sort sort) {
		for (Sort.Order order : sort) {
			builder.queryParam("sort", order.getProperty() + "," + order.getDirection().name().toLowerCase());
		}
	}

	/**
	 * Adds {@code value} as query parameter {@code name}, encoded in full ("+" included:
	 * RFC 3986 allows it in a query, but servers read it as a space), so the builder must
	 * be built as encoded; nothing when the value is null.
	 */
	public static void addParam(UriComponentsBuilder builder, String name, Object value) {
		if (value != null) {
			String encoded = UriUtils.encodeQueryParam(String.valueOf(value), StandardCharsets.UTF_8);
			builder.queryParam(name, encoded.replace("+", "%2B"));
		}
	}

}
