package com.kacrm.persistence.shared;

import java.util.List;
import java.util.function.Supplier;

import jakarta.persistence.TypedQuery;

import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;

/**
 * A page of a list over a large table whose total is counted only up to
 * {@link #COUNT_LIMIT}. Counting every row a manager may see (tens of thousands of deals,
 * a region's hundred thousand leads) for each page view would cost more than reading the
 * page itself; above the limit the list says "more than 1 000" and pages on by its next
 * link. Whether there is a next page is known exactly: the rows are read with one more
 * than the page size.
 */
public final class BoundedPage<T> extends PageImpl<T> {

	/** The most rows a list counts; above it the total is "more than this". */
	public static final int COUNT_LIMIT = 1000;

	private final boolean totalCapped;

	private BoundedPage(List<T> content, Pageable pageable, long total, boolean totalCapped) {
		super(content, pageable, total);
		this.totalCapped = totalCapped;
	}

	/**
	 * The page of {@code rowsAndOneMore}, read from the page's offset with at most
	 * {@link #readSize(Pageable)} rows.
	 * @param ids the same list's ids (same conditions, any order), read only when the
	 * page is full and its offset below the limit, and then at most
	 * {@code COUNT_LIMIT + 1}
	 */
	public static <T> BoundedPage<T> of(List<T> rowsAndOneMore, Pageable pageable,
			Supplier<? extends TypedQuery<?>> ids) {
		int size = pageable.getPageSize();
		long offset = pageable.getOffset();
		boolean hasNext = rowsAndOneMore.size() > size;
		List<T> content = hasNext ? rowsAndOneMore.subList(0, size) : rowsAndOneMore;
		if (!hasNext && (offset == 0 || !content.isEmpty())) {
			return new BoundedPage<>(content, pageable, offset + content.size(), false);
		}
		long seen = offset + content.size() + (hasNext ? 1 : 0);
		if (seen > COUNT_LIMIT) {
			return new BoundedPage<>(content, pageable, seen, true);
		}
		long counted = ids.get().setMaxResults(COUNT_LIMIT + 1).getResultList().size();
		return new BoundedPage<>(content, pageable, Math.max(counted, seen), counted > COUNT_LIMIT);
	}

	/** A page of nothing, e.g. for a filter refused before any query. */
	public static <T> BoundedPage<T> empty(Pageable pageable) {
		return new BoundedPage<>(List.of(), pageable, 0, false);
	}

	/** How many rows to read for a page: its size and one more. */
	public static int readSize(Pageable pageable) {
		return pageable.getPageSize() + 1;
	}

	/**
	 * Whether the list holds more than {@link #COUNT_LIMIT} rows, so
	 * {@link #getTotalElements()} is only a lower bound.
	 */
	public boolean isTotalCapped() {
		return this.totalCapped;
	}

	/** {@link #COUNT_LIMIT}, for templates. */
	public int getCountLimit() {
		return COUNT_LIMIT;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof BoundedPage<?> that && super.equals(that) && this.totalCapped == that.totalCapped;
	}

	@Override
	public int hashCode() {
		return 31 * super.hashCode() + Boolean.hashCode(this.totalCapped);
	}

}
