package com.kacrm.persistence.report;

import java.math.BigDecimal;

import com.kacrm.domain.opportunity.LossReason;

/**
 * The deals lost in the period for one reason category, and their estimated amount in 万元.
 */
public record WinLossReasonRow(LossReason reason, long lost, BigDecimal lostAmount) {

	public WinLossReasonRow {
		lostAmount = (lostAmount != null) ? lostAmount : BigDecimal.ZERO;
	}

}
