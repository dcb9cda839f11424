package com.kacrm.persistence.report;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import com.kacrm.domain.organisation.Role;
import com.kacrm.domain.playbook.Milestone;
import com.kacrm.persistence.shared.Viewer;
import com.kacrm.persistence.test.PersistenceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The funnel's and the aging list's SQL on deals built with known moves at fixed times,
 * so that counts, amounts, conversion and days are exact: two teams, three reps, five
 * deals in team A and one in team B, the period 2025.
 */
@PersistenceTest
class FunnelReportIntegrationTests {

	private static final ReportFilter YEAR_2025 = new ReportFilter(null, null, null, null, LocalDate.of(2025, 1, 1),
			LocalDate.of(2025, 12, 31));

	@Autowired
	JdbcClient jdbc;

	@Autowired
	FunnelReport funnel;

	@Autowired
	StalledDealsReport stalled;

	@Autowired
	Clock clock;

	long teamA;

	long teamB;

	long managerA;

	long managerB;

	long repA1;

	long repA2;

	long repB;

	long industry1;

	long industry2;

	long accountA1;

	long accountA2;

	long accountB;

	@BeforeEach
	void world() {
		String code = "F" + UUID.randomUUID().toString().replace("-", "").substring(0, 5).toUpperCase();
		long region = this.jdbc.sql("insert into region (code, name_zh) values (:c, '漏斗区') returning id")
			.param("c", code)
			.query(Long.class)
			.single();
		this.teamA = team(code + "A", region);
		this.teamB = team(code + "B", region);
		this.managerA = user(code + "ma", Role.MANAGER, this.teamA);
		this.managerB = user(code + "mb", Role.MANAGER, this.teamB);
		this.repA1 = user(code + "r1", Role.REP, this.teamA);
		this.repA2 = user(code + "r2", Role.REP, this.teamA);
		this.repB = user(code + "rb", Role.REP, this.teamB);
		this.jdbc.sql("update team set manager_id = :m where id = :t")
			.param("m", this.managerA)
			.param("t", this.teamA)
			.update();
		this.jdbc.sql("update team set manager_id = :m where id = :t")
			.param("m", this.managerB)
			.param("t", this.teamB)
			.update();
		this.industry1 = this.jdbc.sql("select id from industry order by id limit 1").query(Long.class).single();
		this.industry2 = this.jdbc.sql("select id from industry order by id offset 1 limit 1")
			.query(Long.class)
			.single();
		this.accountA1 = account(code + " A1", this.teamA, this.industry1, "A");
		this.accountA2 = account(code + " A2", this.teamA, this.industry2, "B");
		this.accountB = account(code + " B", this.teamB, this.industry1, "A");

		// D1: 10 days in planning, 20 in call & visit, now at project approval
		long d1 = deal("D1", this.accountA1, this.teamA, this.repA1, "PROJECT_APPROVAL", "OPEN", "100", null, 25,
				at("2025-02-01"), at("2025-03-03"));
		move(d1, "FORWARD", "PLANNING", "CALL_AND_VISIT", "OPEN", "OPEN", at("2025-02-11"));
		move(d1, "FORWARD", "CALL_AND_VISIT", "PROJECT_APPROVAL", "OPEN", "OPEN", at("2025-03-03"));
		// D2: 4 days in planning, now at call & visit
		long d2 = deal("D2", this.accountA1, this.teamA, this.repA1, "CALL_AND_VISIT", "OPEN", "50", null, 10,
				at("2025-02-01"), at("2025-02-05"));
		move(d2, "FORWARD", "PLANNING", "CALL_AND_VISIT", "OPEN", "OPEN", at("2025-02-05"));
		// D3: still planning
		deal("D3", this.accountA2, this.teamA, this.repA2, "PLANNING", "OPEN", "20", null, 5, at("2025-02-01"),
				at("2025-02-01"));
		// D4: 6 days in planning, then lost at call & visit (not in the funnel's counts)
		long d4 = deal("D4", this.accountA2, this.teamA, this.repA2, "CALL_AND_VISIT", "LOST", "70", null, 10,
				at("2025-02-01"), at("2025-02-07"));
		move(d4, "FORWARD", "PLANNING", "CALL_AND_VISIT", "OPEN", "OPEN", at("2025-02-07"));
		move(d4, "LOST", "CALL_AND_VISIT", "CALL_AND_VISIT", "OPEN", "LOST", at("2025-03-01"));
		// D5: created before the period, signed in it after 304 days in planning (a
		// manager's override)
		long d5 = deal("D5", this.accountA1, this.teamA, this.repA1, "CONTRACT_SIGNED", "WON", "90", "80", 100,
				at("2024-06-01"), at("2025-04-01"));
		move(d5, "OVERRIDE", "PLANNING", "CONTRACT_SIGNED", "OPEN", "WON", at("2025-04-01"));
		// team B's one deal
		deal("DB", this.accountB, this.teamB, this.repB, "PLANNING", "OPEN", "1000", null, 5, at("2025-02-01"),
				at("2025-02-01"));
	}

