package com.kacrm.app.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.ReducedMotion;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Owns the headless Chromium of a browser test class: one Playwright and one browser per
 * class, a fresh {@link BrowserContext} (so fresh cookies) for every test, closed after
 * the test. Register it as a static field with {@code @RegisterExtension}.
 * <p>
 * The browser is Debian's {@code /usr/bin/chromium}; Playwright never downloads one.
 * Without it the tests are skipped on a developer's machine and fail on CI (where
 * {@code CI=true}), which must install it. Screenshots go to {@code target/screenshots}
 * or to the directory named by the system property {@code crm.screenshots.dir}; a failing
 * test leaves a screenshot of its last page there too.
 */
final class BrowserSupport implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, AfterAllCallback {

	static final Path CHROMIUM = Paths.get("/usr/bin/chromium");

	static final String INSTALL_HINT = "apt-get install -y chromium fonts-wqy-microhei";

	private static final List<String> CHROMIUM_ARGS = List.of("--no-sandbox", "--disable-gpu",
			"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
			"--disable-quic");

	private String unavailable;

	private Playwright playwright;

	private Browser browser;

	private BrowserContext context;

	private Page page;

	@Override
	public void beforeAll(ExtensionContext extensionContext) {
		if (!Files.isExecutable(CHROMIUM)) {
			String message = "Browser tests need Chromium at " + CHROMIUM + " and a CJK font: " + INSTALL_HINT;
			if ("true".equalsIgnoreCase(System.getenv("CI"))) {
				Assertions.fail(message + " (CI must install them, see .ci/run)");
			}
			this.unavailable = message;
			return;
		}
		PlaywrightAssertions.setDefaultAssertionTimeout(10_000);
		this.playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		this.browser = this.playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
				.setHeadless(true)
				.setArgs(CHROMIUM_ARGS));
	}

	/**
	 * Skips each test, rather than the class silently, so the reports count them as
	 * skipped.
	 */
	@Override
	public void beforeEach(ExtensionContext extensionContext) {
		Assumptions.assumeTrue(this.unavailable == null, this.unavailable);
	}

	/**
	 * Opens a page in a new browser context on the application at {@code port}: Chinese
	 * browser locale, no animations, relative URLs resolved against the application.
	 */
	Page open(int port, Viewport viewport) {
		Assertions.assertNull(this.context, "one browser context per test");
		this.context = this.browser.newContext(new Browser.NewContextOptions().setBaseURL("http://localhost:" + port)
			.setViewportSize(viewport.width(), viewport.height())
			.setLocale("zh-CN")
			.setReducedMotion(ReducedMotion.REDUCE));
		this.context.setDefaultTimeout(15_000);
		this.page = this.context.newPage();
		return this.page;
	}

	/** Saves the whole current page as {@code fileName} in the screenshots directory. */
	Path screenshot(String fileName) {
		Assertions.assertNotNull(this.page, "no page open");
		Path file = screenshotsDirectory().resolve(fileName);
		this.page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
		return file;
	}

	@Override
	public void afterEach(ExtensionContext extensionContext) {
		try {
			if (this.page != null && extensionContext.getExecutionException().isPresent()) {
				screenshot("FAILED-" + extensionContext.getRequiredTestMethod().getName() + ".png");
			}
		}
		finally {
			if (this.context != null) {
				this.context.close();
			}
			this.context = null;
			this.page = null;
		}
	}

	@Override
	public void afterAll(ExtensionContext extensionContext) {
		if (this.browser != null) {
			this.browser.close();
			this.browser = null;
		}
		if (this.playwright != null) {
			this.playwright.close();
			this.playwright = null;
		}
	}

	private static Path screenshotsDirectory() {
		Path directory = Paths.get(System.getProperty("crm.screenshots.dir", "target/screenshots"));
		try {
			return Files.createDirectories(directory);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create screenshots directory " + directory.toAbsolutePath(), ex);
		}
	}

	/** The size of the browser window. */
	record Viewport(int width, int height) {

		static final Viewport DESKTOP = new Viewport(1280, 800);

		static final Viewport PHONE = new Viewport(390, 844);

	}

}
