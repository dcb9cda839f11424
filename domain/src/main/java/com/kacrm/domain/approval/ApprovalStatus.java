package com.kacrm.domain.approval;

/**
 * Where a 项目立项申请表 stands (SPEC 6): DRAFT → SUBMITTED → APPROVED, REJECTED or RETURNED for
 * revision (then submitted again), or WITHDRAWN by its requester before a decision.
 * APPROVED, REJECTED and WITHDRAWN are final.
 */
public enum ApprovalStatus {

	/** Being filled in by the requester; nobody else acts on it. */
	DRAFT,

	/**
	 * Waiting for the manager of the deal's team; the request and the deal are locked.
	 */
	SUBMITTED,

	/** Approved: the deal reached 项目立项, its team is recorded, the budget is open. */
	APPROVED,

	/** Refused, with the decider's comment; a new request may be filed later. */
	REJECTED,

	/** Sent back with the decider's comment, to be revised and submitted again. */
	RETURNED,

	/** Taken back by its requester before a decision. */
	WITHDRAWN;

	/** Whether the requester may still change the form: a draft or a returned request. */
	public boolean isEditable() {
		return this == DRAFT || this == RETURNED;
	}

	/**
	 * Whether the decider sent the request back (returned or rejected): their comment,
	 * required then, is what the requester must read first.
	 */
	public boolean isSentBack() {
		return this == REJECTED || this == RETURNED;
	}

	/** Whether nothing happens to the request any more. */
	public boolean isFinal() {
		return this == APPROVED || this == REJECTED || this == WITHDRAWN;
	}

	/**
	 * Whether the request still counts for its deal, so that no second one may be filed:
	 * everything but rejected and withdrawn requests.
	 */
	public boolean isLive() {
		return this != REJECTED && this != WITHDRAWN;
	}

}
