package com.kacrm.app.security;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.kacrm.app.test.CrmIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The session over real HTTP and its rows in PostgreSQL (Spring Session JDBC): the idle
 * timeout ends it, logout ends it on the server (the old cookie is worth nothing), and
 * the cookie is HttpOnly, SameSite=Lax and, behind a TLS-terminating proxy that says so
 * in X-Forwarded-Proto, Secure. (Disabling a user: UserSessionsIntegrationTests here, and
 * across nodes TwoNodeIntegrationTests.)
 */
@CrmIntegrationTest
class SessionIntegrationTests {

	/** server.servlet.session.timeout in application.yml. */
	static final Duration IDLE_TIMEOUT = Duration.ofHours(8);

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theSessionKeepsTheConfiguredIdleTimeoutInTheDatabase() throws Exception {
		CookieBrowser browser = loggedIn("rep.li");
		assertThat(this.jdbc.queryForObject("select max_inactive_interval from spring_session where session_id = ?",
				Integer.class, sessionId(browser)))
			.isEqualTo((int) IDLE_TIMEOUT.toSeconds());
	}

	@Test
	void aSessionIdleForLessThanTheTimeoutGoesOn() throws Exception {
		CookieBrowser browser = loggedIn("rep.li");
		idleFor(browser, IDLE_TIMEOUT.minusMinutes(1));
		assertThat(browser.get(base(), "/").statusCode()).isEqualTo(200);
	}

	@Test
	void aSessionIdleForLongerThanTheTimeoutIsOver() throws Exception {
		CookieBrowser browser = loggedIn("rep.li");
		String id = sessionId(browser);
		idleFor(browser, IDLE_TIMEOUT.plusMinutes(1));
		HttpResponse<String> next = browser.get(base(), "/");
		assertThat(next.statusCode()).isEqualTo(302);
		assertThat(CookieBrowser.location(next)).endsWith("/login");
		assertThat(
				this.jdbc.queryForObject("select count(*) from spring_session where session_id = ?", Integer.class, id))
			.isZero();
	}

	@Test
	void aRequestLessThanAMinuteAfterTheStoredAccessWritesNoSessionRow() throws Exception {
		CookieBrowser browser = loggedIn("rep.li");
		long stored = idleFor(browser, Duration.ofSeconds(30));
		assertThat(browser.get(base(), "/").statusCode()).isEqualTo(200);
		assertThat(lastAccess(browser)).isEqualTo(stored);
	}

	@Test
	void aRequestAMinuteOrMoreAfterTheStoredAccessMovesItOn() throws Exception {
		CookieBrowser browser = loggedIn("rep.li");
		long stored = idleFor(browser, Duration.ofMinutes(2));
		long before = System.currentTimeMillis();
		assertThat(browser.get(base(), "/").statusCode()).isEqualTo(200);
		assertThat(lastAccess(browser)).isGreaterThan(stored).isGreaterThanOrEqualTo(before - 1000);
	}

	@Test
	void logoutEndsTheSessionOnTheServerSoTheOldCookieIsWorthNothing() throws Exception {
		CookieBrowser browser = loggedIn("rep.zhang");
		String cookie = browser.cookie(CookieBrowser.SESSION_COOKIE);
		String id = sessionId(browser);

		HttpResponse<String> logout = browser.logOut(base());
		assertThat(CookieBrowser.location(logout)).endsWith("/login?logout");
		assertThat(
				this.jdbc.queryForObject("select count(*) from spring_session where session_id = ?", Integer.class, id))
			.isZero();

		// Someone who kept the cookie (a copied header, another tab) gets nothing for it.
		CookieBrowser replay = new CookieBrowser();
		replay.setCookie(CookieBrowser.SESSION_COOKIE, cookie);
		HttpResponse<String> again = replay.get(base(), "/");
		assertThat(again.statusCode()).isEqualTo(302);
		assertThat(CookieBrowser.location(again)).endsWith("/login");
	}

	@Test
	void theSessionCookieIsHttpOnlyAndSameSiteLaxAndNotSecureOverPlainHttp() throws Exception {
		List<String> cookies = CookieBrowser.setCookies(new CookieBrowser().get(base(), "/login"),
				CookieBrowser.SESSION_COOKIE);
		assertThat(cookies).singleElement().satisfies((cookie) -> {
			assertThat(cookie).containsIgnoringCase("; HttpOnly").containsIgnoringCase("; SameSite=Lax");
			assertThat(cookie).doesNotContainIgnoringCase("Secure");
		});
	}

	@Test
	void behindATlsProxyTheSessionCookieIsSecure() throws Exception {
		CookieBrowser browser = new CookieBrowser();
		Map<String, String> proxied = Map.of("X-Forwarded-Proto", "https", "X-Forwarded-For", "203.0.113.7");
		List<String> cookies = CookieBrowser.setCookies(browser.get(base(), "/login", proxied),
				CookieBrowser.SESSION_COOKIE);
		assertThat(cookies).singleElement().satisfies((cookie) -> {
			assertThat(cookie).containsIgnoringCase("; Secure");
			assertThat(cookie).containsIgnoringCase("; HttpOnly").containsIgnoringCase("; SameSite=Lax");
		});
		// Redirects keep the scheme the user sees.
		assertThat(CookieBrowser.location(new CookieBrowser().get(base(), "/", proxied))).startsWith("https://");
	}

	private CookieBrowser loggedIn(String username) throws Exception {
		CookieBrowser browser = new CookieBrowser();
		HttpResponse<String> login = browser.logIn(base(), username, "demo1234");
		assertThat(CookieBrowser.location(login)).doesNotContain("/login");
		assertThat(browser.get(base(), "/").statusCode()).isEqualTo(200);
		return browser;
	}

	/**
	 * Moves the session's last access back by {@code idle}, as if nobody used it since.
	 */
	private long idleFor(CookieBrowser browser, Duration idle) {
		long lastAccess = System.currentTimeMillis() - idle.toMillis();
		int updated = this.jdbc.update(
				"update spring_session set last_access_time = ?, expiry_time = ? + max_inactive_interval * 1000::bigint"
						+ " where session_id = ?",
				lastAccess, lastAccess, sessionId(browser));
		assertThat(updated).isOne();
		return lastAccess;
	}

	private long lastAccess(CookieBrowser browser) {
		return this.jdbc.queryForObject("select last_access_time from spring_session where session_id = ?", Long.class,
				sessionId(browser));
	}

	/** The session id behind the cookie (Spring Session writes it Base64-encoded). */
	private static String sessionId(CookieBrowser browser) {
		String cookie = browser.cookie(CookieBrowser.SESSION_COOKIE);
		assertThat(cookie).isNotBlank();
		return new String(Base64.getDecoder().decode(cookie), StandardCharsets.UTF_8);
	}

	private String base() {
		return "http://localhost:" + this.port;
	}

}
