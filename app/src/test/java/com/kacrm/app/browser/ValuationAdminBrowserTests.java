package com.kacrm.app.browser;

import com.kacrm.app.test.CrmIntegrationTest;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The value-model and pool-rules screens in a real browser: an admin tries an assessment
 * and sees a refused pool rule in its cell. Neither changes any data.
 */
@CrmIntegrationTest
class ValuationAdminBrowserTests {

	@RegisterExtension
	static final BrowserSupport browser = new BrowserSupport();

	@LocalServerPort
	int port;

	@Test
	void adminTriesAnAssessmentOnTheValueModelScreen() {
		Page page = browser.open(this.port, BrowserSupport.Viewport.DESKTOP);
		LoginPage.open(page).logInAs("admin", "demo1234");
		page.navigate("/admin/value-model");
		assertThat(page.locator("main h1")).hasText("价值评估与客户组合");
		assertThat(page.locator("#portfolio-classes [data-class=FAT_SHEEP]")).containsText("巩固");
		int[] scores = { 4, 4, 4, 4, 4, 4, 3, 3 };
		for (int i = 0; i < scores.length; i++) {
			page.locator("[id='scores" + i + ".score']").selectOption(String.valueOf(scores[i]));
		}
		page.locator("#assessment-form button[type=submit]").click();
		assertThat(page.locator("#assessment-result")).containsText("肥羊");
		browser.screenshot("admin-value-model.png");
	}

	@Test
	void aRefusedPoolRuleIsShownInItsCell() {
		Page page = browser.open(this.port, BrowserSupport.Viewport.DESKTOP);
		LoginPage.open(page).logInAs("admin", "demo1234");
		page.navigate("/admin/pool-rules");
		page.locator("[id='rules1.warningDays']").fill("500");
		page.locator("#pool-rules-form button[type=submit]").click();
		assertThat(page.locator("[data-error-for='rules[1].warningDays']")).containsText("提醒天数必须小于");
		assertThat(page.locator("[id='rules1.warningDays']")).hasValue("500");
		browser.screenshot("admin-pool-rules.png");
	}

}
