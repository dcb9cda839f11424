package com.kacrm.web.lead;

import java.time.LocalDate;

import com.kacrm.domain.lead.LeadStatus;
import com.kacrm.domain.reference.Tier;
import com.kacrm.persistence.lead.LeadFilter;
import com.kacrm.persistence.lead.LeadQueue;

import com.kacrm.web.shared.ListLinks;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The sheet's view and filters as query parameters ({@code queue}, {@code q},
 * {@code region}, {@code industry}, {@code customerClass}, {@code source},
 * {@code status}, {@code from}, {@code to}), shared by the sheet screen, its export and
 * the API, so a view can be bookmarked and exported as it is.
 */
public class LeadSheetParams {

	private LeadQueue queue;

	private String q;

	private String region;

	private String industry;

	private Tier customerClass;

	private String source;

	private LeadStatus status;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate from;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate to;

	public LeadFilter toFilter() {
		return new LeadFilter(this.queue, blankToNull(this.q), blankToNull(this.region), blankToNull(this.industry),
				this.customerClass, blankToNull(this.source), this.status, this.from, this.to);
	}

	/**
	 * Adds the filters that are set to {@code builder}, encoded, so links keep the view;
	 * build it with {@code build(true)}.
	 */
	public UriComponentsBuilder addTo(UriComponentsBuilder builder) {
		ListLinks.addParam(builder, "queue", this.queue);
		ListLinks.addParam(builder, "q", blankToNull(this.q));
		ListLinks.addParam(builder, "region", blankToNull(this.region));
		ListLinks.addParam(builder, "industry", blankToNull(this.industry));
		ListLinks.addParam(builder, "customerClass", this.customerClass);
		ListLinks.addParam(builder, "source", blankToNull(this.source));
		ListLinks.addParam(builder, "status", this.status);
		ListLinks.addParam(builder, "from", this.from);
		ListLinks.addParam(builder, "to", this.to);
		return builder;
	}

	/** Whether any filter other than the view is set. */
	public boolean isFiltered() {
		return blankToNull(this.q) != null || blankToNull(this.region) != null || blankToNull(this.industry) != null
				|| this.customerClass != null || blankToNull(this.source) != null || this.status != null
				|| this.from != null || this.to != null;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	public LeadQueue getQueue() {
		return this.queue;
	}

	public void setQueue(LeadQueue queue) {
		this.queue = queue;
	}

	public String getQ() {
		return this.q;
	}

	public void setQ(String q) {
		this.q = q;
	}

	public String getRegion() {
		return this.region;
	}

	public void setRegion(String region) {
		this.region = region;
	}

	public String getIndustry() {
		return this.industry;
	}

	public void setIndustry(String industry) {
		this.industry = industry;
	}

	public Tier getCustomerClass() {
		return this.customerClass;
	}

	public void setCustomerClass(Tier customerClass) {
		this.customerClass = customerClass;
	}

	public String getSource() {
		return this.source;
	}

	public void setSource(String source) {
		this.source = source;
	}

	public LeadStatus getStatus() {
		return this.status;
	}

	public void setStatus(LeadStatus status) {
		this.status = status;
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
