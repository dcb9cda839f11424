package com.kacrm.persistence.lead;

import java.math.BigDecimal;
import java.time.Instant;

import com.kacrm.domain.lead.LeadStatus;
import com.kacrm.domain.reference.Tier;
import com.kacrm.domain.shared.LocalizedName;

/**
 * One line of the lead sheet JTF001, its columns in the form's order (编号, 客户名称, 所属区域,
 * 所属行业, 年营业额, 客户分类, 客户线索来源, 登记时间), then status, owner and team.
 *
 * @param annualRevenue in 万元
 * @param industry null when unknown
 * @param source null when unknown
 */
public record LeadRow(long id, String number, String customerName, String regionCode, LocalizedName region,
		String industryCode, LocalizedName industry, BigDecimal annualRevenue, Tier customerClass,
		boolean classSetByHand, String sourceCode, LocalizedName source, Instant registeredAt, LeadStatus status,
		String ownerName, String teamCode, LocalizedName team, String contactHint, String notes) {

}
