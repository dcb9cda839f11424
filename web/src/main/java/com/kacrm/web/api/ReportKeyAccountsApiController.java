package com.kacrm.web.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.kacrm.persistence.report.KeyAccountFigures;
import com.kacrm.persistence.report.KeyAccountReport;
import com.kacrm.persistence.report.ReportChoicesService;
import com.kacrm.persistence.report.ReportFilter;
import com.kacrm.persistence.shared.BusinessCalendar;
import com.kacrm.web.report.KeyAccountReportParams;
import com.kacrm.web.shared.CurrentUser;
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The key-account analysis (seed 004) for other systems, with the screen's filters
 * ({@code team, owner, industry, tier, from, to, top}) and the caller's report scope: key
 * accounts per region, the figures per year and the two top-N rankings. Amounts are in
 * 万元, shares and growth rates in percent (null where there is nothing to divide by);
 * region names in the caller's language.
 */
@RestController
class ReportKeyAccountsApiController {

	private final KeyAccountReport report;

	private final ReportChoicesService choices;

	private final BusinessCalendar calendar;

	ReportKeyAccountsApiController(KeyAccountReport report, ReportChoicesService choices, BusinessCalendar calendar) {
		this.report = report;
		this.choices = choices;
		this.calendar = calendar;
	}

	@GetMapping("/api/v1/reports/key-accounts")
	KeyAccountsResource keyAccounts(@ParameterObject KeyAccountReportParams params,
			@AuthenticationPrincipal CurrentUser user, Locale locale) {
		ReportFilter filter = params.toFilter(this.calendar.today());
		KeyAccountFigures figures = this.report.compute(this.choices.scopeOf(user.viewer()), filter, params.rows());
		return new KeyAccountsResource(filter.from(), filter.to(), params.rows(), figures.keyAccountsExcluded(),
				figures.regions().stream().map((r) -> RegionFigures.of(r, locale)).toList(), figures.years(),
				figures.topBySales().stream().map((r) -> RankedAccount.of(r, locale)).toList(),
				figures.topByProfit().stream().map((r) -> RankedAccount.of(r, locale)).toList());
	}

	/**
	 * The report.
	 *
	 * @param keyAccountsExcluded true when the tier filter (C or D) leaves no key account
	 */
	record KeyAccountsResource(LocalDate from, LocalDate to, int top, boolean keyAccountsExcluded,
			List<RegionFigures> regions, List<KeyAccountFigures.Year> years, List<RankedAccount> topBySales,
			List<RankedAccount> topByProfit) {
	}

	record RegionFigures(long regionId, String region, long keyAccounts, long buyingKeyAccounts) {

		static RegionFigures of(KeyAccountFigures.Region region, Locale locale) {
			return new RegionFigures(region.regionId(), region.name().in(locale), region.keyAccounts(),
					region.buyingKeyAccounts());
		}

	}

	record RankedAccount(int rank, long accountId, String accountName, String region, BigDecimal sales,
			BigDecimal profit, long unknownProfitDeals, BigDecimal payments) {

		static RankedAccount of(KeyAccountFigures.Ranked row, Locale locale) {
			return new RankedAccount(row.rank(), row.accountId(), row.accountName(), row.region().in(locale),
					row.sales(), row.profit(), row.unknownProfitDeals(), row.payments());
		}

	}

}
