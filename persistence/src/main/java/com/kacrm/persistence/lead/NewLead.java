package com.kacrm.persistence.lead;

import java.math.BigDecimal;

/**
 * A new lead on the sheet of its region, optionally already with a team, with what the
 * tier rule needs (industry rank, annual revenue in 万元).
 */
public record NewLead(String name, String regionCode, String teamCode, String industryCode, Integer industryRank,
		BigDecimal annualRevenue) {

}
