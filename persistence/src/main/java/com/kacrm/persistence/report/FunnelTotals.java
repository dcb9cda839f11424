package com.kacrm.persistence.report;

import java.math.BigDecimal;

/** The funnel's totals over its eight milestones. */
public record FunnelTotals(long count, BigDecimal amount, BigDecimal weightedAmount) {

}
