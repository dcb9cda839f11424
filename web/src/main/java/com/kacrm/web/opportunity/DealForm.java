package com.kacrm.web.opportunity;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.kacrm.domain.opportunity.OpportunityDetails;
import com.kacrm.persistence.opportunity.OpportunityView;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The fields a rep writes about a deal (OpportunityDetails), on creating it (with the
 * account it is opened on) and on editing it (with the version the user read).
 */
public class DealForm {

	private Long accountId;

	private String name;

	private String solution;

	private BigDecimal estimatedAmount;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate expectedSigningDate;

	private String nextStep;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate nextStepDate;

	/**
	 * -1 until the form says which version it read: a post without one is a conflict,
	 * never a match.
	 */
	private long version = -1;

	static DealForm of(OpportunityView deal) {
		DealForm form = new DealForm();
		form.accountId = deal.accountId();
		form.name = deal.name();
		form.solution = deal.solution();
		form.estimatedAmount = deal.estimatedAmount();
		form.expectedSigningDate = deal.expectedSigningDate();
		form.nextStep = deal.nextStep();
		form.nextStepDate = deal.nextStepDate();
		form.version = deal.version();
		return form;
	}

	OpportunityDetails toDetails() {
		return new OpportunityDetails(this.name, this.solution, this.estimatedAmount, this.expectedSigningDate,
				this.nextStep, this.nextStepDate);
	}

	public Long getAccountId() {
		return this.accountId;
	}

	public void setAccountId(Long accountId) {
		this.accountId = accountId;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getSolution() {
		return this.solution;
	}

	public void setSolution(String solution) {
		this.solution = solution;
	}

	public BigDecimal getEstimatedAmount() {
		return this.estimatedAmount;
	}

	public void setEstimatedAmount(BigDecimal estimatedAmount) {
		this.estimatedAmount = estimatedAmount;
	}

	public LocalDate getExpectedSigningDate() {
		return this.expectedSigningDate;
	}

	public void setExpectedSigningDate(LocalDate expectedSigningDate) {
		this.expectedSigningDate = expectedSigningDate;
	}

	public String getNextStep() {
		return this.nextStep;
	}

	public void setNextStep(String nextStep) {
		this.nextStep = nextStep;
	}

	public LocalDate getNextStepDate() {
		return this.nextStepDate;
	}

	public void setNextStepDate(LocalDate nextStepDate) {
		this.nextStepDate = nextStepDate;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
