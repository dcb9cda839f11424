package com.kacrm.web.report;

import java.time.LocalDate;

import com.kacrm.persistence.report.ReportFilter;

/**
 * What the funnel's screen, export and API assume when the URL says nothing: the last 12
 * months up to today as the cohort period, and the configured number of days after which
 * a deal counts as stalled.
 */
public final class FunnelDefaults {

	/** The most days a stalled threshold may be (ten years). */
	static final int MAX_STALLED_DAYS = 3650;

	private FunnelDefaults() {
	}

	/** The filter of {@code form}, the period defaulting to the 12 months up to today. */
	public static ReportFilter filter(ReportFilterForm form, LocalDate today) {
		return form.toFilter(today.minusYears(1).plusDays(1), today);
	}

	/**
	 * The stalled threshold: the URL's {@code stalledDays} when given (kept between 1 and
	 * ten years), else the configured one.
	 */
	public static int stalledDays(Integer requested, int configured) {
		int days = (requested != null) ? requested : configured;
		return Math.max(1, Math.min(MAX_STALLED_DAYS, days));
	}

}
