package com.kacrm.persistence.opportunity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import com.kacrm.domain.opportunity.LossReason;
import com.kacrm.domain.opportunity.OpportunityDetails;
import com.kacrm.domain.opportunity.OpportunityStatus;
import com.kacrm.domain.playbook.Milestone;
import com.kacrm.domain.reference.Tier;
import com.kacrm.domain.shared.LocalizedName;

/**
 * One deal as its page and the API show it.
 *
 * @param defaultProbability the playbook's probability for the deal's milestone
 * @param weightedAmount the estimated amount times the probability; null without an
 * amount
 * @param daysInMilestone whole days spent in each milestone the deal has been at (all its
 * stays added up), in milestone order
 * @param daysInCurrentMilestone whole days since the deal entered its current milestone,
 * as the list and the board count them
 * @param mayManage whether the viewer may override gates and give the deal another owner
 * @param approvalLocked whether its 立项 request waits for a decision, so that its key
 * fields are locked (SPEC 6)
 * @param keyFieldsLocked whether the lock holds for the viewer: locked, and the viewer is
 * not an admin (who passes it, recorded in the history)
 * @param expenseBudget the sales-expense budget in 元 opened by the approved 立项 request;
 * null before approval
 */
public record OpportunityView(long id, long version, String name, long accountId, String accountName, Tier tier,
		LocalizedName industry, Long teamId, LocalizedName teamName, Long ownerId, String ownerName, String solution,
		BigDecimal estimatedAmount, LocalDate expectedSigningDate, int probability, String probabilityReason,
		int defaultProbability, BigDecimal weightedAmount, Milestone milestone, Instant milestoneEnteredAt,
		OpportunityStatus status, String statusReason, String nextStep, LocalDate nextStepDate,
		BigDecimal contractAmount, LocalDate contractSignedOn, Instant createdAt, String createdByName,
		Map<Milestone, Long> daysInMilestone, long daysInCurrentMilestone, boolean mayManage, boolean approvalLocked,
		boolean keyFieldsLocked, BigDecimal expenseBudget, BigDecimal profit, LossReason lossReason,
		Long lostToCompetitorId, String lostToCompetitorName) {

	/** The fields a rep edits, to fill the edit form. */
	public OpportunityDetails details() {
		return new OpportunityDetails(this.name, this.solution, this.estimatedAmount, this.expectedSigningDate,
				this.nextStep, this.nextStepDate);
	}

	public boolean isProbabilityOverridden() {
		return this.probabilityReason != null;
	}

}
