package com.kacrm.app.industry;

import java.util.UUID;

import com.kacrm.app.test.CrmIntegrationTest;
import com.kacrm.persistence.industry.IndustryChoice;
import com.kacrm.persistence.industry.IndustryNoteService;
import com.kacrm.web.shared.CurrentUser;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Industry notes (行业信息) on screen: any signed-in user files one (saved, then the list
 * with the note, newest first, filtered by industry) and reads everyone's; a note without
 * title or with too long a text is re-shown with the message next to the field and
 * nothing saved.
 */
@CrmIntegrationTest
class IndustryNoteIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	IndustryNoteService notes;

	@Test
	void aRepFilesANoteAndEveryoneReadsIt() throws Exception {
		long industry = activeIndustry();
		String title = "电池原料涨价 " + UUID.randomUUID().toString().substring(0, 8);

		this.mvc
			.perform(post("/industries/notes").with(as("rep.wang"))
				.with(csrf())
				.param("industryId", Long.toString(industry))
				.param("title", title)
				.param("content", "主要供应商通知三季度起上调 8%")
				.param("source", "供应商通知函"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/industries/notes?industry=" + industry))
			.andExpect(flash().attribute("flashSuccess", "industryNote.saved"));

		this.mvc.perform(get("/industries/notes").param("industry", Long.toString(industry)).with(as("rep.zhang")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(title)))
			.andExpect(content().string(containsString("供应商通知函")));
		var newest = this.notes.list(industry, PageRequest.of(0, 1)).getContent().get(0);
		assertThat(newest.title()).isEqualTo(title);
		assertThat(newest.createdByName())
			.isEqualTo(((CurrentUser) this.users.loadUserByUsername("rep.wang")).getDisplayName());
	}

	@Test
	void aNoteWithoutTitleOrWithTooLongAContentIsReshownWithTheMessagesAndNothingIsSaved() throws Exception {
		long industry = activeIndustry();
		long before = this.notes.list(null, PageRequest.of(0, 1)).getTotalElements();

		this.mvc
			.perform(post("/industries/notes").with(as("rep.li"))
				.with(csrf())
				.param("industryId", Long.toString(industry))
				.param("title", "  ")
				.param("content", "x".repeat(4001)))
			.andExpect(status().isOk())
			.andExpect(content().string(matchesPattern("(?s).*data-error-for=\"title\">\\s*<span[^>]*>必填</span>.*")))
			.andExpect(content()
				.string(matchesPattern("(?s).*data-error-for=\"content\">\\s*<span[^>]*>最多 4000 个字</span>.*")));

		this.mvc.perform(
				post("/industries/notes").with(as("rep.li")).with(csrf()).param("title", "无行业").param("content", "内容"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请选择行业")));

		assertThat(this.notes.list(null, PageRequest.of(0, 1)).getTotalElements()).isEqualTo(before);
	}

	@Test
	void theListAndTheFormOpenForEverySignedInUser() throws Exception {
		for (String username : new String[] { "admin", "manager.east", "rep.zhang" }) {
			this.mvc.perform(get("/industries/notes").with(as(username))).andExpect(status().isOk());
			this.mvc.perform(get("/industries/notes/new").with(as(username)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("name=\"title\"")));
		}
	}

	@Test
	void postingWithoutTheCsrfTokenIsRefused() throws Exception {
		this.mvc
			.perform(post("/industries/notes").with(as("rep.li"))
				.param("industryId", Long.toString(activeIndustry()))
				.param("title", "无令牌")
				.param("content", "内容"))
			.andExpect(status().isForbidden());
	}

	private long activeIndustry() {
		return this.notes.industries().stream().filter(IndustryChoice::active).findFirst().orElseThrow().id();
	}

	private RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

}
