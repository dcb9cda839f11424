package com.kacrm.persistence.approval;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import com.kacrm.domain.playbook.Milestone;
import com.kacrm.domain.shared.LocalizedName;

/**
 * One approved 立项 request in the report for 市场策划部: the figures as approved, who approved
 * it when, and where its deal stands now.
 *
 * @param industry the account's industry, or null
 * @param estimatedAmount in 万元, as approved
 * @param requestedBudget the sales-expense budget in 元, as approved
 * @param milestone the deal's milestone today
 */
public record ApprovalReportRow(long requestId, String number, String projectName, long opportunityId,
		String accountName, LocalizedName industry, LocalizedName teamName, String requesterName,
		BigDecimal estimatedAmount, LocalDate expectedContractDate, BigDecimal requestedBudget, String approvedBy,
		Instant approvedAt, Milestone milestone) {
}
