package com.kacrm.app.demo;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import com.kacrm.app.test.CrmIntegrationTest;
import com.kacrm.persistence.account.NewAccount;
import com.kacrm.persistence.activity.Agenda;
import com.kacrm.persistence.activity.AgendaItem;
import com.kacrm.persistence.activity.AgendaService;
import com.kacrm.persistence.activity.CadenceService;
import com.kacrm.persistence.activity.OverdueAccount;
import com.kacrm.persistence.organisation.OrganisationService;
import com.kacrm.persistence.shared.Viewer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's calls and visits, as the demo loader wrote them into the shared test
 * database: 18 months of history for every account with people, at its tier's pace; each
 * rep's agenda with visits planned in the next two weeks and overdue next steps; each
 * team's accounts overdue for contact; the accounts' last contact equal to their latest
 * done activity. Only the demo accounts are read (by their names), and the assertions
 * leave room for what other tests add.
 */
@CrmIntegrationTest
class DemoActivitiesIntegrationTests {

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AgendaService agendas;

	@Autowired
	CadenceService cadence;

	@Autowired
	OrganisationService organisation;

	private final List<String> owned = DemoDataLoader.ACCOUNTS.stream()
		.filter((account) -> account.ownerUsername() != null)
		.map(NewAccount::name)
		.toList();

	private final List<String> all = DemoDataLoader.ACCOUNTS.stream().map(NewAccount::name).toList();

	@Test
	void everyAccountWithAnOwnerHasContactsInAtLeastTwelveOfTheLastEighteenMonths() {
		for (String account : this.owned) {
			long months = this.jdbc
				.sql("select count(distinct to_char(x.occurred_at at time zone 'Asia/Shanghai',"
						+ " 'YYYY-MM')) from activity x join account a on a.id = x.account_id where a.name = :name"
						+ " and x.status = 'DONE' and x.occurred_at > now() - interval '18 months'")
				.param("name", account)
				.query(Long.class)
				.single();
			assertThat(months).as(account).isGreaterThanOrEqualTo(12);
		}
	}

	@Test
	void tierAAccountsAreVisitedOftenAndTierCAndDAccountsMostlyCalled() {
		List<Map<String, Object>> rows = this.jdbc
			.sql("select a.name, a.tier, count(*) filter (where x.type not in ('PHONE_INVITATION', 'OTHER')) as visits,"
					+ " count(*) filter (where x.type in ('PHONE_INVITATION', 'OTHER')) as calls from account a"
					+ " join activity x on x.account_id = a.id and x.status = 'DONE' where a.name in (:names)"
					+ " group by a.name, a.tier")
			.param("names", this.owned)
			.query()
			.listOfRows();
		assertThat(rows).hasSize(this.owned.size());
		for (Map<String, Object> row : rows) {
			long visits = ((Number) row.get("visits")).longValue();
			long calls = ((Number) row.get("calls")).longValue();
			switch (String.valueOf(row.get("tier")).strip()) {
				case "A" -> assertThat(visits).as("visits of %s", row.get("name")).isGreaterThanOrEqualTo(30);
				case "C", "D" -> assertThat(calls).as("calls of %s", row.get("name")).isGreaterThan(visits);
				default -> assertThat(visits + calls).as("contacts of %s", row.get("name")).isGreaterThan(20);
			}
		}
		assertThat(this.jdbc
			.sql("select count(distinct x.summary) from activity x join account a on a.id = x.account_id"
					+ " where a.name in (:names)")
			.param("names", this.owned)
			.query(Long.class)
			.single()).as("different outcomes").isGreaterThan(40);
		assertThat(this.jdbc
			.sql("select count(*) from activity x join account a on a.id = x.account_id where a.name in (:names)"
					+ " and x.status = 'DONE' and x.opportunity_id is null and (extract(isodow from x.occurred_at at time zone 'Asia/Shanghai') > 5"
					+ " or extract(hour from x.occurred_at at time zone 'Asia/Shanghai') not between 8 and 17)")
			.param("names", this.owned)
			.query(Long.class)
			.single()).as("the accounts' own contacts outside working hours in China").isZero();
	}

