package com.kacrm.web.report;

import java.time.LocalDate;

import com.kacrm.persistence.report.KeyAccountReport;
import com.kacrm.persistence.report.ReportFilter;

/**
 * The key-account analysis's query parameters: the shared report filters plus
 * {@code top}, the length of the rankings (default 5, at most
 * {@link KeyAccountReport#MAX_TOP}). Without a period the report covers the last four
 * calendar years, this one included.
 */
public class KeyAccountReportParams extends ReportFilterForm {

	/** Rankings' default length, as in seed 004 (前五名). */
	public static final int DEFAULT_TOP = 5;

	/** How many calendar years the report covers by default, this one included. */
	public static final int DEFAULT_YEARS = 4;

	private Integer top;

	/** The filter with the default period of the years up to {@code today}'s. */
	public ReportFilter toFilter(LocalDate today) {
		return toFilter(LocalDate.of(today.getYear() - DEFAULT_YEARS + 1, 1, 1), LocalDate.of(today.getYear(), 12, 31));
	}

	/** The rankings' length, within 1 and {@link KeyAccountReport#MAX_TOP}. */
	public int rows() {
		if (this.top == null) {
			return DEFAULT_TOP;
		}
		return Math.max(1, Math.min(KeyAccountReport.MAX_TOP, this.top));
	}

	/**
	 * The query string of {@code filter} and {@code top}, for the export and API links.
	 */
	public static String query(ReportFilter filter, int top) {
		String filters = ReportFilterForm.query(filter);
		return (filters.isEmpty() ? "" : filters + "&") + "top=" + top;
	}

	public Integer getTop() {
		return this.top;
	}

	public void setTop(Integer top) {
		this.top = top;
	}

}
