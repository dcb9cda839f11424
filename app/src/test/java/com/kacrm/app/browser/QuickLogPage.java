package com.kacrm.app.browser;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/**
 * The quick log {@code /visits/new} and the completion form of a planned activity in the
 * browser. Every user action (click, fill, check, select) goes through this object and
 * counts as one step, so a test can say how many steps logging a visit takes.
 */
final class QuickLogPage {

	private final Page page;

	private int steps;

	QuickLogPage(Page page) {
		this.page = page;
	}

	/** The number of user actions so far. */
	int steps() {
		return this.steps;
	}

	/** Opens the quick log with the navigation bar's button. */
	QuickLogPage fromNavigation() {
		click(this.page.locator("[data-testid=quick-log]"));
		this.page.waitForURL(Pattern.compile(".*/visits/new.*"));
		return this;
	}

	/** Opens the quick log in {@code mode} (LOG, PLAN or PHONE) from a tab's buttons. */
	QuickLogPage fromTab(String mode) {
		click(this.page.locator("[data-testid=visit-actions] [data-mode=" + mode + "]"));
		this.page.waitForURL(Pattern.compile(".*/visits/new.*"));
		return this;
	}

	/** Types part of an account's name into the search box. */
	QuickLogPage findAccount(String name) {
		fill(this.page.locator("#account-search"), name);
		return this;
	}

	/** Picks the account found by the search. */
	QuickLogPage chooseAccount(String name) {
		click(this.page.locator("[data-testid=account-result]", new Page.LocatorOptions().setHasText(name)));
		this.page.waitForURL(Pattern.compile(".*/visits/new\\?account=.*"));
		return this;
	}

	QuickLogPage type(String type) {
		click(this.page.locator("label[for^=type]", new Page.LocatorOptions().setHasText(type)));
		return this;
	}

	QuickLogPage outcome(String summary) {
		fill(this.page.locator("#summary"), summary);
		return this;
	}

	/** Ticks the phone invitation's steps, by their position 1 to 3. */
	QuickLogPage tickStep(String field) {
		check(this.page.locator("input[name='steps." + field + "']"));
		return this;
	}

	/** Fills the appointment a phone invitation closed with. */
	QuickLogPage appointment(String at, String place, String contact) {
		fill(this.page.locator("input[name='appointment.at']"), at);
		fill(this.page.locator("input[name='appointment.place']"), place);
		this.steps++;
		this.page.locator("select[name='appointment.contactId']")
			.selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(contact));
		return this;
	}

	/** Saves the quick log or the completion form and waits for the page it leads to. */
	QuickLogPage save() {
		String url = this.page.url();
		click(this.page.locator("[data-testid=visit-save], [data-testid=complete-save]"));
		this.page.waitForURL((next) -> !next.equals(url));
		return this;
	}

	Locator flash() {
		return this.page.locator(".alert-success");
	}

	private void click(Locator locator) {
		this.steps++;
		locator.click();
	}

	private void fill(Locator locator, String text) {
		this.steps++;
		locator.fill(text);
	}

	private void check(Locator locator) {
		this.steps++;
		locator.check();
	}

}