	@Test
	void eachRepHasVisitsPlannedInTheNextTwoWeeksAndOverdueNextSteps() {
		LocalDate today = LocalDate.now(CHINA);
		for (String username : List.of("rep.zhang", "rep.li", "rep.wang")) {
			Agenda agenda = this.agendas.agendaOf(this.organisation.viewerOf(username), today, today.plusDays(14));
			assertThat(agenda.items()).as(username)
				.filteredOn((item) -> item.kind() == AgendaItem.Kind.PLANNED)
				.hasSizeGreaterThanOrEqualTo(2);
			assertThat(agenda.items()).as(username)
				.filteredOn(
						(item) -> item.kind() == AgendaItem.Kind.NEXT_STEP && !item.date().isAfter(today.plusDays(6)))
				.isNotEmpty();
			assertThat(agenda.overdue()).as(username)
				.filteredOn((item) -> item.kind() == AgendaItem.Kind.NEXT_STEP)
				.isNotEmpty()
				.allSatisfy((item) -> assertThat(item.overdue()).isTrue());
		}
		for (String username : List.of("manager.south", "manager.east")) {
			Agenda agenda = this.agendas.agendaOf(this.organisation.viewerOf(username), today, today.plusDays(14));
			assertThat(agenda.items()).as(username)
				.filteredOn((item) -> item.kind() == AgendaItem.Kind.PLANNED)
				.isNotEmpty();
		}
		for (String username : List.of("rep.li", "rep.wang")) {
			Agenda agenda = this.agendas.agendaOf(this.organisation.viewerOf(username), today, today.plusDays(14));
			assertThat(agenda.overdue()).as("%s's visit of the last working day", username)
				.anySatisfy((item) -> assertThat(item.kind()).isEqualTo(AgendaItem.Kind.PLANNED));
		}
	}

	@Test
	void eachTeamPlansAVisitFromAPhoneInvitationAndHasCancelledPlansWithReasons() {
		for (String team : List.of("SZ", "SH")) {
			assertThat(countInTeam(team, "x.status = 'PLANNED' and x.source_activity_id is not null"
					+ " and x.occurred_at > now() and exists (select 1 from activity s where s.id = x.source_activity_id"
					+ " and s.type = 'PHONE_INVITATION' and s.step_appointment)"))
				.as(team)
				.isGreaterThanOrEqualTo(1);
			assertThat(countInTeam(team, "x.status = 'CANCELLED' and length(x.cancel_reason) > 0")).as(team)
				.isGreaterThanOrEqualTo(1);
			assertThat(countInTeam(team,
					"x.status = 'PLANNED' and x.objective is not null and exists (select 1 from"
							+ " activity_role_to_meet r where r.activity_id = x.id)"))
				.as(team)
				.isGreaterThanOrEqualTo(1);
		}
	}

	@Test
	void eachTeamHasAccountsOverdueForContactByDifferentAmountsOneNeverContacted() {
		for (String manager : List.of("manager.south", "manager.east")) {
			Viewer viewer = this.organisation.viewerOf(manager);
			List<OverdueAccount> overdue = this.cadence.overdue(null, null, viewer, PageRequest.of(0, 100))
				.accounts()
				.getContent()
				.stream()
				.filter((account) -> this.all.contains(account.accountName()))
				.toList();
			assertThat(overdue).as(manager).hasSizeBetween(3, 6);
			assertThat(overdue.stream().map(OverdueAccount::daysOverdue).distinct()).as(manager)
				.hasSizeGreaterThanOrEqualTo(3);
			assertThat(overdue).as(manager).anySatisfy((account) -> assertThat(account.lastContactedAt()).isNull());
		}
	}

	@Test
	void theLastContactOfEveryDemoAccountIsItsLatestDoneActivity() {
		assertThat(this.jdbc
			.sql("select count(*) from account a where a.name in (:names) and a.last_contacted_at is distinct from"
					+ " (select max(x.occurred_at) from activity x where x.account_id = a.id and x.status = 'DONE')")
			.param("names", this.all)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void noPlanLiesInThePastButTheDeliberatelyOverdueVisitsOfTheLastWorkingDay() {
		List<Map<String, Object>> past = this.jdbc
			.sql("select x.occurred_at from activity x join account a on a.id = x.account_id where a.name in (:names)"
					+ " and x.status = 'PLANNED' and x.occurred_at < now()")
			.param("names", this.all)
			.query()
			.listOfRows();
		assertThat(past).hasSizeBetween(2, 4);
		assertThat(this.jdbc
			.sql("select count(*) from activity x join account a on a.id = x.account_id where a.name in (:names)"
					+ " and x.status = 'PLANNED' and x.occurred_at < now() - interval '5 days'")
			.param("names", this.all)
			.query(Long.class)
			.single()).isZero();
		assertThat(this.jdbc
			.sql("select count(*) from activity x join account a on a.id = x.account_id where a.name in (:names)"
					+ " and (x.created_at > now() or x.completed_at > now() or x.next_step_done_at > now()"
					+ " or (x.status = 'DONE' and x.occurred_at > now()))")
			.param("names", this.all)
			.query(Long.class)
			.single()).as("times in the future").isZero();
	}

	private long countInTeam(String team, String condition) {
		return this.jdbc
			.sql("select count(*) from activity x join account a on a.id = x.account_id join team t on t.id = a.team_id"
					+ " where t.code = :team and a.name in (:names) and " + condition)
			.param("team", team)
			.param("names", this.all)
			.query(Long.class)
			.single();
	}

}
