package com.kacrm.app.browser;

import java.nio.file.Path;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/**
 * The lead import: the upload form at {@code /leads/import} and the page of an import job
 * with its progress and report.
 */
final class LeadImportPage {

	private final Page page;

	private LeadImportPage(Page page) {
		this.page = page;
	}

	static LeadImportPage open(Page page) {
		page.navigate("/leads/import");
		return new LeadImportPage(page);
	}

	LeadImportPage choose(Path file) {
		this.page.locator("#file").setInputFiles(file);
		return this;
	}

	LeadImportPage allOrNothing() {
		this.page.locator("#mode-all").check();
		return this;
	}

	LeadImportPage validRowsOnly() {
		this.page.locator("#mode-valid").check();
		return this;
	}

	/** Uploads and waits on the job's page until the report is there. */
	LeadImportPage upload() {
		this.page.locator("#upload").click();
		this.page.waitForURL("**/leads/import/*-*");
		this.page.locator("[data-testid=import-summary]").waitFor();
		return this;
	}

	LeadImportPage importAgain() {
		this.page.locator("#import-again").click();
		this.page.waitForURL("**/leads/import");
		return this;
	}

	Locator limits() {
		return this.page.locator("[data-testid=import-limits]");
	}

	Locator summary() {
		return this.page.locator("[data-testid=import-summary]");
	}

	Locator row(int number) {
		return this.page.locator("#import-report tbody tr[data-row='" + number + "']");
	}

	Locator createdNumbers() {
		return this.page.locator("#import-report [data-testid=created-number]");
	}

	Locator progress() {
		return this.page.locator("#import-progress");
	}

}
