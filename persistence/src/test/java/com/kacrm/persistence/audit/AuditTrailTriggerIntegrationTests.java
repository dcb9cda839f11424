package com.kacrm.persistence.audit;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import com.kacrm.domain.audit.AuditAction;
import com.kacrm.domain.shared.Actor;
import com.kacrm.persistence.test.PersistenceTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The trail's database side (V023): the trigger records inserts, updates (one entry per
 * changed column, the lock version left out, secrets masked) and deletes with the actor
 * the connection names; the table refuses UPDATE, DELETE and TRUNCATE to everyone; the
 * data source wrapper names the actor once per connection.
 */
@PersistenceTest
class AuditTrailTriggerIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	AuditTrailService trail;

	@Test
	void aRowsLifeIsRecordedFieldByFieldWithTheNamedActor() {
		this.jdbc.sql("select set_config('crm.actor_id', '42', true), set_config('crm.actor_name', '审计员', true)")
			.query()
			.listOfRows();
		long since = lastId();
		long regionId = this.jdbc
			.sql("insert into region (code, name_zh, name_en) values ('AUD', '审计区', 'Audit') returning id")
			.query(Long.class)
			.single();
		this.jdbc.sql("update region set name_zh = '审计大区', version = version + 1 where id = :id")
			.param("id", regionId)
			.update();
		this.jdbc.sql("delete from region where id = :id").param("id", regionId).update();

		List<Map<String, Object>> rows = this.jdbc
			.sql("select * from audit_event where id > :since and subject_type = 'region' order by id")
			.param("since", since)
			.query()
			.listOfRows();
		assertThat(rows).extracting((row) -> row.get("action")).containsExactly("CREATE", "UPDATE", "DELETE");
		assertThat(rows).allSatisfy((row) -> {
			assertThat(row.get("actor_id")).isEqualTo(42L);
			assertThat(row.get("actor_name")).isEqualTo("审计员");
			assertThat(row.get("subject_id")).isEqualTo(regionId);
		});
		assertThat((String) rows.get(0).get("new_value")).contains("\"code\": \"AUD\"");
		assertThat(rows.get(1)).containsEntry("field", "name_zh")
			.containsEntry("old_value", "审计区")
			.containsEntry("new_value", "审计大区");
		assertThat((String) rows.get(2).get("old_value")).contains("审计大区");
	}

	@Test
	void withoutANamedActorTheDatabaseUserIsRecorded() {
		long since = lastId();
		this.jdbc.sql("insert into region (code, name_zh, name_en) values ('AUE', '无名区', 'Nameless')").update();
		assertThat(this.jdbc.sql("select actor_name from audit_event where id > :since and subject_type = 'region'")
			.param("since", since)
			.query(String.class)
			.single()).startsWith("db:");
	}

	@Test
	void passwordHashesNeverReachTheTrail() {
		long since = lastId();
		long teamless = this.jdbc.sql("""
				insert into app_user (username, display_name, password_hash, role, created_at)
				values ('audit.secret', '保密', '{bcrypt}$2a$10$secret', 'ADMIN', now()) returning id""")
			.query(Long.class)
			.single();
		this.jdbc.sql("update app_user set password_hash = '{bcrypt}$2a$10$other' where id = :id")
			.param("id", teamless)
			.update();
		List<Map<String, Object>> rows = this.jdbc.sql("select * from audit_event where id > :since order by id")
			.param("since", since)
			.query()
			.listOfRows();
		assertThat(rows).hasSize(2);
		assertThat(rows.toString()).doesNotContain("$2a$10$").contains("***");
	}

	@Test
	void changesThatAuditorsAskForByNameAreNamed() {
		assertThat(action("opportunity", "milestone", "PLANNING", "CALL_AND_VISIT", 1L)).isEqualTo("MILESTONE_MOVE");
		assertThat(action("approval_request", "status", "SUBMITTED", "APPROVED", 1L)).isEqualTo("APPROVAL_DECISION");
		assertThat(action("approval_request", "status", "DRAFT", "SUBMITTED", 1L)).isEqualTo("STATUS_CHANGE");
		assertThat(action("account", "tier", "B", "A", null)).isEqualTo("TIER_CHANGE");
		assertThat(action("lead", "owner_id", "7", null, 7L)).isEqualTo("POOL_RETURN");
		assertThat(action("lead", "owner_id", null, "7", 7L)).isEqualTo("POOL_CLAIM");
		assertThat(action("lead", "owner_id", null, "7", 3L)).isEqualTo("ASSIGN");
		assertThat(action("account", "name", "甲", "乙", 3L)).isEqualTo("UPDATE");
	}

	@Test
	void nobodyChangesOrRemovesAnEntryNotEvenTheTablesOwner() throws SQLException {
		try (Connection connection = this.dataSource.getConnection();
				Statement statement = connection.createStatement()) {
			connection.setAutoCommit(true);
			statement.execute("insert into audit_event (actor_name, action, subject_type, detail) "
					+ "values ('test', 'EXPORT', 'export', 'append-only probe')");
			long id;
			try (ResultSet rs = statement.executeQuery("select max(id) from audit_event")) {
				rs.next();
				id = rs.getLong(1);
			}
			for (String tamper : List.of("update audit_event set detail = 'rewritten' where id = " + id,
					"delete from audit_event where id = " + id, "truncate audit_event")) {
				assertThatThrownBy(() -> statement.execute(tamper)).as(tamper)
					.isInstanceOf(SQLException.class)
					.hasMessageContaining("append-only");
			}
			try (ResultSet rs = statement.executeQuery("select detail from audit_event where id = " + id)) {
				assertThat(rs.next()).isTrue();
				assertThat(rs.getString(1)).isEqualTo("append-only probe");
			}
		}
	}

	@Test
	void theDataSourceNamesTheActingUserOncePerConnection() throws SQLException {
		Actor[] acting = { new Actor(7L, "张伟 (rep.zhang)") };
		AuditActorDataSource tagged = new AuditActorDataSource(this.dataSource, () -> Optional.ofNullable(acting[0]));
		try (Connection connection = tagged.getConnection()) {
			assertThat(setting(connection, "crm.actor_id")).isEqualTo("7");
			assertThat(setting(connection, "crm.actor_name")).isEqualTo("张伟 (rep.zhang)");
		}
		acting[0] = null;
		try (Connection connection = tagged.getConnection()) {
			assertThat(setting(connection, "crm.actor_id")).isEmpty();
			assertThat(setting(connection, "crm.actor_name")).isEqualTo(AuditActorDataSource.SYSTEM);
		}
	}

	@Test
	void applicationEventsAreSearchableNewestFirst() {
		this.trail.record(AuditAction.EXPORT, new Actor(5L, "李娜 (rep.li)"), AuditAction.EXPORT_SUBJECT, null,
				"/leads/export.xlsx?q=50%_off");
		this.trail.record(AuditAction.LOGIN_FAILED, Actor.system("mallory"), AuditAction.SESSION, null, "x");
		List<AuditEventRow> exports = this.trail
			.search(new AuditQuery("REP.LI", AuditAction.EXPORT, null, null, "50%_", null, null, null));
		assertThat(exports).extracting(AuditEventRow::detail).containsExactly("/leads/export.xlsx?q=50%_off");
		assertThat(this.trail.search(new AuditQuery(null, null, null, null, "50%x", null, null, null))).isEmpty();
		List<AuditEventRow> all = this.trail.search(AuditQuery.all());
		assertThat(all.get(0).actorName()).isEqualTo("mallory");
		assertThat(this.trail.search(AuditQuery.all().before(all.get(0).id())).get(0).id()).isLessThan(all.get(0).id());
		assertThat(this.trail.subjectTypes()).contains("opportunity", "lead", "account", "session", "export")
			.doesNotContain("audit_event", "history_entry");
	}

	private String action(String table, String field, String oldValue, String newValue, Long actor) {
		return this.jdbc.sql("select audit_action_of(:t, :f, :o, :n, :a)")
			.param("t", table)
			.param("f", field)
			.param("o", oldValue)
			.param("n", newValue)
			.param("a", actor)
			.query(String.class)
			.single();
	}

	private static String setting(Connection connection, String name) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("select current_setting('" + name + "', true)")) {
			rs.next();
			return rs.getString(1);
		}
	}

	private long lastId() {
		return this.jdbc.sql("select coalesce(max(id), 0) from audit_event").query(Long.class).single();
	}

}
