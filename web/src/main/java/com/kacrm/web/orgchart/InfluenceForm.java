package com.kacrm.web.orgchart;

/** Draws an informal influence line: "from influences to", with an optional note. */
public class InfluenceForm {

	private Long fromContactId;

	private Long toContactId;

	private String note;

	public Long getFromContactId() {
		return this.fromContactId;
	}

	public void setFromContactId(Long fromContactId) {
		this.fromContactId = fromContactId;
	}

	public Long getToContactId() {
		return this.toContactId;
	}

	public void setToContactId(Long toContactId) {
		this.toContactId = toContactId;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

}
