package com.kacrm.app.test;

import java.math.BigDecimal;

import com.kacrm.persistence.lead.ConversionRequest;
import com.kacrm.persistence.lead.ConversionResult;
import com.kacrm.persistence.lead.LeadConversionService;
import com.kacrm.persistence.lead.LeadService;
import com.kacrm.persistence.lead.LeadSheetService;
import com.kacrm.persistence.lead.NewLead;
import com.kacrm.persistence.lead.RegisteredLead;
import com.kacrm.persistence.shared.Viewer;

/**
 * Test data the way a rep makes it: registers a lead in the rep's region and converts it
 * into an account with its first opportunity, through the services of the running
 * application.
 */
public class AccountWithOpportunity {

	private final LeadService leads;

	private final LeadSheetService sheet;

	private final LeadConversionService conversions;

	public AccountWithOpportunity(LeadService leads, LeadSheetService sheet, LeadConversionService conversions) {
		this.leads = leads;
		this.sheet = sheet;
		this.conversions = conversions;
	}

	/**
	 * A new account {@code name} in {@code regionCode} held by {@code rep}, with one
	 * opportunity.
	 */
	public ConversionResult create(Viewer rep, String regionCode, String name, String opportunityName) {
		RegisteredLead lead = this.leads.register(new NewLead(name, regionCode, "AUTO_PARTS", 10,
				new BigDecimal("60000"), null, null, "INTERNET_SEARCH", "王经理 13800000000", "展会认识", null, null), rep,
				true);
		long version = this.sheet.show(lead.id(), rep).version();
		return this.conversions.convert(lead.id(), version, new ConversionRequest(true, opportunityName), true, rep);
	}

}
