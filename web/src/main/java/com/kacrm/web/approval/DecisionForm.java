package com.kacrm.web.approval;

/**
 * A step on a 立项 request's page: the decider's or requester's comment (required to reject
 * or return), and the version of the request the page showed, so that nobody submits or
 * decides a version they have not read.
 */
public class DecisionForm {

	private String comment;

	/** -1 when the page did not say which version it showed. */
	private long version = -1;

	public String getComment() {
		return this.comment;
	}

	public void setComment(String comment) {
		this.comment = comment;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	/** The version the page showed, or null when it did not say. */
	public Long versionOrNull() {
		return (this.version < 0) ? null : this.version;
	}

}
