package com.kacrm.persistence.report;

import java.math.BigDecimal;

import com.kacrm.domain.playbook.Milestone;

/**
 * One milestone's row of the pipeline funnel (SPEC 8).
 *
 * @param milestone the milestone
 * @param count the deals currently at it (open, or won for milestones 7 and 8)
 * @param amount their amount in 万元 (the contract amount when signed, else the estimate)
 * @param weightedAmount the amount weighted by each deal's probability
 * @param conversionRate of the deals that entered the milestone in the period, the share
 * that later reached a later milestone (0–1, four decimals); null for the last milestone
 * or an empty cohort
 * @param cohort the deals that entered the milestone in the period
 * @param avgDays the average days of the stays in the milestone that ended in the period;
 * null when none ended
 * @param medianDays their median
 */
public record FunnelStage(Milestone milestone, long count, BigDecimal amount, BigDecimal weightedAmount,
		BigDecimal conversionRate, long cohort, BigDecimal avgDays, BigDecimal medianDays) {

}
