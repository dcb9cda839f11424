package com.kacrm.app.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** The pipeline funnel (/funnel): its table, chart, filters and stalled deals. */
final class FunnelPage {

	private final Page page;

	FunnelPage(Page page) {
		this.page = page;
	}

	/** Opens the funnel from the main navigation (漏斗). */
	static FunnelPage openFromNavigation(Page page) {
		page.locator("[data-nav=FUNNEL]").click();
		page.waitForURL("**/funnel");
		return new FunnelPage(page);
	}

	Locator rows() {
		return this.page.locator("[data-testid=funnel-row]");
	}

	Locator totalCount() {
		return this.page.locator("[data-testid=funnel-totals] [data-col=count]");
	}

	Locator chartCanvas() {
		return this.page.locator("#funnel-chart canvas");
	}

	Locator heading() {
		return this.page.locator("h1");
	}

	FunnelPage filterTier(String tier) {
		this.page.locator("#f-tier").selectOption(tier);
		this.page.locator("#report-apply").click();
		this.page.waitForURL("**/funnel?**tier=" + tier + "**");
		return this;
	}

	Locator tierFilter() {
		return this.page.locator("#f-tier");
	}

	String url() {
		return this.page.url();
	}

}
