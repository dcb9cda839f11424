package com.kacrm.web.approval;

import java.time.LocalDate;
import java.time.YearMonth;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The filters of the approval report, kept in the URL ({@code ?from=&to=&team=}) so a
 * report can be bookmarked and exported as shown. A missing day means the current month.
 */
public class ApprovalReportParams {

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate from;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate to;

	private String team;

	/**
	 * Fills a missing (or unreadable) day with the first or last of {@code today}'s
	 * month.
	 */
	void defaultTo(LocalDate today) {
		YearMonth month = YearMonth.from(today);
		if (this.from == null) {
			this.from = month.atDay(1);
		}
		if (this.to == null) {
			this.to = month.atEndOfMonth();
		}
	}

	/**
	 * The period as the file names it: {@code 2026-11} for a calendar month,
	 * {@code 2026-11-01_2026-12-15} otherwise.
	 */
	String periodName() {
		YearMonth month = YearMonth.from(this.from);
		if (this.from.equals(month.atDay(1)) && this.to.equals(month.atEndOfMonth())) {
			return month.toString();
		}
		return this.from + "_" + this.to;
	}

	public LocalDate getFrom() {
		return this.from;
	}

	public void setFrom(LocalDate from) {
		this.from = from;
	}

	public LocalDate getTo() {
		return this.to;
	}

	public void setTo(LocalDate to) {
		this.to = to;
	}

	public String getTeam() {
		return this.team;
	}

	public void setTeam(String team) {
		this.team = team;
	}

}
