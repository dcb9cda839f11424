package com.kacrm.app.browser;

import com.kacrm.app.test.CrmIntegrationTest;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The browsable API documentation works for a logged-in user under the
 * Content-Security-Policy (which allows Swagger UI inline styles but no inline script).
 */
@CrmIntegrationTest
class ApiDocumentationBrowserTests {

	@RegisterExtension
	static final BrowserSupport browser = new BrowserSupport();

	@LocalServerPort
	int port;

	@Test
	void aLoggedInUserBrowsesTheApiDocumentation() {
		Page page = browser.open(this.port, BrowserSupport.Viewport.DESKTOP);
		LoginPage.open(page).logInAs("rep.li", "demo1234");
		page.navigate("/swagger-ui.html");
		// springdoc builds the document once, on the first request; on a loaded machine
		// that takes seconds
		assertThat(page.locator(".swagger-ui .info .title")).containsText("CRM API",
				new LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
		assertThat(page.getByText("/api/v1/me").first()).isVisible();
		browser.screenshot("api-docs.png");
	}

}
