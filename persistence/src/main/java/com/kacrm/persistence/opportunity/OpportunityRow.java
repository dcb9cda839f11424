package com.kacrm.persistence.opportunity;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import com.kacrm.domain.opportunity.Opportunity;
import com.kacrm.domain.opportunity.OpportunityStatus;
import com.kacrm.domain.playbook.Milestone;
import com.kacrm.domain.reference.Tier;
import com.kacrm.domain.shared.LocalizedName;

/**
 * One deal of the opportunity list and one card of the board.
 *
 * @param tier the account's tier; null when it has none
 * @param industry the account's industry; null when unknown
 * @param ownerName the owner's display name; null when the deal has none
 * @param estimatedAmount in 万元; null when not estimated yet
 * @param weightedAmount the estimated amount times the probability; null without an
 * amount
 * @param daysInMilestone whole days since the deal reached its current milestone
 */
public record OpportunityRow(long id, long version, String name, long accountId, String accountName, Tier tier,
		LocalizedName industry, long teamId, LocalizedName team, Long ownerId, String ownerName, Milestone milestone,
		OpportunityStatus status, BigDecimal estimatedAmount, int probability, BigDecimal weightedAmount,
		LocalDate expectedSigningDate, Instant milestoneEnteredAt, long daysInMilestone, LocalDate nextStepDate) {

	/**
	 * The row as the list query reads it: the weighted amount worked out as the deal
	 * does, the days in the milestone not yet ({@link #asOf}).
	 */
	public OpportunityRow(long id, long version, String name, long accountId, String accountName, Tier tier,
			LocalizedName industry, long teamId, LocalizedName team, Long ownerId, String ownerName,
			Milestone milestone, OpportunityStatus status, BigDecimal estimatedAmount, int probability,
			LocalDate expectedSigningDate, Instant milestoneEnteredAt, LocalDate nextStepDate) {
		this(id, version, name, accountId, accountName, tier, industry, teamId, team, ownerId, ownerName, milestone,
				status, estimatedAmount, probability, Opportunity.weighted(estimatedAmount, probability),
				expectedSigningDate, milestoneEnteredAt, 0, nextStepDate);
	}

	/** This row with the whole days in the current milestone up to {@code now}. */
	OpportunityRow asOf(Instant now) {
		long days = Math.max(0, Duration.between(this.milestoneEnteredAt, now).toDays());
		return new OpportunityRow(this.id, this.version, this.name, this.accountId, this.accountName, this.tier,
				this.industry, this.teamId, this.team, this.ownerId, this.ownerName, this.milestone, this.status,
				this.estimatedAmount, this.probability, this.weightedAmount, this.expectedSigningDate,
				this.milestoneEnteredAt, days, this.nextStepDate);
	}

	/** The milestone a forward move takes the deal to; null at the last. */
	public Milestone nextMilestone() {
		return this.milestone.next().orElse(null);
	}

	/**
	 * Whether the deal may be moved on at all: open or won, and not at the last
	 * milestone. Whether its gate is open is the move's answer.
	 */
	public boolean isMovable() {
		return this.status.allowsMoves() && !this.milestone.isLast();
	}

}
