package com.kacrm.persistence.lead;

import java.math.BigDecimal;

/**
 * What a user writes about a lead when registering or editing it: references by code,
 * amounts in 万元. The service resolves the codes and the domain checks the rest.
 */
public record LeadDraft(String customerName, String regionCode, String industryCode, Integer industryRank,
		BigDecimal annualRevenue, String sourceCode, String contactHint, String notes) {

}
