package com.kacrm.domain.audit;

/**
 * What an audit trail entry records. Row changes are written by the database trigger,
 * which names a few of them by what they mean (a changed milestone is a
 * {@link #MILESTONE_MOVE}); the application itself reports the security events
 * ({@link #LOGIN}, {@link #LOGIN_FAILED}, {@link #LOGOUT}) and {@link #EXPORT}s. The
 * names are those of the check constraint of {@code audit_event.action} (V023).
 */
public enum AuditAction {

	CREATE, UPDATE, DELETE, MILESTONE_MOVE, STATUS_CHANGE, APPROVAL_DECISION, TIER_CHANGE, POOL_CLAIM, POOL_RETURN,
	ASSIGN, LOGIN, LOGIN_FAILED, LOGOUT, EXPORT;

	/** The subject type of sign-in and sign-out events. */
	public static final String SESSION = "session";

	/** The subject type of exports (files and calendar feeds). */
	public static final String EXPORT_SUBJECT = "export";

}
