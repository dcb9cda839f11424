package com.kacrm.web.lead;

/**
 * Claiming a lead from the pool or giving it back: the version of the lead as shown, and
 * for a release the reason.
 */
public class LeadPoolForm {

	private Long version;

	private String reason;

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
