package com.kacrm.domain.approval;

import java.time.Instant;

/**
 * An action on a 立项 request that its status no longer allows: it was decided, withdrawn
 * or submitted meanwhile — typically a second manager, or the same one in another tab,
 * deciding a moment after the first. Carries what happened, so the late actor sees who
 * did what and when; nothing was changed.
 */
public class ApprovalConflict extends RuntimeException {

	private final ApprovalStatus status;

	private final String lastActorName;

	private final Instant lastActedAt;

	private final String lastComment;

	public ApprovalConflict(ApprovalStatus status, String lastActorName, Instant lastActedAt, String lastComment) {
		super("The request is " + status + " since " + lastActedAt + " (by " + lastActorName + ")");
		this.status = status;
		this.lastActorName = lastActorName;
		this.lastActedAt = lastActedAt;
		this.lastComment = lastComment;
	}

	/** The status the request has now. */
	public ApprovalStatus status() {
		return this.status;
	}

	/** Who took the request to that status. */
	public String lastActorName() {
		return this.lastActorName;
	}

	public Instant lastActedAt() {
		return this.lastActedAt;
	}

	public String lastComment() {
		return this.lastComment;
	}

}
