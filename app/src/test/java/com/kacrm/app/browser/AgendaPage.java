package com.kacrm.app.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/**
 * The agenda {@code /agenda} and the overdue-for-contact list {@code /visits/overdue}.
 */
final class AgendaPage {

	private final Page page;

	AgendaPage(Page page) {
		this.page = page;
	}

	/** The week containing {@code date} (yyyy-MM-dd). */
	static AgendaPage openWeek(Page page, String date) {
		page.navigate("/agenda?view=week&date=" + date);
		return new AgendaPage(page);
	}

	Locator overdueSection() {
		return this.page.locator("[data-testid=agenda-overdue]");
	}

	/** An item of the agenda: in the overdue section or on its day. */
	Locator item(long activityId) {
		return this.page.locator("li.agenda-entry[data-activity='" + activityId + "']");
	}

	Locator day(String date) {
		return this.page.locator("[data-day='" + date + "']");
	}

	Locator doneButton(long activityId) {
		return item(activityId).locator("[data-testid=next-step-done]");
	}

	Locator doneForm(long activityId) {
		return item(activityId).locator("form");
	}

	Locator overdueAccounts() {
		return this.page.locator("[data-testid=overdue-accounts]");
	}

	/** Follows the count of accounts overdue for contact to their list. */
	AgendaPage openOverdueList() {
		this.page.locator("[data-testid=overdue-accounts] a").click();
		this.page.waitForURL("**/visits/overdue");
		return this;
	}

	Locator overdueRow(long accountId) {
		return this.page.locator("tr[data-account='" + accountId + "']");
	}

	/** Creates the calendar feed; the address shown once. */
	Locator createFeed() {
		this.page.locator("[data-testid=feed-create]").click();
		return this.page.locator("[data-testid=feed-url]");
	}

}
