package com.kacrm.web.login;

import java.util.List;

import com.kacrm.domain.organisation.Role;
import com.kacrm.web.shared.DemoMode;
import com.kacrm.web.shared.DemoMode.DemoLogin;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/** The login page names the demo logins and their password in demo mode only. */
class LoginPageTests {

	@Nested
	@WebMvcTest(LoginController.class)
	@AutoConfigureMockMvc(addFilters = false)
	@Import(DemoOff.class)
	class WithoutDemoData {

		@Autowired
		MockMvc mvc;

		@Test
		void theLoginPageDoesNotMentionTheDemoPassword() throws Exception {
			this.mvc.perform(get("/login"))
				.andExpect(status().isOk())
				.andExpect(view().name("login"))
				.andExpect(content().string(containsString("用户名")))
				.andExpect(content().string(not(containsString("demo1234"))))
				.andExpect(content().string(not(containsString("rep.zhang"))));
		}

		@Test
		void theLoginPageSaysWhenASessionWasEnded() throws Exception {
			this.mvc.perform(get("/login?expired"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("data-testid=\"session-expired\"")))
				.andExpect(content().string(containsString("您的会话已结束")));
			this.mvc.perform(get("/login"))
				.andExpect(content().string(not(containsString("data-testid=\"session-expired\""))));
		}

	}

	@Nested
	@WebMvcTest(LoginController.class)
	@AutoConfigureMockMvc(addFilters = false)
	@Import(DemoOn.class)
	class WithDemoData {

		@Autowired
		MockMvc mvc;

		@Test
		void theLoginPageListsTheDemoLogins() throws Exception {
			this.mvc.perform(get("/login"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("demo1234")))
				.andExpect(content().string(containsString("manager.south")))
				.andExpect(content().string(containsString("大客户经理")));
		}

	}

	@TestConfiguration
	static class DemoOff {

		@Bean
		DemoMode demoMode() {
			return DemoMode.off();
		}

	}

	@TestConfiguration
	static class DemoOn {

		@Bean
		DemoMode demoMode() {
			return new DemoMode(true, "demo1234",
					List.of(new DemoLogin("manager.south", Role.MANAGER), new DemoLogin("rep.zhang", Role.REP)));
		}

	}

}
