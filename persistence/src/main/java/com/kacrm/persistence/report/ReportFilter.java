package com.kacrm.persistence.report;

import java.time.LocalDate;

/**
 * The filters every report shares (issue 9), kept in the URL: team, rep, industry, tier
 * and a period [from, to] in days (both inclusive). Each report says which date the
 * period applies to (deals created, signed, closed, records created…). Nulls mean "all".
 */
public record ReportFilter(Long teamId, Long ownerId, Long industryId, String tier, LocalDate from, LocalDate to) {

	public static ReportFilter none() {
		return new ReportFilter(null, null, null, null, null, null);
	}

	/**
	 * Adds the team, rep, industry and tier filters for a deal of alias {@code o} whose
	 * account has alias {@code a}.
	 */
	public SqlWhere dealDimensions(SqlWhere where, String o, String a) {
		return where.and(o + ".team_id = :fTeam", "fTeam", this.teamId)
			.and(o + ".owner_id = :fOwner", "fOwner", this.ownerId)
			.and(a + ".industry_id = :fIndustry", "fIndustry", this.industryId)
			.and(a + ".tier = :fTier", "fTier", this.tier);
	}

	/** Whether a filter tests the deal's account (its industry or tier). */
	public boolean onAccount() {
		return this.industryId != null || this.tier != null;
	}

	/** Adds the period on the SQL {@code date} column {@code column}. */
	public SqlWhere periodOnDate(SqlWhere where, String column) {
		return where.and(column + " >= :fFrom", "fFrom", this.from).and(column + " <= :fTo", "fTo", this.to);
	}

	/**
	 * Adds the period on the {@code timestamptz} column {@code column}, by the business
	 * day in {@code zone} (BusinessCalendar's zone): from the start of the first day to
	 * the start of the day after the last, so that an index of the column serves it.
	 */
	public SqlWhere periodOnInstant(SqlWhere where, String column, java.time.ZoneId zone) {
		return where
			.and(column + " >= :fFromAt", "fFromAt",
					(this.from != null) ? this.from.atStartOfDay(zone).toOffsetDateTime() : null)
			.and(column + " < :fToAt", "fToAt",
					(this.to != null) ? this.to.plusDays(1).atStartOfDay(zone).toOffsetDateTime() : null);
	}

}
