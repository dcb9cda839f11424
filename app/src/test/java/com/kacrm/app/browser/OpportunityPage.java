package com.kacrm.app.browser;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/**
 * A deal's page and its tabs in the browser: the milestone screen, ticks, moves and the
 * tab forms.
 */
final class OpportunityPage {

	private final Page page;

	private final long id;

	private OpportunityPage(Page page, long id) {
		this.page = page;
		this.id = id;
	}

	static OpportunityPage open(Page page, long id) {
		page.navigate("/opportunities/" + id);
		return new OpportunityPage(page, id);
	}

	Locator milestone() {
		return this.page.locator("[data-testid=milestone-screen]");
	}

	Locator status() {
		return this.page.locator("[data-testid=opportunity-status]");
	}

	Locator rejection() {
		return this.page.locator("[data-testid=move-rejected]");
	}

	Locator unmetItems() {
		return this.page.locator("[data-testid=move-rejected] [data-testid=unmet-items] li");
	}

	Locator blockingItems() {
		return this.page.locator("[data-testid=blocking-items] li");
	}

	Locator flash() {
		return this.page.locator(".alert-success");
	}

	/** Ticks every manual item not done yet with {@code evidence}, one form at a time. */
	OpportunityPage tickAllManual(String evidence) {
		Locator open = this.page.locator("[data-testid=checklist] li[data-automatic=false][data-done=false]");
		while (open.count() > 0) {
			Locator item = open.first();
			item.locator("summary").click();
			item.locator("textarea[name=evidenceNote]").fill(evidence);
			item.locator("[data-action=tick]").click();
			this.page.waitForURL(Pattern.compile(".*/opportunities/" + this.id + "$"));
		}
		return this;
	}

	/** Submits the move on to the next milestone. */
	OpportunityPage moveOn() {
		this.page.locator("[data-testid=move-form] [data-action=move]").click();
		return this;
	}

	/** A manager's move past the closed gate with {@code reason}. */
	OpportunityPage override(String reason) {
		this.page.locator("#move-override").check();
		this.page.locator("#move-reason").fill(reason);
		return moveOn();
	}

	OpportunityPage logVisit(String type, String summary, String... people) {
		this.page.navigate("/opportunities/" + this.id + "/activities");
		this.page.locator("#activity-form select[name=type]").selectOption(type);
		for (String person : people) {
			this.page.locator("#activity-form label", new Page.LocatorOptions().setHasText(person)).click();
		}
		this.page.locator("#activity-form textarea[name=summary]").fill(summary);
		this.page.locator("#activity-form button[type=submit]").click();
		this.page.waitForURL(Pattern.compile(".*/opportunities/" + this.id + "/activities$"));
		return this;
	}

	OpportunityPage assessAllYes() {
		this.page.navigate("/opportunities/" + this.id + "/assessment");
		Locator rows = this.page.locator("tr[data-question]");
		for (int i = 0; i < rows.count(); i++) {
			rows.nth(i).locator("input[type=radio][value=YES]").check();
		}
		this.page.locator("button[type=submit]", new Page.LocatorOptions().setHasText("保存评估")).click();
		return this;
	}

	OpportunityPage recordContract(String amount, String signedOn) {
		this.page.navigate("/opportunities/" + this.id + "/contract");
		this.page.locator("#contract-form input[name=contractAmount]").fill(amount);
		this.page.locator("#contract-form input[name=contractSignedOn]").fill(signedOn);
		this.page.locator("#contract-form button[type=submit]").click();
		return this;
	}

	OpportunityPage back() {
		this.page.navigate("/opportunities/" + this.id);
		return this;
	}

	Locator moves() {
		this.page.navigate("/opportunities/" + this.id + "/history");
		return this.page.locator("[data-testid=moves] tbody tr");
	}

}
