package com.kacrm.web.opportunity;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.kacrm.persistence.opportunity.OpportunityView;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The signed contract of a won deal: amount and profit (optional, may be negative) in 万元
 * and signing date, with the deal's version.
 */
public class ContractForm {

	/**
	 * -1 until the form says which version it read: a post without one is a conflict,
	 * never a match.
	 */
	private long version = -1;

	private BigDecimal contractAmount;

	private BigDecimal profit;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate contractSignedOn;

	/** The deal's contract as stored, or today's date to start a new one. */
	static ContractForm of(OpportunityView deal, LocalDate today) {
		ContractForm form = new ContractForm();
		form.version = deal.version();
		form.contractAmount = deal.contractAmount();
		form.profit = deal.profit();
		form.contractSignedOn = (deal.contractSignedOn() != null) ? deal.contractSignedOn() : today;
		return form;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public BigDecimal getContractAmount() {
		return this.contractAmount;
	}

	public void setContractAmount(BigDecimal contractAmount) {
		this.contractAmount = contractAmount;
	}

	public LocalDate getContractSignedOn() {
		return this.contractSignedOn;
	}

	public void setContractSignedOn(LocalDate contractSignedOn) {
		this.contractSignedOn = contractSignedOn;
	}

	public BigDecimal getProfit() {
		return this.profit;
	}

	public void setProfit(BigDecimal profit) {
		this.profit = profit;
	}

}
