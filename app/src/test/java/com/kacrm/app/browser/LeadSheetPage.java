package com.kacrm.app.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/**
 * The lead sheet JTF001 (/leads), its registration form and a lead's page, as a rep uses
 * them.
 */
final class LeadSheetPage {

	private final Page page;

	LeadSheetPage(Page page) {
		this.page = page;
	}

	/** Opens the sheet from the main navigation. */
	static LeadSheetPage openFromNavigation(Page page) {
		page.locator("[data-nav=LEADS]").click();
		page.waitForURL("**/leads");
		return new LeadSheetPage(page);
	}

	Locator sheet() {
		return this.page.locator("[data-testid=lead-sheet]");
	}

	Locator headers() {
		return sheet().locator("thead th");
	}

	Locator row(String number) {
		return this.page.locator("tr[data-lead='" + number + "']");
	}

	LeadSheetPage search(String text) {
		this.page.locator("#q").fill(text);
		this.page.locator("[data-testid=sheet-filters] button[type=submit]").click();
		this.page.waitForLoadState();
		return this;
	}

	LeadSheetPage startRegistration() {
		this.page.locator("[data-testid=register-lead]").click();
		this.page.waitForURL("**/leads/new");
		return this;
	}

	LeadSheetPage typeName(String name) {
		this.page.locator("#customerName").fill(name);
		return this;
	}

	Locator duplicates() {
		return this.page.locator("[data-testid=duplicates]");
	}

	LeadSheetPage choose(String field, String value) {
		this.page.locator("#" + field).selectOption(value);
		return this;
	}

	LeadSheetPage fill(String field, String value) {
		this.page.locator("#" + field).fill(value);
		return this;
	}

	/** Submits the registration and waits for the new lead's page. */
	LeadSheetPage register() {
		this.page.locator("[data-testid=lead-form] button[type=submit]").click();
		this.page.waitForURL(java.util.regex.Pattern.compile(".*/leads/\\d+$"));
		return this;
	}

	Locator flash() {
		return this.page.locator(".flash .alert");
	}

	Locator leadNumber() {
		return this.page.locator("[data-testid=lead-number]");
	}

	Locator fact(String text) {
		return this.page.locator("[data-testid=lead-facts]").getByText(text);
	}

	Locator leadClass() {
		return this.page.locator("[data-testid=lead-class]");
	}

	Locator history() {
		return this.page.locator("table.history");
	}

}
