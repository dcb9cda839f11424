package com.kacrm.app.browser;

import java.util.regex.Pattern;

import com.kacrm.app.test.CrmIntegrationTest;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * An admin reads the milestone playbook and tries a default probability that breaks the
 * order along the milestones, in a real browser: the message appears next to the field
 * and nothing is saved.
 */
@CrmIntegrationTest
class PlaybookBrowserTests {

	@RegisterExtension
	static final BrowserSupport browser = new BrowserSupport();

	@LocalServerPort
	int port;

	@Test
	void adminReadsThePlaybookAndIsToldWhyAProbabilityIsRefused() {
		Page page = browser.open(this.port, BrowserSupport.Viewport.DESKTOP);
		LoginPage.open(page).logInAs("admin", "demo1234");
		page.navigate("/admin/milestones");
		assertThat(page.locator("article.playbook-milestone")).hasCount(8);
		assertThat(page.locator("[data-milestone=CALL_AND_VISIT]")).containsText("以约会收尾");
		assertThat(page.locator("[data-milestone=CALL_AND_VISIT] [data-testid=default-probability]"))
			.hasText("默认赢率 10%");
		browser.screenshot("playbook-zh.png");

		page.locator("[data-edit=CALL_AND_VISIT]").click();
		page.waitForURL(Pattern.compile(".*/admin/milestones/CALL_AND_VISIT$"));
		// The manual's six items, the retired "right contact" item and the two that
		// replace it (V014: CONTACT_IDENTIFIED is automatic now), and the three automatic
		// phone-invitation items that replace the manual ones (V021); retired items stay
		// listed.
		assertThat(page.locator("#checklist tbody tr")).hasCount(11);
		page.locator("#defaultProbability").fill("30");
		page.locator("#milestone-form button[type=submit]").click();
		assertThat(page.locator("[data-error-for=defaultProbability]")).hasText("默认赢率不能高于里程碑 3 的 25%");
		browser.screenshot("playbook-edit-zh.png");

		page.navigate("/admin/milestones");
		assertThat(page.locator("[data-milestone=CALL_AND_VISIT] [data-testid=default-probability]"))
			.hasText("默认赢率 10%");
	}

}
