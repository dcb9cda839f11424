package com.kacrm.web.orgchart;

/**
 * Moves a person under another manager on the chart, or to the top when no manager is
 * chosen.
 */
public class MoveForm {

	private Long contactId;

	private Long reportsToId;

	public Long getContactId() {
		return this.contactId;
	}

	public void setContactId(Long contactId) {
		this.contactId = contactId;
	}

	public Long getReportsToId() {
		return this.reportsToId;
	}

	public void setReportsToId(Long reportsToId) {
		this.reportsToId = reportsToId;
	}

}
