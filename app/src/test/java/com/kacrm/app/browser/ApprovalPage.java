package com.kacrm.app.browser;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/**
 * A 立项 request in the browser: the request form, the request's page with its steps and
 * the print layout.
 */
final class ApprovalPage {

	private static final Pattern REQUEST_PAGE = Pattern.compile(".*/approvals/\\d+$");

	private final Page page;

	private ApprovalPage(Page page) {
		this.page = page;
	}

	/** The request form of the deal, from the deal page's 立项 panel. */
	static ApprovalPage startFromDeal(Page page, long opportunityId) {
		page.navigate("/opportunities/" + opportunityId);
		page.locator("[data-testid=approval-panel] [data-action=new-approval]").click();
		page.waitForURL(Pattern.compile(".*/approvals/new\\?opportunity=" + opportunityId + "$"));
		return new ApprovalPage(page);
	}

	/** The request page the browser is on, e.g. after following a link from the inbox. */
	static ApprovalPage current(Page page) {
		page.waitForURL(REQUEST_PAGE);
		return new ApprovalPage(page);
	}

	static ApprovalPage open(Page page, long id) {
		page.navigate("/approvals/" + id);
		return new ApprovalPage(page);
	}

	ApprovalPage fill(String field, String value) {
		this.page.locator("[data-testid=approval-form] [name=" + field + "]").fill(value);
		return this;
	}

	/** Ticks or unticks the competitor named {@code name}. */
	ApprovalPage competitor(String name, boolean named) {
		this.page.locator("[data-testid=competitors] label", new Page.LocatorOptions().setHasText(name))
			.locator("input")
			.setChecked(named);
		return this;
	}

	/**
	 * Writes the responsibility of the proposed member named {@code name}, ticking them.
	 */
	ApprovalPage member(String name, String responsibility) {
		Locator row = this.page.locator("[data-testid=proposed-team] [data-worker]",
				new Page.LocatorOptions().setHasText(name));
		row.locator("input[type=checkbox]").check();
		row.locator("input[type=text]").fill(responsibility);
		return this;
	}

	/** Saves the form; the request's page opens. */
	ApprovalPage save() {
		this.page.locator("[data-action=save-draft]").click();
		this.page.waitForURL(REQUEST_PAGE);
		return this;
	}

	ApprovalPage edit() {
		this.page.locator("[data-action=edit]").click();
		this.page.waitForURL(Pattern.compile(".*/approvals/\\d+/edit$"));
		return this;
	}

	ApprovalPage submit() {
		this.page.locator("[data-action=submit]").click();
		this.page.waitForURL(REQUEST_PAGE);
		return this;
	}

	/** A decision: approve, return or reject, with {@code comment}. */
	ApprovalPage decide(String action, String comment) {
		this.page.locator("#decision-comment").fill(comment);
		this.page.locator("[data-testid=decision-form] [data-action=" + action + "]").click();
		this.page.waitForURL(REQUEST_PAGE);
		return this;
	}

	long id() {
		return Long.parseLong(this.page.locator("[data-testid=approval-header]").getAttribute("data-approval-id"));
	}

	Locator status() {
		return this.page.locator("[data-testid=approval-header] [data-testid=approval-status]");
	}

	Locator lastComment() {
		return this.page.locator("[data-testid=last-comment]");
	}

	Locator readiness() {
		return this.page.locator("[data-testid=readiness]");
	}

	Locator trail() {
		return this.page.locator("[data-testid=trail] li");
	}

	Locator flash() {
		return this.page.locator(".alert-success");
	}

}
