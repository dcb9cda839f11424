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

	/**
	 * -1 until the form says which version it read: a post without one is a conflict,
	 * never a match.
	 */
	private long version = -1;

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
