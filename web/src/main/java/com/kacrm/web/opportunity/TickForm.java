package com.kacrm.web.opportunity;

/**
 * The evidence of ticking a manual checklist item: a note, an activity logged on the
 * deal, or both.
 */
public class TickForm {

	private String evidenceNote;

	private Long activityId;

	public String getEvidenceNote() {
		return this.evidenceNote;
	}

	public void setEvidenceNote(String evidenceNote) {
		this.evidenceNote = evidenceNote;
	}

	public Long getActivityId() {
		return this.activityId;
	}

	public void setActivityId(Long activityId) {
		this.activityId = activityId;
	}

}
