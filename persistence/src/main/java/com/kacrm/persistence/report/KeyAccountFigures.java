package com.kacrm.persistence.report;

import java.math.BigDecimal;
import java.util.List;

import com.kacrm.domain.shared.LocalizedName;

/**
 * The key-account analysis (seed 004's 大客户销售数据分析报告) for one filter and scope: key
 * accounts per region, the figures per year and the top-N rankings by sales and by
 * profit. Amounts are in 万元.
 *
 * @param firstYear the period's first calendar year
 * @param lastYear the period's last calendar year
 * @param keyAccountsExcluded whether the tier filter (C or D) leaves no key account, so
 * every key-account figure is empty by definition
 */
public record KeyAccountFigures(int firstYear, int lastYear, boolean keyAccountsExcluded, List<Region> regions,
		List<Year> years, List<Ranked> topBySales, List<Ranked> topByProfit) {

	/**
	 * Key accounts of a region and how many of them bought (signed a won deal) in the
	 * period.
	 */
	public record Region(long regionId, LocalizedName name, long keyAccounts, long buyingKeyAccounts) {
	}

	/**
	 * One calendar year.
	 *
	 * @param keyAccountShare key-account sales as a percentage of total sales; null when
	 * there were no sales
	 * @param averageSales key-account sales per buying key account; null when none bought
	 * @param keyAccountProfit the known profit of the key accounts' won deals; deals
	 * without a recorded profit are counted in {@code unknownProfitDeals}, not as 0
	 * @param growthRate percentage change of key-account sales against the year before;
	 * null for the period's first year and when the year before had none
	 */
	public record Year(int year, BigDecimal keyAccountSales, BigDecimal otherSales, BigDecimal totalSales,
			BigDecimal keyAccountShare, long buyingKeyAccounts, BigDecimal averageSales, BigDecimal keyAccountPayments,
			BigDecimal keyAccountProfit, long unknownProfitDeals, BigDecimal growthRate) {
	}

	/**
	 * A key account's place in a ranking over the whole period.
	 *
	 * @param profit the known profit of its won deals; null when none is recorded
	 */
	public record Ranked(int rank, long accountId, String accountName, LocalizedName region, BigDecimal sales,
			BigDecimal profit, long unknownProfitDeals, BigDecimal payments) {
	}

}
