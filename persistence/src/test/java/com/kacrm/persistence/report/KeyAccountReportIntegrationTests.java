package com.kacrm.persistence.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.kacrm.persistence.test.PersistenceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The key-account analysis on a hand-built set of accounts and won deals in 2011–2013
 * (two teams in two regions of their own), each figure checked against a hand count.
 */
@PersistenceTest
class KeyAccountReportIntegrationTests {

	static final LocalDate FROM = LocalDate.of(2011, 1, 1);

	static final LocalDate TO = LocalDate.of(2013, 12, 31);

	@Autowired
	KeyAccountReport report;

	@Autowired
	JdbcClient jdbc;

	long region1;

	long region2;

	long team1;

	long team2;

	long rep1;

	long rep2;

	long rep3;

	long a1;

	long a2;

	long a4;

	@BeforeEach
	void buildAccountsAndDeals() {
		String code = "K" + Long.toString(System.nanoTime() % 100000, 36).toUpperCase();
		this.region1 = id("insert into region (code, name_zh, name_en) values (?, '大客户一区', 'KA one') returning id",
				code + "A");
		this.region2 = id("insert into region (code, name_zh, name_en) values (?, '大客户二区', 'KA two') returning id",
				code + "B");
		this.team1 = id("insert into team (code, name_zh, region_id) values (?, '大客户一组', ?) returning id", code + "A",
				this.region1);
		this.team2 = id("insert into team (code, name_zh, region_id) values (?, '大客户二组', ?) returning id", code + "B",
				this.region2);
		this.rep1 = user(code + ".1", this.team1);
		this.rep2 = user(code + ".2", this.team1);
		this.rep3 = user(code + ".3", this.team2);
		this.a1 = account("甲客户", "A", this.team1, this.rep1);
		this.a2 = account("乙客户", "B", this.team1, this.rep2);
		long a3 = account("丙客户", "C", this.team1, this.rep1);
		this.a4 = account("丁客户", "A", this.team2, this.rep3);
		account("戊客户", "B", this.team1, this.rep1);
		long d1 = wonDeal(this.a1, this.team1, this.rep1, "2011-03-01", "100", "20");
		long d2 = wonDeal(this.a1, this.team1, this.rep1, "2012-05-01", "150", "30");
		long d3 = wonDeal(this.a2, this.team1, this.rep2, "2012-06-01", "50", null);
		long d4 = wonDeal(a3, this.team1, this.rep1, "2012-07-01", "200", "10");
		wonDeal(this.a4, this.team2, this.rep3, "2013-01-10", "80", "40");
		long before = wonDeal(this.a1, this.team1, this.rep1, "2010-12-31", "999", "1");
		payment(d1, "60", "2011-06-01");
		payment(d2, "100", "2013-02-01");
		payment(d3, "50", "2012-08-01");
		payment(d4, "200", "2012-09-01");
		payment(before, "999", "2010-12-31");
	}

