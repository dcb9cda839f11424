package com.kacrm.persistence.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The conditions of a report's SQL with their named parameters, built from the filters
 * and the scope so that every value is bound, never concatenated.
 */
public final class SqlWhere {

	private final List<String> conditions = new ArrayList<>();

	private final Map<String, Object> parameters = new LinkedHashMap<>();

	public SqlWhere and(String condition) {
		this.conditions.add(condition);
		return this;
	}

	/**
	 * Adds {@code condition} with its parameter; a null value leaves the condition out.
	 */
	public SqlWhere and(String condition, String name, Object value) {
		if (value != null) {
			this.conditions.add(condition);
			this.parameters.put(name, value);
		}
		return this;
	}

	/** Binds a parameter used elsewhere in the statement. */
	public SqlWhere param(String name, Object value) {
		this.parameters.put(name, value);
		return this;
	}

	/** The conditions joined with {@code and}; {@code true} when there are none. */
	public String sql() {
		return this.conditions.isEmpty() ? "true" : String.join(" and ", this.conditions);
	}

	public Map<String, Object> parameters() {
		return Map.copyOf(this.parameters);
	}

	/** The statement {@code sql} with this where's parameters bound, ready to query. */
	public JdbcClient.StatementSpec bind(JdbcClient jdbc, String sql) {
		return jdbc.sql(sql).params(this.parameters);
	}

}