	@Test
	void countsAmountsAndWeightedAmountsPerMilestoneOfTheManagersTeam() {
		FunnelResult result = this.funnel.funnel(manager(this.managerA), YEAR_2025);

		assertThat(result.stages()).extracting(FunnelStage::milestone).containsExactly(Milestone.values());
		assertStage(result.stages().get(0), 1, "20.00", "1.00");
		assertStage(result.stages().get(1), 1, "50.00", "5.00");
		assertStage(result.stages().get(2), 1, "100.00", "25.00");
		assertStage(result.stages().get(3), 0, "0.00", "0.00");
		assertStage(result.stages().get(6), 1, "80.00", "80.00");
		assertStage(result.stages().get(7), 0, "0.00", "0.00");
		assertThat(result.totals()).isEqualTo(new FunnelTotals(4, new BigDecimal("250.00"), new BigDecimal("111.00")));
	}

	@Test
	void conversionIsTheShareOfTheDealsEnteringInThePeriodThatReachedALaterMilestone() {
		FunnelResult result = this.funnel.funnel(manager(this.managerA), YEAR_2025);

		FunnelStage planning = result.stages().get(0);
		assertThat(planning.cohort()).isEqualTo(4);
		assertThat(planning.conversionRate()).isEqualByComparingTo("0.75");
		FunnelStage callAndVisit = result.stages().get(1);
		assertThat(callAndVisit.cohort()).isEqualTo(3);
		assertThat(callAndVisit.conversionRate()).isEqualTo(new BigDecimal("0.3333"));
		assertThat(result.stages().get(2).conversionRate()).isEqualByComparingTo("0");
		assertThat(result.stages().get(3).cohort()).isZero();
		assertThat(result.stages().get(3).conversionRate()).isNull();
		assertThat(result.stages().get(6).cohort()).isEqualTo(1);
		assertThat(result.stages().get(7).conversionRate()).isNull();
	}

	@Test
	void averageAndMedianDaysOfTheStaysThatEndedInThePeriod() {
		FunnelResult result = this.funnel.funnel(manager(this.managerA), YEAR_2025);

		// planning stays 10, 4, 6 and 304 days; call & visit one of 20 (being lost is no
		// change of milestone)
		assertThat(result.stages().get(0).avgDays()).isEqualByComparingTo("81.0");
		assertThat(result.stages().get(0).medianDays()).isEqualByComparingTo("8.0");
		assertThat(result.stages().get(1).avgDays()).isEqualByComparingTo("20.0");
		assertThat(result.stages().get(1).medianDays()).isEqualByComparingTo("20.0");
		assertThat(result.stages().get(2).avgDays()).isNull();
	}

	@Test
	void thePeriodIsOfBusinessDaysInChinaTime() {
		// 23:30 on the period's last day in Shanghai is in it; ten past midnight after it
		// is not, though both are 31 December in UTC.
		deal("D6", this.accountA2, this.teamA, this.repA2, "PLANNING", "OPEN", "5", null, 5,
				Instant.parse("2025-12-31T15:30:00Z"), Instant.parse("2025-12-31T15:30:00Z"));
		deal("D7", this.accountA2, this.teamA, this.repA2, "PLANNING", "OPEN", "5", null, 5,
				Instant.parse("2025-12-31T16:10:00Z"), Instant.parse("2025-12-31T16:10:00Z"));

		assertThat(this.funnel.funnel(manager(this.managerA), YEAR_2025).stages().get(0).cohort()).isEqualTo(5);
		ReportFilter newYearsDay = new ReportFilter(null, null, null, null, LocalDate.of(2026, 1, 1),
				LocalDate.of(2026, 1, 1));
		assertThat(this.funnel.funnel(manager(this.managerA), newYearsDay).stages().get(0).cohort()).isEqualTo(1);
	}

