package com.kacrm.app.browser;

import com.microsoft.playwright.Page;
import com.kacrm.app.test.CrmIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * An admin looks at the regions and teams, creates a user through the form, sees the
 * error next to a field, disables and enables the user, in a real browser.
 */
@CrmIntegrationTest
class OrganisationAdminBrowserTests {

	@RegisterExtension
	static final BrowserSupport browser = new BrowserSupport();

	@LocalServerPort
	int port;

	@Test
	void adminCreatesDisablesAndEnablesAUser() {
		Page page = browser.open(this.port, BrowserSupport.Viewport.DESKTOP);
		LoginPage.open(page).logInAs("admin", "demo1234");
		page.navigate("http://localhost:" + this.port + "/admin/teams");
		assertThat(page.locator("[data-team=SZ]")).containsText("陈志强");
		browser.screenshot("admin-teams.png");

		page.locator("[data-testid=new-team]").click();
		page.locator("#code").fill("SZ");
		page.locator("#nameZh").fill("重复");
		page.locator("#regionCode").selectOption("SZ");
		page.locator("button[type=submit].btn-primary").click();
		assertThat(page.locator("[data-error-for=code]")).containsText("代码 SZ 已被使用");

		String username = "browser." + System.nanoTime();
		page.navigate("http://localhost:" + this.port + "/admin/users/new");
		page.locator("#username").fill(username);
		page.locator("#displayName").fill("浏览器测试");
		page.locator("#role").selectOption("REP");
		page.locator("#teamCode").selectOption("SH");
		page.locator("#preferredLocale").selectOption("en");
		page.locator("#password").fill("123");
		page.locator("[data-testid=user-form] button[type=submit]").click();
		assertThat(page.locator("[data-error-for=password]")).containsText("至少需要 8 个字符");
		page.locator("#password").fill("browser-pass-1");
		page.locator("[data-testid=user-form] button[type=submit]").click();
		assertThat(page.locator(".flash")).containsText("用户已创建");

		page.locator("[data-testid=disable-user]").click();
		assertThat(page.locator("[data-testid=user-status]")).hasText("停用");
		assertThat(page.locator(".history")).containsText("启用状态");
		browser.screenshot("admin-user.png");
		page.locator("[data-testid=enable-user]").click();
		assertThat(page.locator("[data-testid=user-status]")).hasText("启用");

		page.navigate("http://localhost:" + this.port + "/admin/users?q=" + username);
		assertThat(page.locator("[data-user='" + username + "']")).containsText("English");
	}

}
