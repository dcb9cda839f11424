package com.kacrm.persistence.report;

import java.util.List;

/**
 * The win/loss report for a filter: the totals, the lost deals by reason category (every
 * category, in the enum's order, zero when none), and won/lost by industry, tier and
 * competitor.
 */
public record WinLossResult(ReportFilter filter, WinLossRow total, List<WinLossReasonRow> byReason,
		List<WinLossRow> byIndustry, List<WinLossRow> byTier, List<WinLossRow> byCompetitor) {

}
