package com.kacrm.domain.activity;

/**
 * Where an activity stands: planned (a visit or call to come, with its objective), done
 * (it took place and its outcome is recorded) or cancelled (it will not take place, with
 * the reason). Only done activities count as contact: for the checklist, the visit
 * counts, the cadence and the public pool.
 */
public enum ActivityStatus {

	PLANNED, DONE, CANCELLED;

	/** Whether the activity took place and counts as contact with the customer. */
	public boolean isContact() {
		return this == DONE;
	}

}
