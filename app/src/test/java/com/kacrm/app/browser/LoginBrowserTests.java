package com.kacrm.app.browser;

import java.util.List;
import java.util.regex.Pattern;

import com.kacrm.app.test.CrmIntegrationTest;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Logging in, the navigation each role sees, switching language and logging out, in a
 * real headless Chromium against the whole application. Proves that the pages work in a
 * browser (Bootstrap's menus and collapsed navigation included), that the language choice
 * is remembered across requests, and that Chinese text renders; the screenshots it leaves
 * in {@code target/screenshots} are the ones in {@code docs/screenshots}.
 */
@CrmIntegrationTest
class LoginBrowserTests {

	private static final String PASSWORD = "demo1234";

	private static final List<String> REP_NAVIGATION = List.of("LEADS", "ACCOUNTS", "OPPORTUNITIES", "VISITS",
			"APPROVALS", "FUNNEL");

	@RegisterExtension
	static final BrowserSupport browser = new BrowserSupport();

	@LocalServerPort
	int port;

	@Test
	void repLogsInSwitchesToEnglishAndBack() {
		LoginPage login = LoginPage.open(browser.open(this.port, BrowserSupport.Viewport.DESKTOP));
		assertThat(login.heading()).hasText("登录");
		assertThat(login.demoLogins()).isVisible();
		assertThat(login.demoLogins()).containsText("rep.zhang");
		browser.screenshot("login-zh.png");

		HomePage home = login.logInAs("rep.zhang", PASSWORD);
		assertThat(home.greeting()).hasText("您好，张伟");
		assertThat(home.html()).hasAttribute("lang", "zh-CN");
		for (String item : REP_NAVIGATION) {
			assertThat(home.navItem(item)).isVisible();
		}
		assertThat(home.navItem("LEADS")).containsText("线索");
		assertThat(home.navItem("ADMIN")).hasCount(0);
		browser.screenshot("home-zh.png");

		home.chooseLanguage("en");
		assertThat(home.greeting()).hasText("Hello, 张伟");
		assertThat(home.html()).hasAttribute("lang", "en");
		assertThat(home.navItem("LEADS")).containsText("Leads");
		browser.screenshot("home-en.png");

		home.open();
		assertThat(home.greeting()).hasText("Hello, 张伟");
		assertThat(home.navItem("LEADS")).containsText("Leads");

		home.chooseLanguage("zh_CN");
		assertThat(home.greeting()).hasText("您好，张伟");
		home.open();
		assertThat(home.greeting()).hasText("您好，张伟");

		LoginPage loggedOut = home.logOut();
		assertThat(loggedOut.heading()).hasText("登录");
		assertThat(loggedOut.loggedOutMessage()).hasText("您已安全退出。");
	}

	@Test
	void adminSeesAdministrationInNavigationAndItsPageRenders() {
		Page page = browser.open(this.port, BrowserSupport.Viewport.DESKTOP);
		HomePage home = LoginPage.open(page).logInAs("admin", PASSWORD);
		for (String item : REP_NAVIGATION) {
			assertThat(home.navItem(item)).isVisible();
		}
		assertThat(home.navItem("ADMIN")).isVisible();
		assertThat(home.navItem("ADMIN")).hasText("管理");

		home.navItem("ADMIN").click();
		page.waitForURL(Pattern.compile(".*/admin$"));
		assertThat(page.locator("main h1")).hasText("系统管理");
		assertThat(page.locator("#admin-screens a.admin-screen")).hasCount(10);
		browser.screenshot("admin-zh.png");
	}

	@Test
	void repOnPhoneFindsNavigationBehindToggler() {
		HomePage home = LoginPage.open(browser.open(this.port, BrowserSupport.Viewport.PHONE))
			.logInAs("rep.zhang", PASSWORD);
		assertThat(home.greeting()).hasText("您好，张伟");
		assertThat(home.navigationToggler()).isVisible();
		assertThat(home.navItem("LEADS")).isHidden();

		home.navigationToggler().click();
		assertThat(home.navigation()).hasClass(Pattern.compile("(^|\\s)show(\\s|$)"));
		for (String item : REP_NAVIGATION) {
			assertThat(home.navItem(item)).isVisible();
		}
		browser.screenshot("home-phone-zh.png");
	}

}
