package com.kacrm.domain.opportunity;

/**
 * What one entry of a deal's milestone history records: a gated move forward, a manager's
 * override of a closed gate, a move back, or a change of status (lost, on hold,
 * reopened). Every kind but {@link #FORWARD} carries a written reason.
 */
public enum MoveKind {

	/** One milestone forward with every mandatory checklist item done. */
	FORWARD,

	/**
	 * One milestone forward although mandatory items were missing, by a manager with a
	 * reason; listed in the compliance report.
	 */
	OVERRIDE,

	/** Back to an earlier milestone, with a reason. */
	BACK,

	/** The deal is lost (丢单), with the reason. */
	LOST,

	/** The deal is put on hold, with the reason. */
	ON_HOLD,

	/** A lost or held deal is worked again, with the reason. */
	REOPEN;

	/** Whether the entry changes the milestone (as opposed to the status only). */
	public boolean changesMilestone() {
		return this == FORWARD || this == OVERRIDE || this == BACK;
	}

}
