package com.kacrm.app.generator;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.kacrm.app.security.PasswordHashing;
import com.kacrm.persistence.test.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code ci} preset generated into a database of its own (created, migrated by
 * Flyway, dropped afterwards) on the run's PostgreSQL, never into the shared test
 * database: the volumes match the preset, every row keeps the ownership rules the screens
 * rely on, distributions are skewed, the load wrote no audit events, and names are
 * Chinese.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DataGeneratorIntegrationTests {

	private static final GeneratorPreset PRESET = GeneratorPreset.CI;

	private final String database = "gen_ci_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

	private TestDatabase.Connection server;

	private Connection connection;

	private long auditEventsBefore;

	private DataGenerator.Report report;

	@BeforeAll
	void generateIntoAFreshDatabase() throws SQLException {
		this.server = TestDatabase.connection();
		try (Connection admin = connect(this.server.jdbcUrl()); Statement statement = admin.createStatement()) {
			statement.execute("create database " + this.database + " encoding 'UTF8'");
		}
		String url = urlOf(this.database);
		Flyway.configure()
			.dataSource(url, this.server.username(), this.server.password())
			.locations("classpath:db/migration")
			.load()
			.migrate();
		this.connection = connect(url);
		this.auditEventsBefore = count("select count(*) from audit_event");
		this.report = new DataGenerator(PRESET, PasswordHashing.encoder().encode(DataGeneratorRunner.PASSWORD))
			.generate(this.connection);
	}

	@AfterAll
	void dropTheDatabase() throws SQLException {
		if (this.connection != null) {
			this.connection.close();
		}
		try (Connection admin = connect(this.server.jdbcUrl()); Statement statement = admin.createStatement()) {
			statement.execute("drop database if exists " + this.database + " with (force)");
		}
	}

	@Test
	void generatesThePresetsVolumes() throws SQLException {
		assertThat(count("select count(*) from team where code like 'G%'")).isEqualTo(PRESET.teams());
		assertThat(count("select count(*) from app_user where role = 'MANAGER' and username like 'mgr%'"))
			.isEqualTo(PRESET.teams());
		assertThat(count("select count(*) from app_user where role = 'REP' and username like 'rep%'"))
			.isEqualTo(PRESET.reps());
		assertThat(count("select count(*) from account")).isEqualTo(PRESET.accounts());
		assertThat(count("select count(*) from contact")).isEqualTo(PRESET.contacts());
		assertThat(count("select count(*) from opportunity")).isEqualTo(PRESET.opportunities());
		long pending = (long) PRESET.teams() * PRESET.pendingPerManager();
		assertThat(count("select count(*) from activity")).isEqualTo(PRESET.activities() + 2 * pending);
		assertThat(count("select count(*) from lead")).isEqualTo(PRESET.leads());
		assertThat(count("select count(*) from activity_contact")).isBetween(PRESET.activities() / 3L,
				(long) PRESET.activities());
		assertThat(this.report.tables()).extracting(DataGenerator.TableLoad::table)
			.contains("account", "contact", "opportunity", "milestone_move", "activity", "lead", "approval_request");
	}

	@Test
	void everyManagerHasPendingRequestsOfTheirOwnTeamToDecide() throws SQLException {
		assertThat(count("""
				select count(distinct t.manager_id) from approval_request r
				join opportunity o on o.id = r.opportunity_id join team t on t.id = o.team_id
				where r.status = 'SUBMITTED'""")).isEqualTo(PRESET.teams());
		assertThat(
				count("""
						select count(*) from (select o.team_id from approval_request r join opportunity o on o.id = r.opportunity_id
						                      where r.status = 'SUBMITTED' group by o.team_id having count(*) <> %d) x"""
					.formatted(PRESET.pendingPerManager())))
			.isZero();
		assertThat(
				count("""
						select count(*) from approval_request r join opportunity o on o.id = r.opportunity_id
						left join approval_transition tr on tr.request_id = r.id and tr.to_status = 'SUBMITTED'
						where r.status <> 'SUBMITTED' or r.round <> 1 or r.submitted_at is null or r.requester_id <> o.owner_id
						   or r.team_id <> o.team_id or not o.approval_locked or o.milestone <> 'CALL_AND_VISIT' or o.status <> 'OPEN' or tr.id is null"""))
			.isZero();
	}

	@Test
	void pendingRequestsMeetTheGateOfTheSecondMilestoneSoTheyCanBeApproved() throws SQLException {
		assertThat(
				count("""
						select count(*) from approval_request r
						where not exists (select 1 from activity a where a.opportunity_id = r.opportunity_id and a.status = 'DONE'
						                  and a.type = 'PHONE_INVITATION' and a.step_introduction and a.step_benefit
						                  and a.step_appointment)
						   or not exists (select 1 from activity a where a.opportunity_id = r.opportunity_id and a.status = 'DONE'
						                  and a.type = 'SALES_VISIT')
						   or not exists (select 1 from buying_centre_member m where m.opportunity_id = r.opportunity_id)
						   or exists (select 1 from checklist_item i join milestone_definition d on d.id = i.milestone_definition_id
						              where d.milestone = 'CALL_AND_VISIT' and i.active and i.mandatory
						                and i.satisfaction = 'MANUAL_WITH_EVIDENCE'
						                and not exists (select 1 from checklist_tick t where t.opportunity_id = r.opportunity_id
						                                and t.checklist_item_id = i.id))"""))
			.isZero();
	}

	@Test
	void recordsBelongToTheirOwnersTeams() throws SQLException {
		assertThat(count("""
				select count(*) from account a join app_user u on u.id = a.owner_id
				where u.team_id <> a.team_id or u.role <> 'REP'""")).isZero();
		assertThat(count("select count(*) from account where owner_id is null")).isZero();
		assertThat(count("""
				select count(*) from opportunity o join account a on a.id = o.account_id
				left join app_user u on u.id = o.owner_id
				where o.team_id <> a.team_id or u.team_id is distinct from a.team_id""")).isZero();
		assertThat(
				count("select count(*) from contact c left join account a on a.id = c.account_id where a.id is null"))
			.isZero();
		assertThat(count("""
				select count(*) from contact c join contact boss on boss.id = c.reports_to_id
				where boss.account_id <> c.account_id""")).isZero();
		assertThat(count("""
				select count(*) from activity x join account a on a.id = x.account_id
				join app_user u on u.id = x.owner_id left join opportunity o on o.id = x.opportunity_id
				where x.team_id <> a.team_id or u.team_id <> a.team_id
				   or (x.opportunity_id is not null and o.account_id is distinct from x.account_id)""")).isZero();
		assertThat(count("""
				select count(*) from activity_contact ac join activity x on x.id = ac.activity_id
				left join contact c on c.id = ac.contact_id where c.account_id is distinct from x.account_id"""))
			.isZero();
		assertThat(
				count("""
						select count(*) from lead l left join app_user u on u.id = l.owner_id left join team t on t.id = l.team_id
						where l.owner_id is not null and (u.team_id <> l.team_id or t.region_id <> l.region_id)"""))
			.isZero();
		assertThat(count("""
				select count(*) from lead l left join account a on a.id = l.converted_account_id
				where l.status = 'CONVERTED' and a.id is null""")).isZero();
	}

	@Test
	void milestoneHistoriesEndAtEachDealsMilestone() throws SQLException {
		assertThat(
				count("""
						select count(*) from opportunity o
						left join lateral (select m.to_milestone, m.to_status from milestone_move m where m.opportunity_id = o.id
						                   order by m.moved_at desc, m.id desc limit 1) last on true
						where (o.milestone <> 'PLANNING' or o.status <> 'OPEN')
						  and (last.to_milestone is distinct from o.milestone or last.to_status is distinct from o.status)"""))
			.isZero();
		assertThat(count("""
				select count(*) from opportunity o
				where (select count(*) from milestone_move m where m.opportunity_id = o.id and m.kind = 'FORWARD')
				      <> array_position(array['PLANNING','CALL_AND_VISIT','PROJECT_APPROVAL','DEEP_CONTACT',
				         'SOLUTION_AND_TENDER','NEGOTIATION','CONTRACT_SIGNED','DELIVERY_AND_PAYMENT']::text[],
				         o.milestone::text) - 1""")).isZero();
		assertThat(count("""
				select count(*) from opportunity o where o.milestone_entered_at < o.created_at
				   or o.milestone_entered_at > now() or o.closed_at > now()""")).isZero();
		assertThat(count("select count(distinct status) from opportunity")).isEqualTo(4);
	}

	@Test
	void leadNumbersAreUniqueAndBelowTheirCounter() throws SQLException {
		assertThat(count("select count(distinct number) from lead")).isEqualTo(PRESET.leads());
		assertThat(count("""
				select count(*) from lead l join region r on r.id = l.region_id
				left join lead_number_counter c on c.region_id = l.region_id
				     and c.year = extract(year from l.registered_at at time zone 'Asia/Shanghai')::integer
				where l.number not like r.code || '-' || c.year || '-%'
				   or split_part(l.number, '-', 3)::integer > c.last_number or c.last_number is null""")).isZero();
	}

	@Test
	void distributionsAreSkewed() throws SQLException {
		long accounts = PRESET.accounts();
		long topFifth = count("""
				select sum(n) from (select count(*) as n from account group by owner_id order by n desc
				                    limit ceil(%d * 0.2)) top""".formatted(PRESET.reps()));
		assertThat((double) topFifth / accounts).isGreaterThan(0.3);
		List<Long> tiers = counts("select count(*) from account group by tier order by tier");
		assertThat(tiers).hasSize(4);
		assertThat(tiers.get(0)).isLessThan(tiers.get(1));
		assertThat(tiers.get(1)).isLessThan(tiers.get(2));
		assertThat(tiers.get(2)).isLessThan(tiers.get(3));
		assertThat(count("select count(*) from activity where occurred_at > now() - interval '1 year'"))
			.isGreaterThan(count("""
					select count(*) from activity
					where occurred_at between now() - interval '2 years' and now() - interval '1 year'"""));
		assertThat(count("select count(*) from activity where status = 'PLANNED' and occurred_at > now()"))
			.isPositive();
		assertThat(count("select max(n) from (select count(*) as n from contact group by account_id) x"))
			.isGreaterThan(3 * count("select min(n) from (select count(*) as n from contact group by account_id) x"));
		assertThat(count("select count(distinct industry_id) from account")).isGreaterThan(6);
	}

	@Test
	void theIndexesDroppedForTheLoadAreBackAfterwards() throws SQLException {
		assertThat(count("""
				select count(*) from pg_indexes where schemaname = current_schema()
				  and indexname in ('ix_activity_account', 'ix_activity_owner_planned', 'ix_activity_contact_contact',
				                    'ix_lead_name_trgm', 'ix_lead_registered_at', 'ix_lead_open')""")).isEqualTo(6);
	}

	@Test
	void theLoadWritesNoAuditEvents() throws SQLException {
		assertThat(count("select count(*) from audit_event")).isEqualTo(this.auditEventsBefore);
	}

	@Test
	void namesAreChinese() throws SQLException {
		String han = "'^[\\u4e00-\\u9fff]+$'";
		assertThat(count("select count(*) from contact where name !~ " + han)).isZero();
		assertThat(count("select count(*) from app_user where display_name !~ " + han)).isZero();
		assertThat(count("select count(*) from account where name !~ " + han + " or name not like '%有限公司'")).isZero();
		assertThat(count("select count(*) from lead where name !~ " + han)).isZero();
		assertThat(count("select count(distinct name) from contact")).isGreaterThan(PRESET.contacts() / 3L);
	}

	@Test
	void generatedUsersSignInWithTheDemoPassword() throws SQLException {
		try (Statement statement = this.connection.createStatement();
				ResultSet result = statement
					.executeQuery("select password_hash from app_user where username = 'rep001'")) {
			assertThat(result.next()).isTrue();
			assertThat(PasswordHashing.encoder().matches(DataGeneratorRunner.PASSWORD, result.getString(1))).isTrue();
		}
	}

	private long count(String sql) throws SQLException {
		try (Statement statement = this.connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
			result.next();
			return result.getLong(1);
		}
	}

	private List<Long> counts(String sql) throws SQLException {
		List<Long> values = new ArrayList<>();
		try (Statement statement = this.connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
			while (result.next()) {
				values.add(result.getLong(1));
			}
		}
		return values;
	}

	private Connection connect(String url) throws SQLException {
		return DriverManager.getConnection(url, this.server.username(), this.server.password());
	}

	/** The server's JDBC URL with another database. */
	private String urlOf(String databaseName) {
		String url = this.server.jdbcUrl();
		int query = url.indexOf('?');
		String base = (query >= 0) ? url.substring(0, query) : url;
		String rest = (query >= 0) ? url.substring(query) : "";
		return base.substring(0, base.lastIndexOf('/') + 1) + databaseName.toLowerCase(Locale.ROOT) + rest;
	}

}
