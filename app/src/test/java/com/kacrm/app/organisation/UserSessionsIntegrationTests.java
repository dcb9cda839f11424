package com.kacrm.app.organisation;

import java.net.http.HttpResponse;

import com.kacrm.app.test.BrowserlessSession;
import com.kacrm.app.test.CrmIntegrationTest;
import com.kacrm.domain.organisation.Role;
import com.kacrm.domain.shared.Actor;
import com.kacrm.persistence.organisation.OrganisationAdminService;
import com.kacrm.persistence.organisation.UserDraft;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * What an admin's change does to a user's real sessions and pages: disabling or a new
 * password ends the open session on its next request, a disabled user cannot log in, and
 * the preferred language applies when the browser made no choice.
 */
@CrmIntegrationTest
class UserSessionsIntegrationTests {

	static final String PASSWORD = "session-test-1";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	OrganisationAdminService organisation;

	@Autowired
	PasswordEncoder passwordEncoder;

	@LocalServerPort
	int port;

	@Test
	void aDisabledRepIsThrownOutOnTheNextRequestAndCannotLogInUntilEnabled() throws Exception {
		String username = "session.rep." + System.nanoTime();
		Long id = createRep(username, null);
		BrowserlessSession rep = new BrowserlessSession(this.port);
		assertThat(location(rep.logIn(username, PASSWORD))).endsWith("/");
		assertThat(rep.get("/").statusCode()).isEqualTo(200);

		this.mvc.perform(post("/admin/users/" + id + "/disable").with(admin()).with(csrf()))
			.andExpect(redirectedUrl("/admin/users/" + id));

		HttpResponse<String> next = rep.get("/");
		assertThat(next.statusCode()).isEqualTo(302);
		assertThat(location(next)).endsWith("/login?expired");
		assertThat(rep.get("/login?expired").body()).contains("data-testid=\"session-expired\"");
		assertThat(location(rep.get("/"))).endsWith("/login");
		assertThat(location(rep.logIn(username, PASSWORD))).endsWith("/login?error");

		this.mvc.perform(post("/admin/users/" + id + "/enable").with(admin()).with(csrf()))
			.andExpect(redirectedUrl("/admin/users/" + id));
		assertThat(location(rep.logIn(username, PASSWORD))).doesNotContain("/login");
		assertThat(rep.get("/").statusCode()).isEqualTo(200);
	}

	@Test
	void aPasswordResetEndsTheSessionAndOnlyTheNewPasswordWorks() throws Exception {
		String username = "session.reset." + System.nanoTime();
		Long id = createRep(username, null);
		BrowserlessSession rep = new BrowserlessSession(this.port);
		rep.logIn(username, PASSWORD);
		assertThat(rep.get("/").statusCode()).isEqualTo(200);
		this.mvc
			.perform(post("/admin/users/" + id + "/password").with(admin())
				.with(csrf())
				.param("password", "another-password")
				.param("passwordConfirmation", "another-password"))
			.andExpect(redirectedUrl("/admin/users/" + id));
		assertThat(location(rep.get("/"))).endsWith("/login?expired");
		assertThat(location(rep.logIn(username, PASSWORD))).endsWith("/login?error");
		assertThat(location(rep.logIn(username, "another-password"))).doesNotContain("/login");
	}

	@Test
	void otherUsersSessionsGoOn() throws Exception {
		String username = "session.other." + System.nanoTime();
		Long id = createRep(username, null);
		BrowserlessSession bystander = new BrowserlessSession(this.port);
		bystander.logIn("rep.li", "demo1234");
		this.mvc.perform(post("/admin/users/" + id + "/disable").with(admin()).with(csrf()));
		assertThat(bystander.get("/").statusCode()).isEqualTo(200);
	}

	@Test
	void aUserWhoPrefersEnglishGetsEnglishPagesUnlessTheBrowserChoseOtherwise() throws Exception {
		String username = "english." + System.nanoTime();
		createRep(username, "en");
		BrowserlessSession browser = new BrowserlessSession(this.port);
		browser.logIn(username, PASSWORD);
		HttpResponse<String> home = browser.get("/");
		assertThat(home.body()).contains("Log out");
		assertThat(home.headers().firstValue("Content-Language")).hasValue("en");

		this.mvc.perform(get("/").with(user(this.users.loadUserByUsername(username))))
			.andExpect(header().string("Content-Language", "en"))
			.andExpect(content().string(containsString("Log out")));
		this.mvc
			.perform(get("/").cookie(new Cookie("CRM_LANG", "zh-CN"))
				.with(user(this.users.loadUserByUsername(username))))
			.andExpect(header().string("Content-Language", "zh-CN"))
			.andExpect(content().string(containsString("退出登录")));
		this.mvc.perform(get("/?lang=zh_CN").with(user(this.users.loadUserByUsername(username))))
			.andExpect(content().string(containsString("退出登录")));
		this.mvc.perform(get("/").with(user(this.users.loadUserByUsername("rep.zhang"))))
			.andExpect(header().string("Content-Language", "zh-CN"));
	}

	private Long createRep(String username, String preferredLocale) {
		return this.organisation.createUser(new UserDraft(username, "会话测试", Role.REP, "SZ", preferredLocale), PASSWORD,
				this.passwordEncoder::encode, Actor.system("test"));
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
		return user(this.users.loadUserByUsername("admin"));
	}

	private static String location(HttpResponse<String> response) {
		return response.headers().firstValue("Location").orElse("");
	}

}
