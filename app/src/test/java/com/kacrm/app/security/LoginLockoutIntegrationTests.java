package com.kacrm.app.security;

import com.kacrm.app.test.CrmIntegrationTest;
import com.kacrm.domain.organisation.Role;
import com.kacrm.persistence.organisation.NewUser;
import com.kacrm.persistence.organisation.OrganisationService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/**
 * Five wrong passwords in a row lock an account (crm.security.lockout defaults), for form
 * login and the API alike; a locked account refuses even the right password, and only
 * then says it is locked. Each test uses a user of its own, so the demo users stay
 * usable.
 */
@CrmIntegrationTest
class LoginLockoutIntegrationTests {

	static final String PASSWORD = "correct-horse-battery";

	@Autowired
	MockMvc mvc;

	@Autowired
	OrganisationService organisation;

	@Autowired
	PasswordEncoder passwordEncoder;

	String username;

	@BeforeEach
	void createUser() {
		this.username = "lockout." + System.nanoTime();
		this.organisation
			.createUser(new NewUser(this.username, "锁定测试", this.passwordEncoder.encode(PASSWORD), Role.REP, "SZ"));
	}

	@Test
	void wrongPasswordsLockTheAccountAndTheRightPasswordIsThenRefused() throws Exception {
		for (int attempt = 1; attempt <= 5; attempt++) {
			this.mvc.perform(formLogin("/login").user(this.username).password("wrong-" + attempt))
				.andExpect(redirectedUrl("/login?error"));
		}
		this.mvc.perform(formLogin("/login").user(this.username).password(PASSWORD))
			.andExpect(redirectedUrl("/login?locked"))
			.andExpect(unauthenticated());
	}

	@Test
	void aWrongPasswordOnALockedAccountLooksLikeAnyWrongPassword() throws Exception {
		for (int attempt = 1; attempt <= 5; attempt++) {
			this.mvc.perform(formLogin("/login").user(this.username).password("wrong-" + attempt));
		}
		this.mvc.perform(formLogin("/login").user(this.username).password("still-wrong"))
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void failuresBelowTheLimitAreForgottenAfterASuccessfulLogin() throws Exception {
		for (int attempt = 1; attempt <= 4; attempt++) {
			this.mvc.perform(formLogin("/login").user(this.username).password("wrong-" + attempt));
		}
		this.mvc.perform(formLogin("/login").user(this.username).password(PASSWORD)).andExpect(authenticated());
		for (int attempt = 1; attempt <= 4; attempt++) {
			this.mvc.perform(formLogin("/login").user(this.username).password("wrong-" + attempt));
		}
		this.mvc.perform(formLogin("/login").user(this.username).password(PASSWORD)).andExpect(authenticated());
	}

	@Test
	void guessingThroughTheApiLocksTheAccountToo() throws Exception {
		for (int attempt = 1; attempt <= 5; attempt++) {
			this.mvc.perform(get("/api/v1/me").with(httpBasic(this.username, "wrong-" + attempt)))
				.andExpect(status().isUnauthorized());
		}
		this.mvc.perform(get("/api/v1/me").with(httpBasic(this.username, PASSWORD)))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(formLogin("/login").user(this.username).password(PASSWORD))
			.andExpect(redirectedUrl("/login?locked"));
	}

}