	@Test
	void aPeriodBeforeTheMovesHasNoCohortNorStays() {
		ReportFilter year2023 = new ReportFilter(null, null, null, null, LocalDate.of(2023, 1, 1),
				LocalDate.of(2023, 12, 31));
		FunnelResult result = this.funnel.funnel(manager(this.managerA), year2023);

		assertThat(result.totals().count()).isEqualTo(4);
		assertThat(result.stages()).allSatisfy((stage) -> {
			assertThat(stage.cohort()).isZero();
			assertThat(stage.conversionRate()).isNull();
			assertThat(stage.avgDays()).isNull();
		});
	}

	@Test
	void aRepSeesOnlyTheirOwnDealsWhateverOwnerTheyFilter() {
		Viewer rep = new Viewer(this.repA2, "rep", Role.REP, null);
		FunnelResult own = this.funnel.funnel(rep, YEAR_2025);
		FunnelResult filtered = this.funnel.funnel(rep,
				new ReportFilter(null, this.repA1, null, null, YEAR_2025.from(), YEAR_2025.to()));

		assertThat(own.totals()).isEqualTo(new FunnelTotals(1, new BigDecimal("20.00"), new BigDecimal("1.00")));
		assertThat(own.stages().get(0).cohort()).isEqualTo(2);
		assertThat(own.stages().get(0).conversionRate()).isEqualByComparingTo("0.5");
		assertThat(filtered.totals().count()).isZero();
	}

	@Test
	void aManagerSeesOnlyTheTeamsTheyManage() {
		assertThat(this.funnel.funnel(manager(this.managerB), YEAR_2025).totals())
			.isEqualTo(new FunnelTotals(1, new BigDecimal("1000.00"), new BigDecimal("50.00")));
		ReportFilter otherTeam = new ReportFilter(this.teamB, null, null, null, YEAR_2025.from(), YEAR_2025.to());
		FunnelResult result = this.funnel.funnel(manager(this.managerA), otherTeam);
		assertThat(result.totals().count()).isZero();
		assertThat(result.stages().get(0).cohort()).isZero();
	}

	@Test
	void industryAndTierFilterTheDealsByTheirAccount() {
		ReportFilter tierB = new ReportFilter(null, null, null, "B", YEAR_2025.from(), YEAR_2025.to());
		ReportFilter industry1 = new ReportFilter(null, null, this.industry1, null, YEAR_2025.from(), YEAR_2025.to());
		Viewer manager = manager(this.managerA);

		assertThat(this.funnel.funnel(manager, tierB).totals())
			.isEqualTo(new FunnelTotals(1, new BigDecimal("20.00"), new BigDecimal("1.00")));
		assertThat(this.funnel.funnel(manager, industry1).totals())
			.isEqualTo(new FunnelTotals(3, new BigDecimal("230.00"), new BigDecimal("110.00")));
	}

	@Test
	void stalledDealsAreTheOpenOnesLongerThanTheThresholdInTheirMilestone() {
		Instant now = this.clock.instant();
		long old = deal("Old", this.accountA1, this.teamA, this.repA1, "DEEP_CONTACT", "OPEN", "30", null, 40,
				now.minus(Duration.ofDays(100)), now.minus(Duration.ofDays(40)).minusSeconds(60));
		deal("Recent", this.accountA1, this.teamA, this.repA1, "DEEP_CONTACT", "OPEN", "30", null, 40,
				now.minus(Duration.ofDays(100)), now.minus(Duration.ofDays(10)).minusSeconds(60));

		StalledDeals thirty = this.stalled.stalled(manager(this.managerA), ReportFilter.none(), 30);
		// the 2025 deals D1, D2, D3 are stalled too (open since 2025), D4 lost and D5 won
		// are not
		assertThat(thirty.total()).isEqualTo(4);
		assertThat(thirty.rows()).extracting(StalledDealRow::name).contains("Old").doesNotContain("Recent");
		StalledDealRow row = thirty.rows().stream().filter((r) -> r.id() == old).findFirst().orElseThrow();
		assertThat(row.days()).isEqualTo(40);
		assertThat(row.milestone()).isEqualTo(Milestone.DEEP_CONTACT);
		assertThat(row.accountName()).endsWith(" A1");
		assertThat(row.amount()).isEqualByComparingTo("30");
		assertThat(thirty.rows().get(0).days()).isGreaterThanOrEqualTo(thirty.rows().get(3).days());

		assertThat(this.stalled.stalled(manager(this.managerA), ReportFilter.none(), 5).total()).isEqualTo(5);
		assertThat(this.stalled.stalled(new Viewer(this.repA2, "rep", Role.REP, null), ReportFilter.none(), 30).rows())
			.extracting(StalledDealRow::name)
			.containsExactly("D3");
		assertThat(this.stalled.stalled(manager(this.managerB), ReportFilter.none(), 30).rows())
			.extracting(StalledDealRow::name)
			.containsExactly("DB");
	}

