package com.kacrm.app.security.matrix;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A fingerprint of every row of every table of the application (row count and the sum of
 * the rows' hashes, per table), to show that a refused write changed nothing. Taking it
 * is cheap when nothing was written: PostgreSQL assigns a transaction id only to a
 * transaction that writes, so while the next transaction id stays where it was, the
 * fingerprint taken last still holds.
 */
final class DatabaseFingerprint {

	/**
	 * Tables left out: the audit trail may record the refusal itself, and the bookkeeping
	 * of migrations, sessions and job locks is not the application's data.
	 */
	private static final Set<String> LEFT_OUT = Set.of("audit_event", "flyway_schema_history", "spring_session",
			"spring_session_attributes", "shedlock");

	private final JdbcTemplate jdbc;

	private final String query;

	private Map<String, String> last;

	private long lastXid = -1;

	DatabaseFingerprint(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		List<String> tables = jdbc.queryForList(
				"select table_name from information_schema.tables"
						+ " where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name",
				String.class);
		this.query = tables.stream()
			.filter((table) -> !LEFT_OUT.contains(table))
			.map((table) -> "select '" + table
					+ "' as t, count(*) || ':' || coalesce(sum(hashtextextended(x::text, 0)), 0)" + " as f from \""
					+ table + "\" x")
			.collect(Collectors.joining(" union all "));
	}

	/** Before a write that must be refused. */
	void before() {
		long xid = nextXid();
		if (this.last == null || xid != this.lastXid) {
			this.last = take();
			this.lastXid = nextXid();
		}
	}

	/** The tables whose rows changed since {@link #before()}; empty when none did. */
	String changesSinceBefore() {
		long xid = nextXid();
		if (xid == this.lastXid) {
			return "";
		}
		Map<String, String> now = take();
		String changed = now.entrySet()
			.stream()
			.filter((entry) -> !entry.getValue().equals(this.last.get(entry.getKey())))
			.map(Map.Entry::getKey)
			.collect(Collectors.joining(", "));
		this.last = now;
		this.lastXid = nextXid();
		return changed;
	}

	private long nextXid() {
		return this.jdbc.queryForObject("select pg_snapshot_xmax(pg_current_snapshot())::text::bigint", Long.class);
	}

	private Map<String, String> take() {
		Map<String, String> fingerprint = new LinkedHashMap<>();
		this.jdbc.query(this.query, (row) -> {
			fingerprint.put(row.getString("t"), row.getString("f"));
		});
		return fingerprint;
	}

}
