package com.kacrm.domain.opportunity;

/**
 * Where a deal stands apart from its milestone: open and being worked, won (it reached
 * 签约成交), lost with a reason, or on hold with a reason.
 */
public enum OpportunityStatus {

	OPEN, WON, LOST, ON_HOLD;

	/**
	 * Whether a deal with this status moves between milestones: open and won deals do (a
	 * won deal on to delivery, or back); lost and held deals are reopened first.
	 */
	public boolean allowsMoves() {
		return this == OPEN || this == WON;
	}

	/** Whether the deal is still being worked towards a decision. */
	public boolean isOpen() {
		return this == OPEN;
	}

}
