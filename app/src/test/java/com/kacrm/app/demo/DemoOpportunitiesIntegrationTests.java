package com.kacrm.app.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.kacrm.app.test.CrmIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo deals in the shared test database, as the demo loader wrote them: both teams
 * have deals at every milestone, won deals (at milestone 7 or 8, with their contract) and
 * lost ones with their reasons, and histories that lie in the past, in order, over more
 * than a year. Only the demo deals are read (by their names), so data other tests add
 * changes nothing here.
 */
@CrmIntegrationTest
class DemoOpportunitiesIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	private static final String DEMO = "o.name in (:names)";

	private final List<String> names = DemoOpportunities.DEALS.stream().map(DemoOpportunities.Deal::name).toList();

	@Test
	void everyDemoDealIsWrittenWithTheStatusItWasGiven() {
		for (DemoOpportunities.Deal deal : DemoOpportunities.DEALS) {
			Map<String, Object> row = this.jdbc
				.sql("select o.milestone, o.status from opportunity o join account a on a.id = o.account_id"
						+ " where o.name = :name and a.name = :account")
				.param("name", deal.name())
				.param("account", deal.account())
				.query()
				.singleRow();
			assertThat(row).as(deal.name())
				.containsEntry("milestone", com.kacrm.domain.playbook.Milestone.at(deal.reached()).name())
				.containsEntry("status", deal.status().name());
		}
	}

	@Test
	void eachTeamHasDealsAtEveryMilestone() {
		for (String team : List.of("SZ", "SH")) {
			List<String> milestones = this.jdbc
				.sql("select distinct o.milestone from opportunity o join team t on t.id = o.team_id"
						+ " join account a on a.id = o.account_id where t.code = :team and a.name in (:accounts)")
				.param("team", team)
				.param("accounts", DemoDataLoader.ACCOUNTS.stream().map((account) -> account.name()).toList())
				.query(String.class)
				.list();
			assertThat(milestones).as(team)
				.containsExactlyInAnyOrder("PLANNING", "CALL_AND_VISIT", "PROJECT_APPROVAL", "DEEP_CONTACT",
						"SOLUTION_AND_TENDER", "NEGOTIATION", "CONTRACT_SIGNED", "DELIVERY_AND_PAYMENT");
			assertThat(statusesOf(team)).as(team).contains("OPEN", "WON", "LOST", "ON_HOLD");
		}
	}

	@Test
	void wonDealsAreAtTheLastTwoMilestonesWithTheirContractAndSomeArePaid() {
		List<Map<String, Object>> won = this.jdbc
			.sql("select o.milestone, o.contract_amount, o.contract_signed_on from opportunity o where " + DEMO
					+ " and o.status = 'WON'")
			.param("names", this.names)
			.query()
			.listOfRows();
		assertThat(won).hasSizeGreaterThanOrEqualTo(4);
		assertThat(won).allSatisfy((row) -> {
			assertThat(row.get("milestone")).isIn("CONTRACT_SIGNED", "DELIVERY_AND_PAYMENT");
			assertThat(row.get("contract_amount")).isNotNull();
			assertThat(row.get("contract_signed_on")).isNotNull();
		});
		assertThat(this.jdbc
			.sql("select count(distinct p.opportunity_id) from opportunity_payment p join opportunity o"
					+ " on o.id = p.opportunity_id where " + DEMO)
			.param("names", this.names)
			.query(Long.class)
			.single()).isGreaterThanOrEqualTo(2);
	}

	@Test
	void lostAndHeldDealsSayWhy() {
		List<Map<String, Object>> closed = this.jdbc
			.sql("select o.status, o.status_reason from opportunity o where " + DEMO
					+ " and o.status in ('LOST', 'ON_HOLD')")
			.param("names", this.names)
			.query()
			.listOfRows();
		assertThat(closed).extracting((row) -> row.get("status")).contains("LOST", "ON_HOLD");
		assertThat(closed).allSatisfy((row) -> assertThat((String) row.get("status_reason")).isNotBlank());
		assertThat(this.jdbc
			.sql("select count(*) from milestone_move m join opportunity o on o.id = m.opportunity_id where " + DEMO
					+ " and m.kind = 'LOST' and m.reason is not null")
			.param("names", this.names)
			.query(Long.class)
			.single()).isGreaterThanOrEqualTo(2);
	}

	@Test
	void theMovesLieInThePastInOrderOverMoreThanAYear() {
		List<Map<String, Object>> moves = this.jdbc
			.sql("select m.opportunity_id, m.moved_at, o.created_at, o.milestone_entered_at from milestone_move m"
					+ " join opportunity o on o.id = m.opportunity_id where " + DEMO
					+ " order by m.opportunity_id, m.id")
			.param("names", this.names)
			.query()
			.listOfRows();
		Instant now = Instant.now();
		Instant earliest = now;
		Instant latest = Instant.EPOCH;
		Object deal = null;
		Instant previous = null;
		for (Map<String, Object> move : moves) {
			Instant at = instant(move.get("moved_at"));
			assertThat(at).isBefore(now);
			if (!move.get("opportunity_id").equals(deal)) {
				deal = move.get("opportunity_id");
				previous = instant(move.get("created_at"));
			}
			assertThat(at).as("move of deal %s", deal).isAfter(previous);
			previous = at;
			earliest = (at.isBefore(earliest)) ? at : earliest;
			latest = (at.isAfter(latest)) ? at : latest;
		}
		assertThat(Duration.between(earliest, latest)).isGreaterThan(Duration.ofDays(365));
		assertThat(this.jdbc
			.sql("select count(*) from opportunity o where " + DEMO + " and o.milestone <> 'PLANNING'"
					+ " and o.milestone_entered_at <> (select max(m.moved_at) from milestone_move m"
					+ " where m.opportunity_id = o.id and m.kind in ('FORWARD', 'OVERRIDE', 'BACK'))")
			.param("names", this.names)
			.query(Long.class)
			.single()).isZero();
		assertThat(this.jdbc
			.sql("select count(*) from history_entry h join opportunity o on o.id = h.subject_id"
					+ " where h.subject_type = 'OPPORTUNITY' and " + DEMO + " and h.occurred_at > now()")
			.param("names", this.names)
			.query(Long.class)
			.single()).isZero();
		assertThat(this.jdbc
			.sql("select count(*) from activity a join opportunity o on o.id = a.opportunity_id where " + DEMO
					+ " and a.status = 'DONE' and (a.occurred_at > now() or a.occurred_at < o.created_at"
					+ " or (a.source_activity_id is null and a.created_at < a.occurred_at - interval '1 second')"
					+ " or a.completed_at < a.occurred_at)")
			.param("names", this.names)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void theGatesWerePassedByTheirDataAndMilestoneThreeByApprovedRequests() {
		List<String> overrideReasons = this.jdbc
			.sql("select distinct m.reason from milestone_move m join opportunity o on o.id = m.opportunity_id"
					+ " where " + DEMO + " and m.kind = 'OVERRIDE'")
			.param("names", this.names)
			.query(String.class)
			.list();
		assertThat(overrideReasons).containsOnly("老客户，建档早于线索汇总表 JTF001（上线前补录）");
		assertThat(this.jdbc.sql("select count(*) from opportunity o where " + DEMO
				+ " and o.milestone not in ('PLANNING',"
				+ " 'CALL_AND_VISIT') and not exists (select 1 from approval_request r where r.opportunity_id = o.id"
				+ " and r.status = 'APPROVED' and o.expense_budget is not null)")
			.param("names", this.names)
			.query(Long.class)
			.single()).as("deals past milestone 2 without an approved request and budget").isZero();
		assertThat(this.jdbc
			.sql("select count(*) from milestone_move m join opportunity o on o.id = m.opportunity_id where " + DEMO
					+ " and m.kind = 'FORWARD'")
			.param("names", this.names)
			.query(Long.class)
			.single()).isGreaterThan(30);
		assertThat(this.jdbc
			.sql("select count(*) from opportunity_assessment s join opportunity o on o.id = s.opportunity_id"
					+ " where " + DEMO + " and s.passed")
			.param("names", this.names)
			.query(Long.class)
			.single()).isGreaterThanOrEqualTo(8);
	}

	@Test
	void eachTeamHasRequestsInEveryStateAndTwoWaitingForItsManager() {
		for (String team : List.of("SZ", "SH")) {
			Map<String, Long> counts = new java.util.HashMap<>();
			this.jdbc
				.sql("select r.status, count(*) from approval_request r join opportunity o on o.id = r.opportunity_id"
						+ " join team t on t.id = o.team_id where t.code = :team and " + DEMO + " group by r.status")
				.param("team", team)
				.param("names", this.names)
				.query((rs, row) -> counts.put(rs.getString(1), rs.getLong(2)))
				.list();
			assertThat(counts).as(team)
				.containsOnlyKeys("DRAFT", "SUBMITTED", "APPROVED", "REJECTED", "RETURNED", "WITHDRAWN");
			assertThat(counts.get("SUBMITTED")).as(team).isGreaterThanOrEqualTo(2);
		}
		assertThat(this.jdbc
			.sql("select count(*) from approval_request r join opportunity o on o.id = r.opportunity_id where " + DEMO
					+ " and r.status = 'SUBMITTED' and not o.approval_locked")
			.param("names", this.names)
			.query(Long.class)
			.single()).as("pending requests whose deal is not locked").isZero();
		assertThat(this.jdbc
			.sql("select count(*) from approval_transition s join approval_request r on r.id = s.request_id"
					+ " join opportunity o on o.id = r.opportunity_id where " + DEMO + " and s.acted_at > now()")
			.param("names", this.names)
			.query(Long.class)
			.single()).as("steps in the future").isZero();
		assertThat(this.jdbc
			.sql("select e.status from sales_expense e join opportunity o on o.id = e.opportunity_id where " + DEMO)
			.param("names", this.names)
			.query(String.class)
			.list()).as("expenses recorded against approved budgets, one overrun waiting")
			.contains("RECORDED", "OVERRUN_PENDING");
	}

	private List<String> statusesOf(String team) {
		return this.jdbc
			.sql("select distinct o.status from opportunity o join team t on t.id = o.team_id where t.code = :team and "
					+ DEMO)
			.param("team", team)
			.param("names", this.names)
			.query(String.class)
			.list();
	}

	private static Instant instant(Object value) {
		if (value instanceof java.sql.Timestamp timestamp) {
			return timestamp.toInstant();
		}
		if (value instanceof java.time.OffsetDateTime time) {
			return time.toInstant();
		}
		throw new IllegalArgumentException("Not a time: " + value);
	}

}
