package com.kacrm.persistence.shared;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.persistence.Query;

/**
 * The {@code where} clause of a filtered list query and its named parameters, built one
 * condition at a time: the lists put the viewer's scope and every filter into one
 * predicate, so the database pages, counts and sorts only what the viewer may see. A
 * filter the user left empty adds no condition. Parameter names are the caller's, so the
 * same clause can serve the rows, the count and the totals of a list.
 */
public final class JpqlConditions {

	private final StringBuilder where;

	private final Map<String, Object> parameters = new LinkedHashMap<>();

	/**
	 * @param first the first condition, e.g. the scope's predicate ({@code "1 = 1"} for
	 * none)
	 */
	public JpqlConditions(String first) {
		this.where = new StringBuilder(" where ").append(first);
	}

	/** Adds {@code condition}, which uses no parameter or only ones already added. */
	public JpqlConditions add(String condition) {
		this.where.append(" and ").append(condition);
		return this;
	}

	/** Adds {@code condition} and the value of its parameter {@code name}. */
	public JpqlConditions add(String condition, String name, Object value) {
		add(condition);
		return parameter(name, value);
	}

	/** Adds {@code condition} when {@code value} is present; nothing when it is null. */
	public JpqlConditions addIfPresent(String condition, String name, Object value) {
		return (value != null) ? add(condition, name, value) : this;
	}

	/**
	 * Sets parameter {@code name}, for a condition that uses more than one or one added
	 * with {@link #add(String)}.
	 */
	public JpqlConditions parameter(String name, Object value) {
		this.parameters.put(name, value);
		return this;
	}

	/**
	 * {@code path = :name} when {@code value} is given; nothing when it is null or a
	 * blank string. A string is compared as given.
	 */
	public JpqlConditions equal(String path, String name, Object value) {
		if (value != null && !(value instanceof String text && text.isBlank())) {
			add(path + " = :" + name, name, value);
		}
		return this;
	}

	/**
	 * {@code path = :name} with {@code text} stripped of surrounding blanks; nothing when
	 * it is null or blank.
	 */
	public JpqlConditions equalText(String path, String name, String text) {
		return (text != null && !text.isBlank()) ? add(path + " = :" + name, name, text.strip()) : this;
	}

	/**
	 * A case-insensitive "contains" of {@code text} (stripped, taken literally: wildcards
	 * are escaped) in any of {@code paths}; nothing when it is null or blank.
	 */
	public JpqlConditions contains(String name, String text, String... paths) {
		if (text == null || text.isBlank()) {
			return this;
		}
		String condition = Arrays.stream(paths)
			.map((path) -> ilike(path, name))
			.collect(Collectors.joining(" or ", "(", ")"));
		return add(condition, name, containing(text.strip()));
	}

	/**
	 * The JPQL {@code path ilike :name} with the escape character that
	 * {@link #escapeLike(String)} uses.
	 */
	public static String ilike(String path, String name) {
		return path + " ilike :" + name + " escape '\\'";
	}

	/** The pattern of {@link #ilike(String, String)} that finds {@code text} anywhere. */
	public static String containing(String text) {
		return "%" + escapeLike(text) + "%";
	}

	/** {@code text} with the LIKE wildcards and the escape character taken literally. */
	public static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	/** The clause, starting with {@code " where "}. */
	public String where() {
		return this.where.toString();
	}

	/** The parameters added so far, by name. */
	public Map<String, Object> parameters() {
		return Collections.unmodifiableMap(this.parameters);
	}

	/** Sets every parameter on {@code query}, which uses this clause. */
	public <Q extends Query> Q bind(Q query) {
		this.parameters.forEach(query::setParameter);
		return query;
	}

	@Override
	public String toString() {
		return where();
	}

}
