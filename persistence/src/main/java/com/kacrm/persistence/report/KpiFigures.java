package com.kacrm.persistence.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One rep's (or a team's) manager KPIs for a period (seed 001's 管理类 and 财务类 indicators):
 * revenue contribution (contract amounts of deals won, signed in the period, and payments
 * received in the period, in 万元), new projects (deals created), approved proposals
 * (获准提案), information collected (competitor, customer and industry records filed) and
 * cadence kept (accounts owned today, and how many of them are contacted in time).
 */
public record KpiFigures(BigDecimal revenue, long wonDeals, BigDecimal paymentsReceived, long newProjects,
		long approvedProposals, long competitorRecords, long customerRecords, long industryRecords, long accounts,
		long accountsInTime) {

	public static final KpiFigures ZERO = new KpiFigures(BigDecimal.ZERO, 0, BigDecimal.ZERO, 0, 0, 0, 0, 0, 0, 0);

	/** The sum of two sets of figures: a team's total; cadence weighted by accounts. */
	public KpiFigures plus(KpiFigures other) {
		return new KpiFigures(this.revenue.add(other.revenue), this.wonDeals + other.wonDeals,
				this.paymentsReceived.add(other.paymentsReceived), this.newProjects + other.newProjects,
				this.approvedProposals + other.approvedProposals, this.competitorRecords + other.competitorRecords,
				this.customerRecords + other.customerRecords, this.industryRecords + other.industryRecords,
				this.accounts + other.accounts, this.accountsInTime + other.accountsInTime);
	}

	/** Competitor, customer and industry records together. */
	public long informationCollected() {
		return this.competitorRecords + this.customerRecords + this.industryRecords;
	}

	/**
	 * The share of the accounts contacted in time, in percent with one decimal; null when
	 * there are no accounts.
	 */
	public BigDecimal cadenceKeptPercent() {
		if (this.accounts == 0) {
			return null;
		}
		return BigDecimal.valueOf(this.accountsInTime * 100L)
			.divide(BigDecimal.valueOf(this.accounts), 1, RoundingMode.HALF_UP);
	}

}
