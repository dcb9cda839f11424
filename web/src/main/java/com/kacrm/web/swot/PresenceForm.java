package com.kacrm.web.swot;

/**
 * An existing competitor noted at an account, with its position there (e.g. "现有主力供应商，份额约
 * 60%").
 */
public class PresenceForm {

	private Long competitorId;

	private String position;

	public Long getCompetitorId() {
		return this.competitorId;
	}

	public void setCompetitorId(Long competitorId) {
		this.competitorId = competitorId;
	}

	public String getPosition() {
		return this.position;
	}

	public void setPosition(String position) {
		this.position = position;
	}

}
