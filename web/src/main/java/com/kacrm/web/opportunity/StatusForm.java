package com.kacrm.web.opportunity;

import com.kacrm.domain.opportunity.LossReason;

/**
 * A change of the deal's status with its reason: {@code lost} (with the reason's category
 * and, optionally, the competitor it went to), {@code hold} or {@code reopen}, on the
 * version the user read.
 */
public class StatusForm {

	private String action;

	private String reason;

	private LossReason lossReason;

	private Long lostToCompetitorId;

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

	public LossReason getLossReason() {
		return this.lossReason;
	}

	public void setLossReason(LossReason lossReason) {
		this.lossReason = lossReason;
	}

	public Long getLostToCompetitorId() {
		return this.lostToCompetitorId;
	}

	public void setLostToCompetitorId(Long lostToCompetitorId) {
		this.lostToCompetitorId = lostToCompetitorId;
	}

}
