package com.kacrm.web.contact;

/**
 * A new relationship depth with a person (1–5) and, optionally, what changed it (a visit,
 * a dinner, a lost tender), on the version of the person the page showed.
 */
public class DepthForm {

	public static final int MAX_REASON = 500;

	private Integer relationshipDepth;

	private String reason;

	/**
	 * -1 until bound: an edit posted without its version meets a conflict, never
	 * overwrites.
	 */
	private long version = -1;

	static DepthForm of(int depth, long version) {
		DepthForm form = new DepthForm();
		form.relationshipDepth = depth;
		form.version = version;
		return form;
	}

	public Integer getRelationshipDepth() {
		return this.relationshipDepth;
	}

	public void setRelationshipDepth(Integer relationshipDepth) {
		this.relationshipDepth = relationshipDepth;
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
