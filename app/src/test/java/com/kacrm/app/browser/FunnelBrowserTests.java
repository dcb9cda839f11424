package com.kacrm.app.browser;

import com.kacrm.app.test.CrmIntegrationTest;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The funnel in a real browser (issue 9): a manager opens 漏斗 from the navigation and sees
 * the eight milestones with the chart drawn beside them, filters by tier and keeps the
 * filter in the URL; a rep sees only their own figures, in English.
 */
@CrmIntegrationTest
class FunnelBrowserTests {

	@RegisterExtension
	static final BrowserSupport browser = new BrowserSupport();

	@LocalServerPort
	int port;

	@Test
	void aManagerSeesTheTeamsFunnelAndARepOnlyTheirOwn() {
		Page page = browser.open(this.port, BrowserSupport.Viewport.DESKTOP);
		LoginPage.open(page).logInAs("manager.south", "demo1234");
		FunnelPage funnel = FunnelPage.openFromNavigation(page);
		assertThat(funnel.heading()).hasText("销售漏斗");
		assertThat(funnel.rows()).hasCount(8);
		assertThat(funnel.rows().first()).containsText("行业与客户规划");
		assertThat(funnel.chartCanvas()).isVisible();
		String managerTotal = funnel.totalCount().textContent().strip();
		browser.screenshot("funnel-manager-zh.png");

		funnel.filterTier("A");
		org.assertj.core.api.Assertions.assertThat(funnel.url()).contains("tier=A");
		assertThat(funnel.tierFilter()).hasValue("A");
		assertThat(funnel.rows()).hasCount(8);
		assertThat(funnel.chartCanvas()).isVisible();

		new HomePage(page).logOut().logInAs("rep.zhang", "demo1234");
		page.navigate("/funnel?lang=en");
		FunnelPage rep = new FunnelPage(page);
		assertThat(rep.heading()).hasText("Pipeline funnel");
		assertThat(rep.rows()).hasCount(8);
		assertThat(rep.chartCanvas()).isVisible();
		org.assertj.core.api.Assertions.assertThat(rep.totalCount().textContent().strip()).isNotEqualTo(managerTotal);
		browser.screenshot("funnel-rep-en.png");
	}

}
