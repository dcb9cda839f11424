package com.kacrm.persistence.approval;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import com.kacrm.domain.shared.LocalizedName;

/**
 * The 立项 requests approved in a period ({@code from} to {@code to}, both days included,
 * in the display time zone), oldest approval first, with the totals of their amounts.
 *
 * @param teamCode the team the report is limited to, or null for every team the viewer
 * sees
 * @param teams the teams the viewer may limit the report to
 */
public record ApprovalReport(LocalDate from, LocalDate to, String teamCode, List<ApprovalReportRow> rows,
		List<TeamChoice> teams) {

	/** The sum of the approved estimated amounts, in 万元. */
	public BigDecimal totalEstimatedAmount() {
		return sum(this.rows.stream().map(ApprovalReportRow::estimatedAmount).toList());
	}

	/** The sum of the approved sales-expense budgets, in 元. */
	public BigDecimal totalRequestedBudget() {
		return sum(this.rows.stream().map(ApprovalReportRow::requestedBudget).toList());
	}

	private static BigDecimal sum(List<BigDecimal> amounts) {
		return amounts.stream().filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/** A team to limit the report to. */
	public record TeamChoice(String code, LocalizedName name) {
	}

}
