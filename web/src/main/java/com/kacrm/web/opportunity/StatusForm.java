package com.kacrm.web.opportunity;

/**
 * A change of the deal's status with its reason: {@code lost}, {@code hold} or
 * {@code reopen}, on the version the user read.
 */
public class StatusForm {

	private String action;

	private String reason;

	/**
	 * -1 until the form says which version it read: a post without one is a conflict,
	 * never a match.
	 */
	private long version = -1;

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
