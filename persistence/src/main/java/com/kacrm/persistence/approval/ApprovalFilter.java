package com.kacrm.persistence.approval;

import java.time.LocalDate;
import java.util.Objects;

import com.kacrm.domain.approval.ApprovalStatus;

/**
 * The approval inbox's view and filters, as the URL carries them; every filter may be
 * missing.
 *
 * @param tab which requests: pending for the viewer, the viewer's own, or all visible
 * @param status the request's status
 * @param teamId the team of the request's deal
 * @param requesterId who filed the request
 * @param q part of the request's number, its project's name or the account's name
 * @param submittedFrom the first day (business calendar) of submission, inclusive
 * @param submittedTo the last day of submission, inclusive
 */
public record ApprovalFilter(ApprovalTab tab, ApprovalStatus status, Long teamId, Long requesterId, String q,
		LocalDate submittedFrom, LocalDate submittedTo) {

	public ApprovalFilter {
		Objects.requireNonNull(tab, "tab");
		q = (q == null || q.isBlank()) ? null : q.strip();
	}

	/** Every request of the tab, unfiltered. */
	public static ApprovalFilter of(ApprovalTab tab) {
		return new ApprovalFilter(tab, null, null, null, null, null, null);
	}

	/** Every request the viewer may see with {@code status} (null: any). */
	public static ApprovalFilter withStatus(ApprovalStatus status) {
		return new ApprovalFilter(ApprovalTab.ALL, status, null, null, null, null, null);
	}

}
