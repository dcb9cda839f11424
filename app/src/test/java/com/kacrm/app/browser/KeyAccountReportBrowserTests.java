package com.kacrm.app.browser;

import java.util.ArrayList;
import java.util.List;

import com.kacrm.app.test.CrmIntegrationTest;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The key-account analysis in a real browser as manager.south: the charts are drawn by
 * static/js/key-accounts.js from the server's JSON (no inline script, so no CSP error),
 * the year chart always, with its labels from the bundles.
 */
@CrmIntegrationTest
class KeyAccountReportBrowserTests {

	@RegisterExtension
	static final BrowserSupport browser = new BrowserSupport();

	@LocalServerPort
	int port;

	@Test
	void theChartsAreDrawnFromTheServersFiguresWithoutScriptErrors() {
		Page page = browser.open(this.port, BrowserSupport.Viewport.DESKTOP);
		List<String> errors = new ArrayList<>();
		page.onConsoleMessage((message) -> {
			// a missing favicon is not this page's business; CSP violations and script
			// errors are
			if ("error".equals(message.type()) && !message.text().startsWith("Failed to load resource")) {
				errors.add(message.text());
			}
		});
		page.onPageError(errors::add);
		LoginPage.open(page).logInAs("manager.south", "demo1234");
		page.navigate("/reports/key-accounts");
		assertThat(page.locator("h1")).hasText("大客户销售数据分析");
		assertThat(page.locator("#report-tabs .active")).hasText("大客户销售分析");
		assertThat(page.locator("[data-testid=chart-years][data-drawn=true] canvas").first()).isVisible();
		assertThat(page.locator("[data-testid=chart-years]")).hasAttribute("aria-label", "大客户销售额与增长率");
		assertThat(page.locator("[data-testid=key-accounts-years] tbody tr")).hasCount(4);
		browser.screenshot("key-accounts.png");
		page.locator("#f-top").fill("3");
		page.locator("#report-apply").click();
		page.waitForURL((url) -> url.contains("top=3"));
		assertThat(page.getByText("销售额排名（前 3 名）")).isVisible();
		assertThat(page.locator("[data-testid=key-accounts-topBySales] tbody tr[data-account]").count())
			.isLessThanOrEqualTo(3);
		assertThat(errors).isEmpty();
	}

}
