package com.kacrm.web.opportunity;

/**
 * The manager's comment on an overrun they approve or refuse; a refusal needs one, and
 * when it is missing the tab shows the error next to that expense's comment field.
 */
public class OverrunDecisionForm {

	private String comment;

	public String getComment() {
		return this.comment;
	}

	public void setComment(String comment) {
		this.comment = comment;
	}

}
