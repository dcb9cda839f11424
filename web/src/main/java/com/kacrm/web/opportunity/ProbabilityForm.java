package com.kacrm.web.opportunity;

import com.kacrm.persistence.opportunity.OpportunityView;

/**
 * The probability set by hand with its reason, or back to the playbook's default, on the
 * version the user read.
 */
public class ProbabilityForm {

	private Integer probability;

	private String probabilityReason;

	private boolean backToDefault;

	private long version;

	static ProbabilityForm of(OpportunityView deal) {
		ProbabilityForm form = new ProbabilityForm();
		form.probability = deal.probability();
		form.probabilityReason = deal.probabilityReason();
		form.version = deal.version();
		return form;
	}

	public Integer getProbability() {
		return this.probability;
	}

	public void setProbability(Integer probability) {
		this.probability = probability;
	}

	public String getProbabilityReason() {
		return this.probabilityReason;
	}

	public void setProbabilityReason(String probabilityReason) {
		this.probabilityReason = probabilityReason;
	}

	public boolean isBackToDefault() {
		return this.backToDefault;
	}

	public void setBackToDefault(boolean backToDefault) {
		this.backToDefault = backToDefault;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