	private Viewer manager(long id) {
		return new Viewer(id, "manager", Role.MANAGER, null);
	}

	private static void assertStage(FunnelStage stage, long count, String amount, String weighted) {
		assertThat(stage.count()).as(stage.milestone() + " count").isEqualTo(count);
		assertThat(stage.amount()).as(stage.milestone() + " amount").isEqualTo(new BigDecimal(amount));
		assertThat(stage.weightedAmount()).as(stage.milestone() + " weighted").isEqualTo(new BigDecimal(weighted));
	}

	private static Instant at(String day) {
		return LocalDate.parse(day).atTime(4, 0).toInstant(ZoneOffset.UTC);
	}

	private long team(String code, long region) {
		return this.jdbc.sql("insert into team (code, name_zh, region_id) values (:c, :c, :r) returning id")
			.param("c", code)
			.param("r", region)
			.query(Long.class)
			.single();
	}

	private long user(String username, Role role, long team) {
		return this.jdbc
			.sql("insert into app_user (username, display_name, password_hash, role, team_id, created_at)"
					+ " values (:u, :u, 'x', :r, :t, now()) returning id")
			.param("u", username.toLowerCase())
			.param("r", role.name())
			.param("t", team)
			.query(Long.class)
			.single();
	}

	private long account(String name, long team, long industry, String tier) {
		return this.jdbc
			.sql("insert into account (name, name_key, team_id, industry_id, tier, created_at)"
					+ " values (:n, :n, :t, :i, :tier, now()) returning id")
			.param("n", name)
			.param("t", team)
			.param("i", industry)
			.param("tier", tier)
			.query(Long.class)
			.single();
	}

	private long deal(String name, long account, long team, long owner, String milestone, String status,
			String estimate, String contract, int probability, Instant created, Instant entered) {
		boolean closed = status.equals("WON") || status.equals("LOST");
		return this.jdbc.sql("""
				insert into opportunity (name, account_id, team_id, owner_id, milestone, status, status_reason,
				    estimated_amount, contract_amount, contract_signed_on, probability, created_at, created_by_name,
				    milestone_entered_at, closed_at)
				values (:name, :account, :team, :owner, :milestone, :status, :reason, :estimate, :contract,
				    :signed, :probability, :created, 'test', :entered, :closed)
				returning id
				""")
			.param("name", name)
			.param("account", account)
			.param("team", team)
			.param("owner", owner)
			.param("milestone", milestone)
			.param("status", status)
			.param("reason", status.equals("LOST") ? "lost" : null)
			.param("estimate", new BigDecimal(estimate))
			.param("contract", (contract != null) ? new BigDecimal(contract) : null)
			.param("signed", (contract != null) ? LocalDate.of(2025, 4, 1) : null)
			.param("probability", probability)
			.param("created", OffsetDateTime.ofInstant(created, ZoneOffset.UTC))
			.param("entered", OffsetDateTime.ofInstant(entered, ZoneOffset.UTC))
			.param("closed", closed ? OffsetDateTime.ofInstant(entered, ZoneOffset.UTC) : null)
			.query(Long.class)
			.single();
	}

	private void move(long deal, String kind, String from, String to, String fromStatus, String toStatus, Instant at) {
		this.jdbc.sql("""
				insert into milestone_move (opportunity_id, kind, from_milestone, to_milestone, from_status, to_status,
				    reason, moved_at, moved_by_name)
				values (:deal, :kind, :from, :to, :fromStatus, :toStatus, :reason, :at, 'test')
				""")
			.param("deal", deal)
			.param("kind", kind)
			.param("from", from)
			.param("to", to)
			.param("fromStatus", fromStatus)
			.param("toStatus", toStatus)
			.param("reason", kind.equals("FORWARD") ? null : "because")
			.param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
			.update();
	}

}
