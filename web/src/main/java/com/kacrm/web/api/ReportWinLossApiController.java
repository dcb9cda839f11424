package com.kacrm.web.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.kacrm.domain.opportunity.LossReason;
import com.kacrm.persistence.report.ReportFilter;
import com.kacrm.persistence.report.WinLossReport;
import com.kacrm.persistence.report.WinLossResult;
import com.kacrm.persistence.report.WinLossRow;
import com.kacrm.persistence.shared.BusinessCalendar;
import com.kacrm.web.report.ReportFilterForm;
import com.kacrm.web.shared.CurrentUser;
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The win/loss report for other systems, with the screen's filters ({@code team, owner,
 * industry, tier, from, to}; the period defaults to the last 12 months) and scope.
 * Amounts are in 万元; the win rate is a percentage, null when nothing closed.
 */
@RestController
class ReportWinLossApiController {

	private final WinLossReport report;

	private final BusinessCalendar calendar;

	ReportWinLossApiController(WinLossReport report, BusinessCalendar calendar) {
		this.report = report;
		this.calendar = calendar;
	}

	@GetMapping("/api/v1/reports/win-loss")
	WinLoss winLoss(@ParameterObject ReportFilterForm form, @AuthenticationPrincipal CurrentUser user, Locale locale) {
		ReportFilter filter = form.toFilter(this.calendar.today().minusMonths(12).plusDays(1), this.calendar.today());
		WinLossResult result = this.report.compute(filter, user.viewer());
		return new WinLoss(filter.from(), filter.to(), Line.of(result.total(), locale),
				result.byReason().stream().map((r) -> new Reason(r.reason(), r.lost(), r.lostAmount())).toList(),
				lines(result.byIndustry(), locale), lines(result.byTier(), locale),
				lines(result.byCompetitor(), locale));
	}

	private static List<Line> lines(List<WinLossRow> rows, Locale locale) {
		return rows.stream().map((row) -> Line.of(row, locale)).toList();
	}

	/** The report: the period used, the totals and the four breakdowns. */
	record WinLoss(LocalDate from, LocalDate to, Line total, List<Reason> byReason, List<Line> byIndustry,
			List<Line> byTier, List<Line> byCompetitor) {

	}

	/** Lost deals of one reason category. */
	record Reason(LossReason reason, long lost, BigDecimal lostAmount) {

	}

	/**
	 * One industry (key = its id), tier (key = its letter) or competitor (key = its id);
	 * key and name are null for deals without industry or tier and for the total.
	 */
	record Line(String key, String name, long won, long lost, BigDecimal wonAmount, BigDecimal lostAmount,
			BigDecimal winRate) {

		static Line of(WinLossRow row, Locale locale) {
			return new Line(row.key(), row.name(locale), row.won(), row.lost(), row.wonAmount(), row.lostAmount(),
					row.winRate());
		}

	}

}
