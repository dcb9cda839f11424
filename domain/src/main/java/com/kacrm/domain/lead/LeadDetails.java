package com.kacrm.domain.lead;

import java.math.BigDecimal;

import com.kacrm.domain.organisation.Region;
import com.kacrm.domain.reference.Industry;
import com.kacrm.domain.reference.LeadSource;

/**
 * What a user writes about a lead on the sheet: the customer's name, region, industry and
 * rank in it, annual revenue (万元), the source of the lead (客户线索来源), a contact hint (who
 * to call, how) and notes. References are resolved; values may be missing where the sheet
 * allows it.
 */
public record LeadDetails(String customerName, Region region, Industry industry, Integer industryRank,
		BigDecimal annualRevenue, LeadSource source, String contactHint, String notes) {

}
