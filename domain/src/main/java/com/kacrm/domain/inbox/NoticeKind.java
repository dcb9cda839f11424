package com.kacrm.domain.inbox;

/**
 * What a notice in a user's inbox is about. Each kind has a translated title
 * ({@code notice.kind.<KIND>}) and body ({@code notice.body.<KIND>}, with the notice's
 * arguments).
 */
public enum NoticeKind {

	/** A region's lead sheet (JTF001) was sent to its manager (定期转发). */
	LEAD_SHEET,

	/** An owned lead returns to the pool soon unless its owner contacts the customer. */
	POOL_WARNING,

	/** An owned lead went back to the pool for lack of contact. */
	POOL_RETURNED,

	/** A 立项 request waits for the recipient's decision. */
	APPROVAL_SUBMITTED,

	/** The recipient's 立项 request was approved. */
	APPROVAL_APPROVED,

	/** The recipient's 立项 request was rejected, with a comment. */
	APPROVAL_REJECTED,

	/** The recipient's 立项 request was returned for revision, with a comment. */
	APPROVAL_RETURNED,

	/** A 立项 request waiting for the recipient's decision was withdrawn. */
	APPROVAL_WITHDRAWN,

	/**
	 * The recipient's own 立项 request was withdrawn by someone else (an admin, or the
	 * system).
	 */
	APPROVAL_WITHDRAWN_BY_OTHER,

	/** A sales expense beyond its deal's budget waits for the recipient's decision. */
	EXPENSE_OVERRUN

}
