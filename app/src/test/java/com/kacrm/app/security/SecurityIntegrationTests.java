package com.kacrm.app.security;

import java.net.http.HttpResponse;

import com.kacrm.app.test.BrowserlessSession;
import com.kacrm.app.test.CrmIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Login, roles, CSRF and headers of the screens, with the demo users on the real
 * database.
 */
@CrmIntegrationTest
class SecurityIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@LocalServerPort
	int port;

	@Test
	void anonymousUsersAreSentToTheLoginPage() throws Exception {
		this.mvc.perform(get("/").accept(MediaType.TEXT_HTML))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/admin").accept(MediaType.TEXT_HTML)).andExpect(status().isFound());
	}

	@Test
	void theLoginPageIsChineseAndNamesTheDemoLoginsInDemoMode() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Language", "zh-CN"))
			.andExpect(content().string(containsString("登录")))
			.andExpect(content().string(containsString("demo1234")))
			.andExpect(content().string(containsString("rep.zhang")));
	}

	@Test
	void eachDemoUserLogsInWithTheDemoPassword() throws Exception {
		for (String username : new String[] { "admin", "manager.south", "manager.east", "rep.zhang", "rep.li",
				"rep.wang" }) {
			this.mvc.perform(formLogin("/login").user(username).password("demo1234"))
				.andExpect(redirectedUrl("/"))
				.andExpect(authenticated().withUsername(username));
		}
	}

	@Test
	void aWrongPasswordIsRefusedWithTheSameAnswerAsAnUnknownUser() throws Exception {
		this.mvc.perform(formLogin("/login").user("rep.li").password("wrong-password"))
			.andExpect(redirectedUrl("/login?error"))
			.andExpect(unauthenticated());
		this.mvc.perform(formLogin("/login").user("no.such.user").password("wrong-password"))
			.andExpect(redirectedUrl("/login?error"))
			.andExpect(unauthenticated());
	}

	@Test
	void loginWithoutACsrfTokenIsRefused() throws Exception {
		this.mvc.perform(post("/login").param("username", "rep.zhang").param("password", "demo1234"))
			.andExpect(status().isForbidden())
			.andExpect(unauthenticated());
	}

	@Test
	void aRepSeesTheSalesNavigationButNotTheAdministration() throws Exception {
		this.mvc.perform(get("/").with(user(this.users.loadUserByUsername("rep.zhang"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-nav=\"LEADS\"")))
			.andExpect(content().string(containsString("data-nav=\"FUNNEL\"")))
			.andExpect(content().string(containsString("我的申请")))
			.andExpect(content().string(not(containsString("data-nav=\"ADMIN\""))));
	}

	@Test
	void aManagerSeesApprovalsButNotTheAdministration() throws Exception {
		this.mvc.perform(get("/").with(user(this.users.loadUserByUsername("manager.south"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-nav=\"APPROVALS\"")))
			.andExpect(content().string(containsString(">审批<")))
			.andExpect(content().string(not(containsString("data-nav=\"ADMIN\""))));
	}

	@Test
	void anAdminSeesTheAdministration() throws Exception {
		this.mvc.perform(get("/").with(user(this.users.loadUserByUsername("admin"))))
			.andExpect(content().string(containsString("data-nav=\"ADMIN\"")));
		this.mvc.perform(get("/admin").with(user(this.users.loadUserByUsername("admin"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-screen=\"tierCriteria\"")))
			.andExpect(content().string(containsString("客户分级标准")));
	}

	@Test
	void aRepGetsATranslated403PageOnTheAdministration() throws Exception {
		BrowserlessSession rep = new BrowserlessSession(this.port);
		assertThat(rep.logIn("rep.zhang", "demo1234").headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/"));
		HttpResponse<String> admin = rep.get("/admin");
		assertThat(admin.statusCode()).isEqualTo(403);
		assertThat(admin.body()).contains("无权访问", "data-nav=\"LEADS\"").doesNotContain("Exception", "at com.");
		HttpResponse<String> english = rep.get("/admin?lang=en");
		assertThat(english.body()).contains("Access denied");
	}

	@Test
	void unknownPagesGetATranslated404Page() throws Exception {
		BrowserlessSession rep = new BrowserlessSession(this.port);
		rep.logIn("rep.zhang", "demo1234");
		HttpResponse<String> missing = rep.get("/no-such-page");
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.body()).contains("页面不存在").doesNotContain("Whitelabel");
	}

	@Test
	void aManagerGets403OnTheAdministrationToo() throws Exception {
		this.mvc.perform(get("/admin").with(user(this.users.loadUserByUsername("manager.east"))))
			.andExpect(status().isForbidden());
	}

	@Test
	void pagesCarryTheSecurityHeaders() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
			.andExpect(header().string("Content-Security-Policy", not(containsString("unsafe-inline"))))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
			.andExpect(header().exists("X-Request-Id"));
	}

	@Test
	void logoutEndsTheSession() throws Exception {
		CookieBrowser browser = new CookieBrowser();
		String base = "http://localhost:" + this.port;
		browser.logIn(base, "rep.li", "demo1234");
		assertThat(browser.get(base, "/").statusCode()).isEqualTo(200);
		assertThat(CookieBrowser.location(browser.logOut(base))).endsWith("/login?logout");
		assertThat(CookieBrowser.location(browser.get(base, "/"))).endsWith("/login");
	}

	@Test
	void loggingInGivesTheSessionANewId() throws Exception {
		BrowserlessSession browser = new BrowserlessSession(this.port);
		browser.get("/login");
		String before = browser.cookie("KACRM_SESSION");
		assertThat(before).isNotBlank();
		browser.logIn("rep.zhang", "demo1234");
		assertThat(browser.cookie("KACRM_SESSION")).isNotBlank().isNotEqualTo(before);
		assertThat(browser.get("/").statusCode()).isEqualTo(200);
	}

	@Test
	void theHealthEndpointIsPublicWithoutDetails() throws Exception {
		this.mvc.perform(get("/actuator/health"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("\"status\":\"UP\"")))
			.andExpect(content().string(not(containsString("components"))));
	}

	@Test
	void otherActuatorEndpointsAreForAdminsOnly() throws Exception {
		this.mvc.perform(get("/actuator/info").with(user(this.users.loadUserByUsername("rep.zhang"))))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/actuator/info").with(user(this.users.loadUserByUsername("admin"))))
			.andExpect(status().isOk());
		this.mvc.perform(get("/actuator/health").with(user(this.users.loadUserByUsername("admin"))))
			.andExpect(content().string(containsString("components")));
	}

}
