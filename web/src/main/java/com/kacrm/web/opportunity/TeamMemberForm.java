package com.kacrm.web.opportunity;

/** Someone of the deal's team joining its development team, with what they do on it. */
public class TeamMemberForm {

	private Long userId;

	private String responsibility;

	public Long getUserId() {
		return this.userId;
	}

	public void setUserId(Long userId) {
		this.userId = userId;
	}

	public String getResponsibility() {
		return this.responsibility;
	}

	public void setResponsibility(String responsibility) {
		this.responsibility = responsibility;
	}

}
