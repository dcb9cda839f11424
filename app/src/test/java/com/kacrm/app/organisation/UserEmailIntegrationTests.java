package com.kacrm.app.organisation;

import com.kacrm.app.test.CrmIntegrationTest;
import com.kacrm.domain.history.HistorySubject;
import com.kacrm.domain.organisation.Role;
import com.kacrm.domain.shared.Actor;
import com.kacrm.persistence.history.HistoryRow;
import com.kacrm.persistence.history.HistoryService;
import com.kacrm.persistence.organisation.OrganisationAdminService;
import com.kacrm.persistence.organisation.UserDraft;
import com.kacrm.persistence.organisation.UserFilter;
import com.kacrm.persistence.organisation.UserRow;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A user's e-mail address (where 立项 notifications are mailed) on the admin's user form: a
 * malformed address is refused next to its field and nothing is saved; a good one is
 * saved, shown and kept in the user's history.
 */
@CrmIntegrationTest
class UserEmailIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	OrganisationAdminService organisation;

	@Autowired
	HistoryService history;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Test
	void aNewUserWithAMalformedAddressIsRefusedNextToTheField() throws Exception {
		String username = "mail." + System.nanoTime();
		this.mvc
			.perform(asAdmin(post("/admin/users")).param("username", username)
				.param("displayName", "邮箱测试")
				.param("role", "REP")
				.param("teamCode", "SZ")
				.param("email", "zhang(at)example")
				.param("password", "initial-pass"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("userForm", "email", "form.emailFormat"))
			.andExpect(content().string(containsString("data-error-for=\"email\"")))
			.andExpect(content().string(containsString("电子邮箱格式不正确")));
		assertThat(this.organisation.users(new UserFilter(null, null, null, username), PageRequest.of(0, 5))).isEmpty();
	}

	@Test
	void anAdminSetsAUsersAddressWhichIsShownAndKeptInTheHistory() throws Exception {
		Long id = this.organisation.createUser(new UserDraft("mail." + System.nanoTime(), "邮箱用户", Role.REP, "SH", null),
				"password-1", this.passwordEncoder::encode, Actor.system("test"));
		UserRow before = this.organisation.user(id);
		this.mvc
			.perform(asAdmin(post("/admin/users/" + id)).param("displayName", before.displayName())
				.param("role", "REP")
				.param("teamCode", "SH")
				.param("preferredLocale", "")
				.param("email", " wang.qiang@example.com ")
				.param("version", String.valueOf(before.version())))
			.andExpect(redirectedUrl("/admin/users/" + id));

		assertThat(this.organisation.user(id).email()).isEqualTo("wang.qiang@example.com");
		assertThat(this.history.latestOf(new HistorySubject(OrganisationAdminService.USER, id)))
			.filteredOn((row) -> row.field().equals("user.email"))
			.extracting(HistoryRow::oldValue, HistoryRow::newValue)
			.containsExactly(tuple(null, "wang.qiang@example.com"));
		this.mvc.perform(asAdmin(get("/admin/users/" + id)))
			.andExpect(content().string(containsString("value=\"wang.qiang@example.com\"")));
	}

	private MockHttpServletRequestBuilder asAdmin(MockHttpServletRequestBuilder request) {
		return request.with(user(this.users.loadUserByUsername("admin"))).with(csrf());
	}

}
