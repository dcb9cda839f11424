package com.kacrm.persistence.approval;

import com.kacrm.domain.approval.ApprovalStatus;

/**
 * Published inside the transaction whenever a 立项 request changes status, for the notices
 * (in the same transaction) and the e-mails (after commit).
 *
 * @param requestId the request
 * @param number its number, e.g. LX-2026-0042
 * @param projectName the project's name on the form
 * @param opportunityId the deal
 * @param teamId the deal's team, whose manager decides
 * @param requesterId who filed the request
 * @param from the status before
 * @param to the status now
 * @param actorId who acted (null for the system)
 * @param actorName their name
 * @param comment what they wrote, or null
 */
public record ApprovalStepTaken(long requestId, String number, String projectName, long opportunityId, long teamId,
		long requesterId, ApprovalStatus from, ApprovalStatus to, Long actorId, String actorName, String comment) {

}
