package com.kacrm.app.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;

/** An account's org chart tab {@code /accounts/{id}/org-chart} with its quick forms. */
final class OrgChartPage {

	private final Page page;

	OrgChartPage(Page page) {
		this.page = page;
	}

	static OrgChartPage open(Page page, long accountId) {
		page.navigate("/accounts/" + accountId + "/org-chart");
		return new OrgChartPage(page);
	}

	Locator flash() {
		return this.page.locator(".flash .alert-success");
	}

	/** Every person's box on the chart. */
	Locator people() {
		return this.page.locator("[data-testid=org-chart] a.org-node");
	}

	/** The box of the person called {@code name}. */
	Locator person(String name) {
		return this.page.locator("[data-testid=org-chart] a.org-node[data-name='" + name + "']");
	}

	Locator reportingLines() {
		return this.page.locator("[data-testid=org-chart] path.org-reporting-line");
	}

	Locator influenceLines() {
		return this.page.locator("[data-testid=org-chart] path.org-influence-line");
	}

	/**
	 * Adds a person through the quick-add form, under {@code manager} unless it is null.
	 */
	OrgChartPage addPerson(String name, String title, String level, String manager, int depth) {
		Locator form = this.page.locator("[data-testid=person-form]");
		form.locator("#person-name").fill(name);
		form.locator("#person-title").fill(title);
		form.locator("#person-level").selectOption(level);
		if (manager != null) {
			form.locator("#person-reportsToId").selectOption(new SelectOption().setLabel(manager));
		}
		form.locator("#person-relationshipDepth").selectOption(String.valueOf(depth));
		form.locator("[data-action=add-person]").click();
		this.page.waitForLoadState();
		return this;
	}

	OrgChartPage addInfluence(String from, String to, String note) {
		Locator form = this.page.locator("[data-testid=influence-form]");
		form.locator("#influence-fromContactId").selectOption(new SelectOption().setLabel(from));
		form.locator("#influence-toContactId").selectOption(new SelectOption().setLabel(to));
		form.locator("#influence-note").fill(note);
		form.locator("[data-action=add-influence]").click();
		this.page.waitForLoadState();
		return this;
	}

	OrgChartPage move(String person, String manager) {
		Locator form = this.page.locator("[data-testid=move-form]");
		form.locator("#move-contactId").selectOption(new SelectOption().setLabel(person));
		form.locator("#move-reportsToId").selectOption(new SelectOption().setLabel(manager));
		form.locator("[data-action=move]").click();
		this.page.waitForLoadState();
		return this;
	}

	Locator fieldError(String formTestId, String field) {
		return this.page.locator("[data-testid=" + formTestId + "] [data-error-for=" + field + "]");
	}

	/** Chooses the deal whose buying centre the chart shows. */
	OrgChartPage selectOpportunity(String name) {
		this.page.locator("#opportunity").selectOption(new SelectOption().setLabel(name));
		this.page.locator("[data-action=show-opportunity]").click();
		this.page.waitForURL("**/org-chart?opportunity=*");
		return this;
	}

	OrgChartPage assign(String person, String role, String attitude, String support) {
		Locator form = this.page.locator("[data-testid=seat-form]");
		form.locator("#seat-contactId").selectOption(new SelectOption().setLabel(person));
		form.locator("#seat-role").selectOption(role);
		if (attitude != null) {
			form.locator("#seat-attitude").selectOption(attitude);
		}
		form.locator("#seat-support").selectOption(support);
		form.locator("[data-action=save-seat]").click();
		this.page.waitForLoadState();
		return this;
	}

	Locator coverage() {
		return this.page.locator("[data-testid=coverage]");
	}

	Locator warning(String code) {
		return this.page.locator("[data-testid=coverage-warnings] [data-warning=" + code + "]");
	}

	Locator roleHolders(String role) {
		return this.page.locator("[data-testid=coverage] [data-role=" + role + "] [data-testid=role-holders]");
	}

}
