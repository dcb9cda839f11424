package com.kacrm.persistence.lead;

import java.math.BigDecimal;
import java.time.Instant;

import com.kacrm.domain.reference.Tier;

/**
 * A lead to register, as typed into the sheet, sent to the API or read from an imported
 * row: references by code (region, industry, lead source), amounts in 万元.
 *
 * @param customerClass the class (客户分类) set by hand, or null to take the one the tier
 * criteria propose
 * @param classReason why the class was set by hand; required with it
 * @param ownerUsername the rep to own the lead; null for the default (a rep registering
 * in their own region owns it, anyone else's lead goes to the region's pool)
 * @param registeredAt when it was registered (an imported sheet keeps its 登记时间); null for
 * now
 */
public record NewLead(String customerName, String regionCode, String industryCode, Integer industryRank,
		BigDecimal annualRevenue, Tier customerClass, String classReason, String sourceCode, String contactHint,
		String notes, String ownerUsername, Instant registeredAt) {

	/** The same lead registered at {@code at}. */
	public NewLead registeredAt(Instant at) {
		return new NewLead(this.customerName, this.regionCode, this.industryCode, this.industryRank, this.annualRevenue,
				this.customerClass, this.classReason, this.sourceCode, this.contactHint, this.notes, this.ownerUsername,
				at);
	}

	/** What the user writes about the lead, without class, owner or time. */
	public LeadDraft draft() {
		return new LeadDraft(this.customerName, this.regionCode, this.industryCode, this.industryRank,
				this.annualRevenue, this.sourceCode, this.contactHint, this.notes);
	}

}
