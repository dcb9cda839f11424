package com.kacrm.web.opportunity;

/**
 * A change of the deal's status with its reason: {@code lost}, {@code hold} or
 * {@code reopen}, on the version the user read.
 */
public class StatusForm {

	private String action;

	private String reason;

	private long version;

	public String getAction() {
		return this.action;
	}

	public void setAction(String action) {
		this.action = action;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
