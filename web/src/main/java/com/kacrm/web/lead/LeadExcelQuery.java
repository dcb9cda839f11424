package com.kacrm.web.lead;

import java.time.LocalDate;

import com.kacrm.domain.lead.LeadStatus;
import com.kacrm.domain.reference.Tier;
import com.kacrm.persistence.lead.LeadFilter;
import com.kacrm.persistence.lead.LeadQueue;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The sheet's filters as the export's URL carries them, the same parameters as the sheet
 * screen: {@code queue, q, region, industry, customerClass, source, status, from, to}
 * (the sort comes as Spring Data's {@code sort=registeredAt,desc}).
 */
public class LeadExcelQuery {

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

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
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
