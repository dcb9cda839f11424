package com.kacrm.persistence.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.kacrm.domain.audit.AuditAction;
import com.kacrm.domain.shared.Actor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail ({@code audit_event}, V023): application events in, the admin's search
 * out. Row changes need no call here: the database trigger records them. The table
 * refuses UPDATE, DELETE and TRUNCATE, so this class only inserts and reads.
 */
@Service
public class AuditTrailService {

	/** Entries per page of the admin's search. */
	public static final int PAGE_SIZE = 50;

	static final int DETAIL_LIMIT = 2000;

	static final int NAME_LIMIT = 100;

	private static final String INSERT = """
			insert into audit_event (actor_id, actor_name, action, subject_type, subject_id, detail)
			values (:actorId, :actorName, :action, :subjectType, :subjectId, :detail)
			""";

	private static final String SELECT = """
			select id, occurred_at, actor_id, actor_name, action, subject_type, subject_id, field, old_value,
			       new_value, detail, tx_id
			from audit_event
			""";

	/** The tables the trigger is attached to: the subject types a search can pick. */
	private static final String AUDITED_TABLES = """
			select c.relname
			from pg_trigger t
			join pg_class c on c.oid = t.tgrelid
			where t.tgname = 'tg_audit_row'
			order by c.relname
			""";

	private final JdbcClient jdbc;

	AuditTrailService(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Records an application event in its own transaction, so a failed login or a refused
	 * request is kept although its own work rolls back.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void record(AuditAction action, Actor actor, String subjectType, Long subjectId, String detail) {
		this.jdbc.sql(INSERT)
			.param("actorId", actor.userId())
			.param("actorName", cut(actor.name(), NAME_LIMIT))
			.param("action", action.name())
			.param("subjectType", subjectType)
			.param("subjectId", subjectId)
			.param("detail", cut(detail, DETAIL_LIMIT))
			.update();
	}

	/**
	 * One page of the trail, newest first; {@link AuditQuery#beforeId()} gives the next.
	 */
	@Transactional(readOnly = true)
	public List<AuditEventRow> search(AuditQuery query) {
		List<String> conditions = new ArrayList<>();
		Map<String, Object> params = new LinkedHashMap<>();
		if (query.actor() != null && !query.actor().isBlank()) {
			conditions.add("actor_name ilike :actor escape '\\'");
			params.put("actor", "%" + likeEscaped(query.actor().strip()) + "%");
		}
		if (query.action() != null) {
			conditions.add("action = :action");
			params.put("action", query.action().name());
		}
		if (query.subjectType() != null && !query.subjectType().isBlank()) {
			conditions.add("subject_type = :subjectType");
			params.put("subjectType", query.subjectType());
		}
		if (query.subjectId() != null) {
			conditions.add("subject_id = :subjectId");
			params.put("subjectId", query.subjectId());
		}
		if (query.text() != null && !query.text().isBlank()) {
			conditions.add("(old_value ilike :text escape '\\' or new_value ilike :text escape '\\' "
					+ "or detail ilike :text escape '\\')");
			params.put("text", "%" + likeEscaped(query.text().strip()) + "%");
		}
		if (query.from() != null) {
			conditions.add("occurred_at >= :from");
			params.put("from", java.sql.Timestamp.from(query.from()));
		}
		if (query.to() != null) {
			conditions.add("occurred_at < :to");
			params.put("to", java.sql.Timestamp.from(query.to()));
		}
		if (query.beforeId() != null) {
			conditions.add("id < :beforeId");
			params.put("beforeId", query.beforeId());
		}
		String sql = SELECT + (conditions.isEmpty() ? "" : "where " + String.join(" and ", conditions) + "\n")
				+ "order by id desc limit " + (PAGE_SIZE + 1);
		JdbcClient.StatementSpec statement = this.jdbc.sql(sql);
		for (Map.Entry<String, Object> param : params.entrySet()) {
			statement = statement.param(param.getKey(), param.getValue());
		}
		return statement
			.query((rs, n) -> new AuditEventRow(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
					(Long) rs.getObject("actor_id"), rs.getString("actor_name"),
					AuditAction.valueOf(rs.getString("action")), rs.getString("subject_type"),
					(Long) rs.getObject("subject_id"), rs.getString("field"), rs.getString("old_value"),
					rs.getString("new_value"), rs.getString("detail"), rs.getLong("tx_id")))
			.list();
	}

	/** The subject types a search can pick: the audited tables, sessions and exports. */
	@Transactional(readOnly = true)
	public List<String> subjectTypes() {
		List<String> types = new ArrayList<>(this.jdbc.sql(AUDITED_TABLES).query(String.class).list());
		types.add(AuditAction.SESSION);
		types.add(AuditAction.EXPORT_SUBJECT);
		return types;
	}

	/** The id of the newest entry: tests read what happened after it. */
	@Transactional(readOnly = true)
	public long lastId() {
		return this.jdbc.sql("select coalesce(max(id), 0) from audit_event").query(Long.class).single();
	}

	private static String likeEscaped(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	private static String cut(String text, int limit) {
		if (text == null || text.length() <= limit) {
			return text;
		}
		return text.substring(0, limit);
	}

}
