package com.kacrm.app.organisation;

import java.util.concurrent.ThreadLocalRandom;

import com.kacrm.app.test.CrmIntegrationTest;
import com.kacrm.domain.organisation.Role;
import com.kacrm.domain.shared.Actor;
import com.kacrm.persistence.organisation.OrganisationAdminService;
import com.kacrm.persistence.organisation.UserDraft;
import com.kacrm.persistence.organisation.UserFilter;
import com.kacrm.persistence.organisation.UserRow;
import com.kacrm.web.shared.CurrentUser;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The admin screens for regions, teams and users end to end on the shared database: each
 * test creates its own uniquely named records.
 */
@CrmIntegrationTest
class OrganisationAdminIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	OrganisationAdminService organisation;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Test
	void anAdminCreatesARegionATeamAndItsManagerAndAppointsThem() throws Exception {
		String region = code("R");
		String team = code("T");
		String manager = "mgr." + System.nanoTime();
		this.mvc
			.perform(asAdmin(post("/admin/regions")).param("code", region.toLowerCase())
				.param("nameZh", "西南")
				.param("nameEn", "South-west"))
			.andExpect(redirectedUrl("/admin/teams#region-" + region))
			.andExpect(flash().attribute("flashSuccess", "region.flash.created"));
		this.mvc
			.perform(asAdmin(post("/admin/teams")).param("code", team)
				.param("nameZh", "西南一组")
				.param("nameEn", "")
				.param("regionCode", region))
			.andExpect(redirectedUrl("/admin/teams/" + team));
		String location = this.mvc
			.perform(asAdmin(post("/admin/users")).param("username", manager)
				.param("displayName", "赵经理")
				.param("role", "MANAGER")
				.param("teamCode", team)
				.param("preferredLocale", "en")
				.param("password", "initial-pass"))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("flashSuccess", "user.flash.created"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).matches("/admin/users/\\d+");
		this.mvc.perform(asAdmin(get("/admin/teams/" + team)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"" + manager + "\"")));
		long version = this.organisation.team(team).version();
		this.mvc
			.perform(asAdmin(post("/admin/teams/" + team)).param("nameZh", "西南一组")
				.param("nameEn", "South-west 1")
				.param("regionCode", region)
				.param("managerUsername", manager)
				.param("version", String.valueOf(version)))
			.andExpect(redirectedUrl("/admin/teams/" + team))
			.andExpect(flash().attribute("flashSuccess", "team.flash.saved"));
		assertThat(this.organisation.team(team).managerUsername()).isEqualTo(manager);
		this.mvc.perform(asAdmin(get("/admin/teams")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-region=\"" + region + "\"")))
			.andExpect(content().string(containsString("data-team=\"" + team + "\"")))
			.andExpect(content().string(containsString("赵经理")));
		this.mvc.perform(asAdmin(get("/admin/teams/" + team)))
			.andExpect(content().string(containsString("class=\"history-new\">" + manager + "<")))
			.andExpect(content().string(containsString("团队经理")));
		this.mvc.perform(asAdmin(get(location)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("class=\"history-new\">••••<")))
			.andExpect(content().string(not(containsString("{argon2}"))));
	}

	@Test
	void aUsernameInUseReshowsTheFormWithTheErrorNextToTheFieldAndSavesNothing() throws Exception {
		String displayName = "重名测试 " + System.nanoTime();
		this.mvc
			.perform(asAdmin(post("/admin/users")).param("username", "rep.zhang")
				.param("displayName", displayName)
				.param("role", "REP")
				.param("teamCode", "SZ")
				.param("password", "whatever-long"))
			.andExpect(status().isOk())
			.andExpect(view().name("organisation/user-form"))
			.andExpect(model().attributeHasFieldErrorCode("userForm", "username", "user.username.duplicate"))
			.andExpect(content().string(containsString("data-error-for=\"username\"")))
			.andExpect(content().string(containsString("用户名 rep.zhang 已被使用")))
			.andExpect(content().string(not(containsString("whatever-long"))));
		assertThat(this.organisation.users(new UserFilter(null, null, null, displayName), PageRequest.of(0, 5)))
			.isEmpty();
	}

	@Test
	void aShortPasswordAndAMissingTeamAreShownNextToTheirFields() throws Exception {
		this.mvc
			.perform(asAdmin(post("/admin/users")).param("username", "short." + System.nanoTime())
				.param("displayName", "短密码")
				.param("role", "REP")
				.param("teamCode", "")
				.param("password", "1234"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("userForm", "password", "user.password.tooShort"))
			.andExpect(content().string(containsString("密码至少需要 8 个字符")));
	}

	@Test
	void anEditBasedOnAnOldVersionShowsTheConflictWithTheCurrentValues() throws Exception {
		Long id = createUser(Role.REP, "SZ", "原名");
		UserRow user = this.organisation.user(id);
		this.mvc
			.perform(asAdmin(post("/admin/users/" + id)).param("displayName", "新名字")
				.param("role", "REP")
				.param("teamCode", "SZ")
				.param("preferredLocale", "")
				.param("version", String.valueOf(user.version())))
			.andExpect(redirectedUrl("/admin/users/" + id))
			.andExpect(flash().attribute("flashSuccess", "user.flash.saved"));
		this.mvc
			.perform(asAdmin(post("/admin/users/" + id)).param("displayName", "过期的修改")
				.param("role", "REP")
				.param("teamCode", "SZ")
				.param("version", String.valueOf(user.version())))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasErrors("userForm"))
			.andExpect(content().string(containsString("data-testid=\"form-errors\"")))
			.andExpect(content().string(containsString("其他人已在您打开后修改了这条记录")))
			.andExpect(content().string(containsString("value=\"新名字\"")))
			.andExpect(content().string(not(containsString("value=\"过期的修改\""))));
		assertThat(this.organisation.user(id).displayName()).isEqualTo("新名字");
		this.mvc.perform(asAdmin(get("/admin/users/" + id)))
			.andExpect(content().string(containsString("class=\"history-old\">原名<")))
			.andExpect(content().string(containsString("class=\"history-new\">新名字<")));
	}

	@Test
	void anAppointedManagerCannotBeMadeARep() throws Exception {
		UserRow manager = this.organisation
			.users(new UserFilter(null, null, null, "manager.south"), PageRequest.of(0, 1))
			.getContent()
			.get(0);
		this.mvc
			.perform(asAdmin(post("/admin/users/" + manager.id())).param("displayName", manager.displayName())
				.param("role", "REP")
				.param("teamCode", "SZ")
				.param("version", String.valueOf(manager.version())))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("userForm", "role", "user.role.stillManager"));
		assertThat(this.organisation.user(manager.id()).role()).isEqualTo(Role.MANAGER);
	}

	@Test
	void anAdminCannotDisableThemselves() throws Exception {
		CurrentUser admin = (CurrentUser) this.users.loadUserByUsername("admin");
		this.mvc.perform(post("/admin/users/" + admin.getId() + "/disable").with(user(admin)).with(csrf()))
			.andExpect(redirectedUrl("/admin/users/" + admin.getId()))
			.andExpect(flash().attribute("flashError", "user.disable.self"));
		assertThat(this.organisation.user(admin.getId()).enabled()).isTrue();
	}

	@Test
	void aPasswordResetNeedsTheSamePasswordTwice() throws Exception {
		Long id = createUser(Role.REP, "SH", "重置测试");
		this.mvc
			.perform(asAdmin(post("/admin/users/" + id + "/password")).param("password", "new-password-1")
				.param("passwordConfirmation", "new-password-2"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("passwordForm", "passwordConfirmation",
					"user.password.mismatch"));
		this.mvc
			.perform(asAdmin(post("/admin/users/" + id + "/password")).param("password", "new-password-1")
				.param("passwordConfirmation", "new-password-1"))
			.andExpect(redirectedUrl("/admin/users/" + id))
			.andExpect(flash().attribute("flashSuccess", "user.flash.passwordReset"));
		String username = this.organisation.user(id).username();
		assertThat(
				this.passwordEncoder.matches("new-password-1", this.users.loadUserByUsername(username).getPassword()))
			.isTrue();
	}

	@Test
	void theUserListFiltersAndSearches() throws Exception {
		Long id = createUser(Role.REP, "SH", "筛选测试");
		String username = this.organisation.user(id).username();
		this.mvc.perform(asAdmin(get("/admin/users").param("q", username).param("role", "REP").param("team", "SH")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-user=\"" + username + "\"")))
			.andExpect(content().string(not(containsString("data-user=\"rep.zhang\""))));
		this.mvc.perform(asAdmin(get("/admin/users").param("q", username).param("enabled", "false")))
			.andExpect(content().string(not(containsString("data-user=\"" + username + "\""))));
		this.mvc
			.perform(asAdmin(get("/admin/users").param("q", "")
				.param("role", "")
				.param("team", "")
				.param("enabled", "")
				.param("page", "0")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-user=\"admin\"")));
	}

	@Test
	void aUserWithoutARoleIsRefusedNextToTheRole() throws Exception {
		this.mvc
			.perform(asAdmin(post("/admin/users")).param("username", "no.role." + System.nanoTime())
				.param("displayName", "无角色")
				.param("role", "")
				.param("teamCode", "SZ")
				.param("password", "long-enough-1"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("userForm", "role"))
			.andExpect(content().string(containsString("data-error-for=\"role\"")))
			.andExpect(content().string(containsString("必填")));
	}

	@Test
	void repsAndManagersAreRefusedEveryScreenAndChange() throws Exception {
		for (String username : new String[] { "rep.zhang", "manager.south" }) {
			CurrentUser other = (CurrentUser) this.users.loadUserByUsername(username);
			for (String path : new String[] { "/admin/teams", "/admin/users", "/admin/users/new", "/admin/teams/new",
					"/admin/regions/new", "/admin/teams/SZ", "/admin/users/" + other.getId() }) {
				this.mvc.perform(get(path).with(user(other))).andExpect(status().isForbidden());
			}
			for (String path : new String[] { "/admin/regions", "/admin/teams", "/admin/users", "/admin/teams/SZ",
					"/admin/regions/SZ", "/admin/users/" + other.getId(), "/admin/users/" + other.getId() + "/disable",
					"/admin/users/" + other.getId() + "/enable", "/admin/users/" + other.getId() + "/password" }) {
				this.mvc.perform(post(path).with(user(other)).with(csrf()).param("nameZh", "x"))
					.andExpect(status().isForbidden());
			}
		}
	}

	@Test
	void unknownRecordsAreNotFound() throws Exception {
		this.mvc.perform(asAdmin(get("/admin/teams/NOSUCH"))).andExpect(status().isNotFound());
		this.mvc.perform(asAdmin(get("/admin/users/999999999"))).andExpect(status().isNotFound());
	}

	@Test
	void anyoneSignedInReadsTheTeamsInTheirLanguage() throws Exception {
		this.mvc.perform(get("/api/v1/reference/teams").with(user(this.users.loadUserByUsername("rep.zhang"))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.code == 'SZ')].name").value(hasItem("华南")))
			.andExpect(jsonPath("$[?(@.code == 'SZ')].nameEn").value(hasItem("South China")))
			.andExpect(jsonPath("$[?(@.code == 'SZ')].regionCode").value(hasItem("SZ")))
			.andExpect(jsonPath("$[?(@.code == 'SZ')].managerUsername").value(hasItem("manager.south")))
			.andExpect(jsonPath("$[?(@.code == 'SZ')].managerName").value(hasItem("陈志强")));
		this.mvc
			.perform(get("/api/v1/reference/teams").param("lang", "en")
				.with(user(this.users.loadUserByUsername("rep.li"))))
			.andExpect(jsonPath("$[?(@.code == 'SZ')].name").value(hasItem("South China")))
			.andExpect(jsonPath("$[?(@.code == 'SZ')].regionName").value(hasItem("Shenzhen")));
		this.mvc.perform(get("/api/v1/reference/teams")).andExpect(status().isUnauthorized());
	}

	private MockHttpServletRequestBuilder asAdmin(MockHttpServletRequestBuilder request) {
		return request.with(user(this.users.loadUserByUsername("admin"))).with(csrf());
	}

	private Long createUser(Role role, String team, String displayName) {
		return this.organisation.createUser(new UserDraft("it." + System.nanoTime(), displayName, role, team, null),
				"password-1", this.passwordEncoder::encode, Actor.system("test"));
	}

	private static String code(String prefix) {
		return prefix
				+ Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36 * 36 * 36), 36).toUpperCase();
	}

}
