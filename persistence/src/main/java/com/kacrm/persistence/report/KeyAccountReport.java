package com.kacrm.persistence.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import com.kacrm.domain.shared.LocalizedName;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The key-account analysis of seed 004 (大客户销售数据分析报告), computed by aggregate SQL: the
 * statements below are the whole report.
 * <p>
 * Definitions:
 * <ul>
 * <li>A <b>key account</b> (大客户) is an account of tier A or B (the manual: A and B are
 * the industry's top 50, visited in person). Its <b>region</b> is its team's region.</li>
 * <li><b>Sales</b> are the contract amounts of WON deals, by the calendar year of their
 * signing date (contract_signed_on), in 万元. <b>Other sales</b> are those of every other
 * account (tier C, D or not yet tiered).</li>
 * <li><b>Payments</b> (回款) are the amounts of opportunity_payment by the year they were
 * received, for won deals.</li>
 * <li><b>Profit</b> is the recorded profit of won deals; a deal without one is unknown,
 * not 0, and is counted as such.</li>
 * <li>The <b>period</b> is [filter.from, filter.to] on the signing (sales) and receipt
 * (payments) dates, split into its calendar years. The team, rep, industry and tier
 * filters and the viewer's {@link ReportScope} apply to the deals; for the count of key
 * accounts per region they apply to the accounts' own team, owner, industry and
 * tier.</li>
 * <li>A tier filter of C or D leaves no key account: the key-account figures are
 * empty.</li>
 * <li><b>Share</b> is key-account sales / total sales × 100; <b>growth rate</b> is (this
 * year − previous year) / previous year × 100 of key-account sales, none for the first
 * year of the period or after a year without sales; <b>average sales</b> is key-account
 * sales / key accounts that bought that year. Percentages have 2 decimals, averages
 * 4.</li>
 * </ul>
 */
@Service
@Transactional(readOnly = true)
public class KeyAccountReport {

	/** The most rows a ranking may ask for. */
	public static final int MAX_TOP = 50;

	private static final String KEY_TIER = "a.tier in ('A', 'B')";

	/**
	 * Key accounts per region, and how many of them have a won deal (within the deal
	 * conditions {@code %2$s}) signed in the period. {@code %1$s}: the account
	 * conditions.
	 */
	static final String REGIONS_SQL = """
			select r.id as region_id, r.name_zh, r.name_en, count(*) as key_accounts,
			       count(*) filter (where exists (select 1 from opportunity o
			                                      where o.account_id = a.id and %2$s)) as buying
			from account a
			join team t on t.id = a.team_id
			join region r on r.id = t.region_id
			where %1$s
			group by r.id, r.name_zh, r.name_en, r.code
			order by r.code
			""";

	/**
	 * Per calendar year of the period: key-account and other sales, buying key accounts,
	 * known profit and deals of unknown profit; then the key accounts' payments received.
	 */
	static final String YEARS_SQL = """
			with won as (
			    select cast(extract(year from o.contract_signed_on) as int) as yr, o.account_id,
			           o.contract_amount, o.profit, (%2$s) as key_account
			    from opportunity o
			    join account a on a.id = o.account_id
			    where %1$s
			), paid as (
			    select cast(extract(year from p.received_on) as int) as yr, sum(p.amount) as payments
			    from opportunity_payment p
			    join opportunity o on o.id = p.opportunity_id
			    join account a on a.id = o.account_id
			    where %3$s and %2$s
			    group by 1
			)
			select y.yr,
			       coalesce(sum(w.contract_amount) filter (where w.key_account), 0) as key_sales,
			       coalesce(sum(w.contract_amount) filter (where not w.key_account), 0) as other_sales,
			       count(distinct w.account_id) filter (where w.key_account) as buying,
			       sum(w.profit) filter (where w.key_account) as key_profit,
			       count(*) filter (where w.key_account and w.profit is null) as unknown_profit,
			       coalesce(max(pd.payments), 0) as key_payments
			from generate_series(:firstYear, :lastYear) as y(yr)
			left join won w on w.yr = y.yr
			left join paid pd on pd.yr = y.yr
			group by y.yr
			order by y.yr
			""";

	/**
	 * Key accounts ranked over the period: sales, known profit and payments per account;
	 * {@code %3$s} the ranking's extra condition, {@code %4$s} its order.
	 */
	static final String RANKING_SQL = """
			with sales as (
			    select o.account_id, sum(o.contract_amount) as sales, sum(o.profit) as profit,
			           count(*) filter (where o.profit is null) as unknown_profit
			    from opportunity o
			    join account a on a.id = o.account_id
			    where %1$s
			    group by o.account_id
			), paid as (
			    select o.account_id, sum(p.amount) as payments
			    from opportunity_payment p
			    join opportunity o on o.id = p.opportunity_id
			    join account a on a.id = o.account_id
			    where %2$s
			    group by o.account_id
			)
			select a.id, a.name, r.name_zh, r.name_en, s.sales, s.profit, s.unknown_profit,
			       coalesce(pd.payments, 0) as payments
			from sales s
			join account a on a.id = s.account_id
			join team t on t.id = a.team_id
			join region r on r.id = t.region_id
			left join paid pd on pd.account_id = s.account_id
			where %3$s
			order by %4$s, a.name, a.id
			limit :top
			""";

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final JdbcClient jdbc;

	KeyAccountReport(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The report for {@code filter} (its period must be set) as {@code scope} may see it,
	 * with rankings of {@code top} rows (1 to {@link #MAX_TOP}).
	 */
	public KeyAccountFigures compute(ReportScope scope, ReportFilter filter, int top) {
		int rows = Math.max(1, Math.min(MAX_TOP, top));
		boolean excluded = filter.tier() != null && !filter.tier().equals("A") && !filter.tier().equals("B");
		int firstYear = filter.from().getYear();
		int lastYear = filter.to().getYear();
		return new KeyAccountFigures(firstYear, lastYear, excluded, regions(scope, filter),
				years(scope, filter, firstYear, lastYear), ranking(scope, filter, rows, "true", "s.sales desc"),
				ranking(scope, filter, rows, "s.profit is not null", "s.profit desc"));
	}

	private List<KeyAccountFigures.Region> regions(ReportScope scope, ReportFilter filter) {
		SqlWhere accounts = filter.dealDimensions(scope.deals(new SqlWhere(), "a.team_id", "a.owner_id"), "a", "a")
			.and(KEY_TIER);
		SqlWhere deals = signedDeals(scope, filter);
		String sql = REGIONS_SQL.formatted(accounts.sql(), deals.sql());
		return this.jdbc.sql(sql)
			.params(accounts.parameters())
			.params(deals.parameters())
			.query((rs, n) -> new KeyAccountFigures.Region(rs.getLong("region_id"),
					new LocalizedName(rs.getString("name_zh"), rs.getString("name_en")), rs.getLong("key_accounts"),
					rs.getLong("buying")))
			.list();
	}

	private List<KeyAccountFigures.Year> years(ReportScope scope, ReportFilter filter, int firstYear, int lastYear) {
		SqlWhere deals = signedDeals(scope, filter);
		SqlWhere payments = receivedPayments(scope, filter);
		String sql = YEARS_SQL.formatted(deals.sql(), KEY_TIER, payments.sql());
		List<KeyAccountFigures.Year> years = new ArrayList<>();
		BigDecimal[] previous = { null };
		this.jdbc.sql(sql)
			.params(deals.parameters())
			.params(payments.parameters())
			.param("firstYear", firstYear)
			.param("lastYear", lastYear)
			.query((rs, n) -> {
				BigDecimal key = rs.getBigDecimal("key_sales");
				BigDecimal other = rs.getBigDecimal("other_sales");
				BigDecimal total = key.add(other);
				long buying = rs.getLong("buying");
				return new KeyAccountFigures.Year(rs.getInt("yr"), key, other, total, percent(key, total), buying,
						(buying == 0) ? null : key.divide(BigDecimal.valueOf(buying), 4, RoundingMode.HALF_UP),
						rs.getBigDecimal("key_payments"), rs.getBigDecimal("key_profit"), rs.getLong("unknown_profit"),
						null);
			})
			.list()
			.forEach((year) -> {
				BigDecimal growth = (previous[0] == null) ? null
						: percent(year.keyAccountSales().subtract(previous[0]), previous[0]);
				previous[0] = year.keyAccountSales();
				years.add(new KeyAccountFigures.Year(year.year(), year.keyAccountSales(), year.otherSales(),
						year.totalSales(), year.keyAccountShare(), year.buyingKeyAccounts(), year.averageSales(),
						year.keyAccountPayments(), year.keyAccountProfit(), year.unknownProfitDeals(), growth));
			});
		return years;
	}

	private List<KeyAccountFigures.Ranked> ranking(ReportScope scope, ReportFilter filter, int top, String condition,
			String order) {
		SqlWhere deals = signedDeals(scope, filter).and(KEY_TIER);
		SqlWhere payments = receivedPayments(scope, filter).and(KEY_TIER);
		String sql = RANKING_SQL.formatted(deals.sql(), payments.sql(), condition, order);
		int[] rank = { 0 };
		return this.jdbc.sql(sql)
			.params(deals.parameters())
			.params(payments.parameters())
			.param("top", top)
			.query((rs, n) -> new KeyAccountFigures.Ranked(++rank[0], rs.getLong("id"), rs.getString("name"),
					new LocalizedName(rs.getString("name_zh"), rs.getString("name_en")), rs.getBigDecimal("sales"),
					rs.getBigDecimal("profit"), rs.getLong("unknown_profit"), rs.getBigDecimal("payments")))
			.list();
	}

	/** Won deals signed in the period, in the scope and the filter's dimensions. */
	private static SqlWhere signedDeals(ReportScope scope, ReportFilter filter) {
		SqlWhere where = new SqlWhere().and("o.status = 'WON'").and("o.contract_amount is not null");
		filter.dealDimensions(scope.deals(where, "o.team_id", "o.owner_id"), "o", "a");
		return filter.periodOnDate(where, "o.contract_signed_on");
	}

	/** Payments received in the period on won deals in the scope and dimensions. */
	private static SqlWhere receivedPayments(ReportScope scope, ReportFilter filter) {
		SqlWhere where = new SqlWhere().and("o.status = 'WON'");
		filter.dealDimensions(scope.deals(where, "o.team_id", "o.owner_id"), "o", "a");
		return filter.periodOnDate(where, "p.received_on");
	}

	private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
		if (whole == null || whole.signum() == 0) {
			return null;
		}
		return part.multiply(HUNDRED).divide(whole, 2, RoundingMode.HALF_UP);
	}

}
