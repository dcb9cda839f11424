package com.kacrm.app.browser;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** The login page {@code /login}. */
final class LoginPage {

	private final Page page;

	LoginPage(Page page) {
		this.page = page;
	}

	static LoginPage open(Page page) {
		page.navigate("/login");
		return new LoginPage(page);
	}

	Locator heading() {
		return this.page.locator("main h1");
	}

	Locator demoLogins() {
		return this.page.locator("[data-testid=demo-logins]");
	}

	Locator loggedOutMessage() {
		return this.page.locator("main .alert-success");
	}

	/**
	 * Logs in with a correct password and waits until the page it leads to has loaded.
	 */
	HomePage logInAs(String username, String password) {
		this.page.locator("#username").fill(username);
		this.page.locator("#password").fill(password);
		this.page.locator("#login-submit").click();
		this.page.waitForURL(Pattern.compile("^(?!.*/login).*$"));
		return new HomePage(this.page);
	}

}
