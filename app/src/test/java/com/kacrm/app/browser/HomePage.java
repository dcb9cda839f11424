package com.kacrm.app.browser;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/**
 * The home page {@code /} and the page layout around it: navigation, language menu and
 * user menu.
 */
final class HomePage {

	private final Page page;

	HomePage(Page page) {
		this.page = page;
	}

	/** Opens {@code /} again, with no language parameter in the URL. */
	HomePage open() {
		this.page.navigate("/");
		return this;
	}

	Locator greeting() {
		return this.page.locator("main h1");
	}

	Locator html() {
		return this.page.locator("html");
	}

	/**
	 * The navigation item with {@code data-nav=id}, e.g. {@code LEADS} or {@code ADMIN}.
	 */
	Locator navItem(String id) {
		return this.page.locator("[data-nav=" + id + "]");
	}

	Locator navigationToggler() {
		return this.page.locator(".navbar-toggler");
	}

	Locator navigation() {
		return this.page.locator("#main-nav");
	}

	/**
	 * Chooses {@code en} or {@code zh_CN} in the language menu and waits for the page.
	 */
	HomePage chooseLanguage(String lang) {
		this.page.locator("#language-menu").click();
		this.page.locator("a[data-lang=" + lang + "]").click();
		this.page.waitForURL(Pattern.compile(".*[?&]lang=" + lang + "$"));
		return this;
	}

	/** Logs out through the user menu and waits for the login page. */
	LoginPage logOut() {
		this.page.locator("#user-menu").click();
		this.page.locator("#logout").click();
		this.page.waitForURL(Pattern.compile(".*/login\\?logout$"));
		return new LoginPage(this.page);
	}

}
