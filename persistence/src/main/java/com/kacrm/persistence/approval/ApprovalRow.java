package com.kacrm.persistence.approval;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import com.kacrm.domain.approval.ApprovalStatus;
import com.kacrm.domain.shared.LocalizedName;

/**
 * One 立项 request of the approval inbox and the API's list.
 *
 * @param team the name of the deal's team
 * @param estimatedAmount in 万元, as on the form
 * @param requestedBudget the requested expense budget in 元
 * @param submittedAt when it was last submitted; null for a draft never submitted
 * @param ageDays whole days (business calendar) since it was last submitted; null when
 * never submitted
 * @param lastActorName who took it to its current status
 * @param lastComment what they wrote (the decider's comment of a returned or rejected
 * request)
 */
public record ApprovalRow(long id, String number, ApprovalStatus status, String projectName, long opportunityId,
		String opportunityName, String accountName, LocalizedName team, long requesterId, String requesterName,
		BigDecimal estimatedAmount, BigDecimal requestedBudget, Instant submittedAt, Long ageDays, String lastActorName,
		Instant lastActedAt, String lastComment) {

	/** Age of a request waiting longer than this many days is highlighted. */
	public static final int OVERDUE_DAYS = 3;

	/** The row as the query reads it; the age is not worked out yet ({@link #asOf}). */
	public ApprovalRow(long id, String number, ApprovalStatus status, String projectName, long opportunityId,
			String opportunityName, String accountName, LocalizedName team, long requesterId, String requesterName,
			BigDecimal estimatedAmount, BigDecimal requestedBudget, Instant submittedAt, String lastActorName,
			Instant lastActedAt, String lastComment) {
		this(id, number, status, projectName, opportunityId, opportunityName, accountName, team, requesterId,
				requesterName, estimatedAmount, requestedBudget, submittedAt, null, lastActorName, lastActedAt,
				lastComment);
	}

	/** This row with its age in whole business days up to {@code today}. */
	ApprovalRow asOf(LocalDate today, ZoneId zone) {
		Long age = (this.submittedAt != null)
				? Math.max(0, ChronoUnit.DAYS.between(this.submittedAt.atZone(zone).toLocalDate(), today)) : null;
		return new ApprovalRow(this.id, this.number, this.status, this.projectName, this.opportunityId,
				this.opportunityName, this.accountName, this.team, this.requesterId, this.requesterName,
				this.estimatedAmount, this.requestedBudget, this.submittedAt, age, this.lastActorName, this.lastActedAt,
				this.lastComment);
	}

	/** The decider's comment when they sent the request back, else null. */
	public String decidersComment() {
		return this.status.isSentBack() ? this.lastComment : null;
	}

	/** Whether it waits for a decision longer than {@value #OVERDUE_DAYS} days. */
	public boolean isOverdue() {
		return this.status == ApprovalStatus.SUBMITTED && this.ageDays != null && this.ageDays > OVERDUE_DAYS;
	}

}
