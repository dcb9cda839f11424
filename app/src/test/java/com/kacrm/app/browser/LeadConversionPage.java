package com.kacrm.app.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** The conversion page of a lead, {@code /leads/{id}/convert}. */
final class LeadConversionPage {

	private final Page page;

	LeadConversionPage(Page page) {
		this.page = page;
	}

	static LeadConversionPage open(Page page, long leadId) {
		page.navigate("/leads/" + leadId + "/convert");
		return new LeadConversionPage(page);
	}

	/** From the lead's page, by its convert action. */
	static LeadConversionPage openFromLeadPage(Page page, long leadId) {
		page.navigate("/leads/" + leadId);
		page.locator("[data-action=convert]").click();
		page.waitForURL("**/leads/" + leadId + "/convert");
		return new LeadConversionPage(page);
	}

	Locator heading() {
		return this.page.locator("main h1");
	}

	/** A carried field, e.g. {@code carried("contactHint")}. */
	Locator carried(String field) {
		return this.page.locator("[data-testid=carried] [data-field=" + field + "]");
	}

	Locator opportunityName() {
		return this.page.locator("#opportunityName");
	}

	LeadConversionPage createFirstOpportunity(String name) {
		this.page.getByLabel("同时创建首个商机（里程碑一：行业与客户规划）").check();
		this.opportunityName().fill(name);
		return this;
	}

	AccountPage convert() {
		this.page.locator("#convert").click();
		this.page.waitForURL("**/accounts/*");
		return new AccountPage(this.page);
	}

}
