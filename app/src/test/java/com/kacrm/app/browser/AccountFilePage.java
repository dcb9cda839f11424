package com.kacrm.app.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/**
 * The account files as a rep uses them: the list (/accounts) with its filters, an
 * account's profile tab, the edit form and the history tab.
 */
final class AccountFilePage {

	private final Page page;

	AccountFilePage(Page page) {
		this.page = page;
	}

	/** Opens the list from the main navigation. */
	static AccountFilePage openFromNavigation(Page page) {
		page.locator("[data-nav=ACCOUNTS]").click();
		page.waitForURL("**/accounts");
		return new AccountFilePage(page);
	}

	AccountFilePage search(String text) {
		this.page.locator("#q").fill(text);
		return this;
	}

	/** Chooses {@code value} in the filter or form field {@code field}. */
	AccountFilePage choose(String field, String value) {
		this.page.locator("#" + field).selectOption(value);
		return this;
	}

	AccountFilePage filter() {
		this.page.locator("[data-testid=account-filters] [data-action=filter]").click();
		this.page.waitForLoadState();
		return this;
	}

	Locator rows() {
		return this.page.locator("[data-testid=account-list] tbody tr");
	}

	AccountPage open(String name) {
		this.page.locator("[data-testid=account-list] a[data-link=account]", new Page.LocatorOptions().setHasText(name))
			.click();
		this.page.waitForURL("**/accounts/*");
		return new AccountPage(this.page);
	}

	AccountFilePage edit() {
		this.page.locator("[data-action=edit]").click();
		this.page.waitForURL("**/accounts/*/edit");
		return this;
	}

	AccountFilePage type(String field, String text) {
		this.page.locator("#" + field).fill(text);
		return this;
	}

	AccountPage save() {
		this.page.locator("[data-testid=account-form] [data-action=save]").click();
		this.page.waitForURL("**/accounts/*");
		return new AccountPage(this.page);
	}

	AccountFilePage openTab(String tab) {
		this.page.locator("[data-tab=" + tab + "]").click();
		this.page.waitForLoadState();
		return this;
	}

	Locator history() {
		return this.page.locator("[data-testid=account-history] table.history tbody tr");
	}

}
