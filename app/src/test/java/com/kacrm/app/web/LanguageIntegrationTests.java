package com.kacrm.app.web;

import com.kacrm.app.test.CrmIntegrationTest;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

/**
 * Chinese by default, English on request, the choice remembered; nothing else is ever
 * served.
 */
@CrmIntegrationTest
class LanguageIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void chineseIsTheDefaultWhateverTheBrowserAsksFor() throws Exception {
		this.mvc.perform(get("/login").header("Accept-Language", "en-US,en;q=0.9"))
			.andExpect(header().string("Content-Language", "zh-CN"))
			.andExpect(content().string(containsString("用户名")));
	}

	@Test
	void langSwitchesToEnglishAndTheChoiceIsRemembered() throws Exception {
		MvcResult english = this.mvc.perform(get("/login?lang=en"))
			.andExpect(content().string(containsString("Username")))
			.andExpect(cookie().value("CRM_LANG", "en"))
			.andExpect(cookie().httpOnly("CRM_LANG", true))
			.andReturn();
		Cookie remembered = english.getResponse().getCookie("CRM_LANG");
		assertThat(remembered).isNotNull();
		this.mvc.perform(get("/login").cookie(remembered)).andExpect(content().string(containsString("Username")));
		this.mvc.perform(get("/login?lang=zh_CN").cookie(remembered))
			.andExpect(content().string(containsString("用户名")))
			.andExpect(cookie().value("CRM_LANG", "zh-CN"));
	}

	@Test
	void unsupportedOrMalformedLanguagesFallBackToChinese() throws Exception {
		this.mvc.perform(get("/login?lang=fr")).andExpect(content().string(containsString("用户名")));
		this.mvc.perform(get("/login?lang=<script>")).andExpect(content().string(containsString("用户名")));
		this.mvc.perform(get("/login").cookie(new Cookie("CRM_LANG", "de")))
			.andExpect(content().string(containsString("用户名")));
	}

}
