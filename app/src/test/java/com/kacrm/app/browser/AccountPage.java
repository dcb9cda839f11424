package com.kacrm.app.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** The read-only account page {@code /accounts/{id}}. */
final class AccountPage {

	private final Page page;

	AccountPage(Page page) {
		this.page = page;
	}

	Locator flash() {
		return this.page.locator(".flash .alert-success");
	}

	Locator name() {
		return this.page.locator("[data-testid=account-name]");
	}

	/** A field of the account's data, e.g. {@code field("tier")}. */
	Locator field(String field) {
		return this.page.locator("[data-testid=account-data] [data-field=" + field + "]");
	}

	Locator convertedFrom() {
		return this.page.locator("[data-testid=converted-from]");
	}

	/** Follows the link to the lead the account was converted from. */
	void openConvertedLead() {
		this.page.locator("[data-testid=converted-from] [data-link=lead]").click();
		this.page.waitForURL("**/leads/*");
	}

	Locator opportunities() {
		return this.page.locator("[data-testid=opportunities] tbody tr");
	}

	Locator history() {
		return this.page.locator("table.history tbody tr");
	}

}
