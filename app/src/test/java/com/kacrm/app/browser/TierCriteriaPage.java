package com.kacrm.app.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/**
 * The tier-criteria admin screens: the form at {@code /admin/tier-criteria}, the preview
 * of who would move, and the page of an applied version.
 */
final class TierCriteriaPage {

	private final Page page;

	TierCriteriaPage(Page page) {
		this.page = page;
	}

	/** From the admin index, by its card. */
	static TierCriteriaPage openFromAdminIndex(Page page) {
		page.navigate("/admin");
		page.locator("[data-screen=tierCriteria]").click();
		page.waitForURL("**/admin/tier-criteria");
		return new TierCriteriaPage(page);
	}

	Locator currentVersion() {
		return this.page.locator("[data-testid=current-version]");
	}

	/** Types a threshold, e.g. {@code field("A", "minAnnualRevenue")}. */
	TierCriteriaPage fill(int row, String property, String value) {
		this.page.locator("[name='tiers[" + row + "]." + property + "']").fill(value);
		return this;
	}

	TierCriteriaPage note(String note) {
		this.page.locator("#note").fill(note);
		return this;
	}

	TierCriteriaPage preview() {
		this.page.locator("#preview").click();
		this.page.waitForLoadState();
		return this;
	}

	Locator previewSummary() {
		return this.page.locator("[data-testid=preview-summary]");
	}

	/** The cells of the proposed criteria that differ from the version in force. */
	Locator changedCells() {
		return this.page.locator("#proposed-criteria td.changed");
	}

	Locator moves() {
		return this.page.locator("#tier-moves tbody tr");
	}

	Locator move(String name) {
		return moves().filter(new Locator.FilterOptions().setHasText(name));
	}

	Locator errorFor(String field) {
		return this.page.locator("[data-error-for='" + field + "']");
	}

	TierCriteriaPage apply() {
		this.page.locator("#apply").click();
		this.page.waitForURL("**/admin/tier-criteria/versions/*");
		return this;
	}

	Locator recordChanges() {
		return this.page.locator("#record-changes tbody tr");
	}

	Locator heading() {
		return this.page.locator("main h1");
	}

	Locator flash() {
		return this.page.locator(".flash .alert-success");
	}

}
