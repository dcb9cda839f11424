package com.kacrm.persistence.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * The sort keys a list offers to clients, mapped to entity properties. Clients never sort
 * by arbitrary properties: that would expose the model and allow sorting by fields they
 * may not see.
 */
public final class SortKeys {

	private final Map<String, String> properties;

	private final Sort defaultSort;

	public SortKeys(Map<String, String> properties, Sort defaultSort) {
		this.properties = Map.copyOf(properties);
		this.defaultSort = defaultSort;
	}

	/**
	 * The same page with client keys translated to properties, or the default order when
	 * unsorted.
	 * @throws UnsupportedSortException for a key the list does not offer
	 */
	public Pageable translate(Pageable pageable) {
		if (pageable.getSort().isUnsorted()) {
			return PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), this.defaultSort);
		}
		List<Sort.Order> orders = pageable.getSort().stream().map(this::translate).toList();
		// Ties broken by id, so rows never repeat or vanish between pages.
		Sort sort = Sort.by(orders);
		return PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
				(sort.getOrderFor("id") != null) ? sort : sort.and(Sort.by("id")));
	}

	/**
	 * The JPQL {@code order by} clause of a list query for the client's {@code sort}:
	 * each client key looked up in {@code paths} (client key → JPQL path),
	 * {@code defaultSort} (in client keys) when unsorted, nulls last, and ties broken by
	 * {@code tieBreaker} (e.g. {@code "o.id asc"}) so rows never repeat or vanish between
	 * pages.
	 * @throws UnsupportedSortException for a key the list does not offer
	 */
	public static String orderBy(Sort sort, Map<String, String> paths, Sort defaultSort, String tieBreaker) {
		Sort effective = sort.isUnsorted() ? defaultSort : sort;
		List<String> orders = new ArrayList<>();
		for (Sort.Order order : effective) {
			String path = paths.get(order.getProperty());
			if (path == null) {
				throw new UnsupportedSortException(order.getProperty(), new TreeSet<>(paths.keySet()));
			}
			orders.add(path + (order.isAscending() ? " asc" : " desc") + " nulls last");
		}
		orders.add(tieBreaker);
		return " order by " + String.join(", ", orders);
	}

	private Sort.Order translate(Sort.Order order) {
		String property = this.properties.get(order.getProperty());
		if (property == null) {
			throw new UnsupportedSortException(order.getProperty(), new TreeSet<>(this.properties.keySet()));
		}
		return order.withProperty(property);
	}

}
