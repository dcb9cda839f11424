package com.kacrm.web.report;

import java.time.LocalDate;

import com.kacrm.persistence.report.ReportFilter;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The filters the report screens, exports and API share, bound from the URL's query
 * parameters {@code team, owner, industry, tier, from, to}. An unknown tier is ignored; a
 * period whose end is before its start is swapped.
 */
public class ReportFilterForm {

	private Long team;

	private Long owner;

	private Long industry;

	private String tier;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate from;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate to;

	/**
	 * The filter, with {@code defaultFrom} and {@code defaultTo} where the URL has none.
	 */
	public ReportFilter toFilter(LocalDate defaultFrom, LocalDate defaultTo) {
		LocalDate start = (this.from != null) ? this.from : defaultFrom;
		LocalDate end = (this.to != null) ? this.to : defaultTo;
		if (start != null && end != null && end.isBefore(start)) {
			LocalDate swap = start;
			start = end;
			end = swap;
		}
		return new ReportFilter(this.team, this.owner, this.industry, validTier(), start, end);
	}

	private String validTier() {
		return (this.tier != null && this.tier.matches("[ABCD]")) ? this.tier : null;
	}

	/**
	 * The query string of these filters (with the period actually used), for links and
	 * exports.
	 */
	public static String query(ReportFilter filter) {
		UriComponentsBuilder uri = UriComponentsBuilder.newInstance();
		add(uri, "team", filter.teamId());
		add(uri, "owner", filter.ownerId());
		add(uri, "industry", filter.industryId());
		add(uri, "tier", filter.tier());
		add(uri, "from", filter.from());
		add(uri, "to", filter.to());
		String query = uri.build().encode().getQuery();
		return (query != null) ? query : "";
	}

	private static void add(UriComponentsBuilder uri, String name, Object value) {
		if (value != null) {
			uri.queryParam(name, value);
		}
	}

	public Long getTeam() {
		return this.team;
	}

	public void setTeam(Long team) {
		this.team = team;
	}

	public Long getOwner() {
		return this.owner;
	}

	public void setOwner(Long owner) {
		this.owner = owner;
	}

	public Long getIndustry() {
		return this.industry;
	}

	public void setIndustry(Long industry) {
		this.industry = industry;
	}

	public String getTier() {
		return this.tier;
	}

	public void setTier(String tier) {
		this.tier = tier;
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

}