	@Test
	void countsKeyAccountsPerRegionAndThoseWhoBought() {
		KeyAccountFigures figures = bothTeams(ReportFilter.none());
		assertThat(figures.regions())
			.extracting(KeyAccountFigures.Region::regionId, KeyAccountFigures.Region::keyAccounts,
					KeyAccountFigures.Region::buyingKeyAccounts)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(this.region1, 3L, 2L),
					org.assertj.core.groups.Tuple.tuple(this.region2, 1L, 1L));
	}

	@Test
	void givesSalesShareAverageProfitPaymentsAndGrowthPerYear() {
		List<KeyAccountFigures.Year> years = bothTeams(ReportFilter.none()).years();
		assertThat(years).extracting(KeyAccountFigures.Year::year).containsExactly(2011, 2012, 2013);
		year(years.get(0), "100", "0", "100", "100.00", 1, "100", "60", "20", 0, null);
		year(years.get(1), "200", "200", "400", "50.00", 2, "100", "50", "30", 1, "100.00");
		year(years.get(2), "80", "0", "80", "100.00", 1, "80", "100", "40", 0, "-60.00");
	}

	@Test
	void ranksKeyAccountsBySalesAndByKnownProfit() {
		KeyAccountFigures figures = bothTeams(ReportFilter.none());
		assertThat(figures.topBySales()).extracting(KeyAccountFigures.Ranked::rank, KeyAccountFigures.Ranked::accountId)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(1, this.a1),
					org.assertj.core.groups.Tuple.tuple(2, this.a4), org.assertj.core.groups.Tuple.tuple(3, this.a2));
		KeyAccountFigures.Ranked first = figures.topBySales().get(0);
		assertThat(first.sales()).isEqualByComparingTo("250");
		assertThat(first.profit()).isEqualByComparingTo("50");
		assertThat(first.payments()).isEqualByComparingTo("160");
		assertThat(first.region().zh()).isEqualTo("大客户一区");
		KeyAccountFigures.Ranked unknown = figures.topBySales().get(2);
		assertThat(unknown.profit()).isNull();
		assertThat(unknown.unknownProfitDeals()).isEqualTo(1);
		assertThat(figures.topByProfit()).extracting(KeyAccountFigures.Ranked::accountId)
			.containsExactly(this.a1, this.a4);
		assertThat(this.report.compute(scope(), period(ReportFilter.none()), 1).topBySales())
			.extracting(KeyAccountFigures.Ranked::accountId)
			.containsExactly(this.a1);
	}

	@Test
	void aRepSeesOnlyTheirOwnDealsAndAccounts() {
		KeyAccountFigures figures = this.report.compute(new ReportScope(Set.of(), this.rep1),
				period(ReportFilter.none()), 5);
		assertThat(figures.regions()).singleElement().satisfies((r) -> {
			assertThat(r.regionId()).isEqualTo(this.region1);
			assertThat(r.keyAccounts()).isEqualTo(2);
			assertThat(r.buyingKeyAccounts()).isEqualTo(1);
		});
		List<KeyAccountFigures.Year> years = figures.years();
		year(years.get(0), "100", "0", "100", "100.00", 1, "100", "60", "20", 0, null);
		year(years.get(1), "150", "200", "350", "42.86", 1, "150", "0", "30", 0, "50.00");
		year(years.get(2), "0", "0", "0", null, 0, null, "100", null, 0, "-100.00");
		assertThat(figures.topBySales()).extracting(KeyAccountFigures.Ranked::accountId).containsExactly(this.a1);
	}

	@Test
	void aManagerSeesOnlyTheTeamsTheyManage() {
		KeyAccountFigures figures = this.report.compute(new ReportScope(Set.of(this.team2), null),
				period(ReportFilter.none()), 5);
		assertThat(figures.regions()).extracting(KeyAccountFigures.Region::regionId).containsExactly(this.region2);
		assertThat(figures.years()).extracting(KeyAccountFigures.Year::keyAccountSales)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("80"));
		assertThat(figures.topBySales()).extracting(KeyAccountFigures.Ranked::accountId).containsExactly(this.a4);
	}

	@Test
	void theFiltersNarrowTheDeals() {
		KeyAccountFigures byRep = bothTeams(new ReportFilter(null, this.rep2, null, null, null, null));
		assertThat(byRep.topBySales()).extracting(KeyAccountFigures.Ranked::accountId).containsExactly(this.a2);
		KeyAccountFigures year2012 = this.report.compute(scope(),
				new ReportFilter(this.team1, null, null, null, LocalDate.of(2012, 1, 1), LocalDate.of(2012, 12, 31)),
				5);
		assertThat(year2012.years()).singleElement().satisfies((y) -> {
			assertThat(y.keyAccountSales()).isEqualByComparingTo("200");
			assertThat(y.growthRate()).isNull();
		});
	}

	@Test
	void aTierFilterOfCLeavesNoKeyAccountFigures() {
		KeyAccountFigures figures = bothTeams(new ReportFilter(null, null, null, "C", null, null));
		assertThat(figures.keyAccountsExcluded()).isTrue();
		assertThat(figures.regions()).isEmpty();
		assertThat(figures.topBySales()).isEmpty();
		assertThat(figures.years().get(1).keyAccountSales()).isEqualByComparingTo("0");
		assertThat(figures.years().get(1).otherSales()).isEqualByComparingTo("200");
	}

	private KeyAccountFigures bothTeams(ReportFilter filter) {
		return this.report.compute(scope(), period(filter), 5);
	}

	private ReportScope scope() {
		return new ReportScope(Set.of(this.team1, this.team2), null);
	}

	private static ReportFilter period(ReportFilter filter) {
		return new ReportFilter(filter.teamId(), filter.ownerId(), filter.industryId(), filter.tier(),
				(filter.from() != null) ? filter.from() : FROM, (filter.to() != null) ? filter.to() : TO);
	}

	private static void year(KeyAccountFigures.Year year, String key, String other, String total, String share,
			long buying, String average, String payments, String profit, long unknown, String growth) {
		assertThat(year.keyAccountSales()).as("key sales").isEqualByComparingTo(key);
		assertThat(year.otherSales()).as("other sales").isEqualByComparingTo(other);
		assertThat(year.totalSales()).as("total").isEqualByComparingTo(total);
		decimal(year.keyAccountShare(), share, "share");
		assertThat(year.buyingKeyAccounts()).as("buying").isEqualTo(buying);
		decimal(year.averageSales(), average, "average");
		assertThat(year.keyAccountPayments()).as("payments").isEqualByComparingTo(payments);
		decimal(year.keyAccountProfit(), profit, "profit");
		assertThat(year.unknownProfitDeals()).as("unknown profit").isEqualTo(unknown);
		decimal(year.growthRate(), growth, "growth");
	}

	private static void decimal(BigDecimal actual, String expected, String what) {
		if (expected == null) {
			assertThat(actual).as(what).isNull();
		}
		else {
			assertThat(actual).as(what).isEqualByComparingTo(expected);
		}
	}

	private long id(String sql, Object... args) {
		return this.jdbc.sql(sql).params(args).query(Long.class).single();
	}

	private long user(String username, long team) {
		return id(
				"insert into app_user (username, display_name, password_hash, role, team_id, created_at)"
						+ " values (?, ?, '{noop}x', 'REP', ?, now()) returning id",
				username.toLowerCase(), username, team);
	}

	private long account(String name, String tier, long team, long owner) {
		String unique = name + System.nanoTime();
		return id("insert into account (name, name_key, team_id, owner_id, tier, created_at)"
				+ " values (?, ?, ?, ?, ?, now()) returning id", unique, unique, team, owner, tier);
	}

	private long wonDeal(long account, long team, long owner, String signedOn, String amount, String profit) {
		LocalDate signed = LocalDate.parse(signedOn);
		return id("insert into opportunity (name, account_id, team_id, owner_id, milestone, status, created_at,"
				+ " created_by_name, milestone_entered_at, contract_amount, contract_signed_on, profit, closed_at)"
				+ " values ('大客户测试商机', ?, ?, ?, 'CONTRACT_SIGNED', 'WON', now(), 'test', now(), ?, ?, ?, now())"
				+ " returning id", account, team, owner, new BigDecimal(amount), signed,
				(profit != null) ? new BigDecimal(profit) : null);
	}

	private void payment(long deal, String amount, String receivedOn) {
		this.jdbc
			.sql("insert into opportunity_payment (opportunity_id, amount, received_on, recorded_at, recorded_by_name)"
					+ " values (?, ?, ?, now(), 'test')")
			.params(deal, new BigDecimal(amount), LocalDate.parse(receivedOn))
			.update();
	}

}
