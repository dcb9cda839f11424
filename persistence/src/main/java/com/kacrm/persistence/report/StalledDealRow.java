package com.kacrm.persistence.report;

import java.math.BigDecimal;

import com.kacrm.domain.playbook.Milestone;

/** An open deal longer than the threshold in its current milestone (aging report). */
public record StalledDealRow(long id, String name, String accountName, String ownerName, Milestone milestone, int days,
		BigDecimal amount) {

}
