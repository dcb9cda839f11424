package com.kacrm.app.pool;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.kacrm.app.test.CrmIntegrationTest;
import com.kacrm.domain.shared.Actor;
import com.kacrm.persistence.pool.PoolRuleEdit;
import com.kacrm.persistence.pool.PoolRuleRow;
import com.kacrm.persistence.pool.PoolRuleService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The pool-rules screen: admins change the rules of all tiers in one form with history,
 * refusals are shown in their cells with nothing saved, stale edits are refused, and reps
 * cannot reach it. The seeded rules are restored after each test (one database for all
 * tests).
 */
@CrmIntegrationTest
class PoolRulesAdminIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	PoolRuleService poolRules;

	List<PoolRuleRow> seeded;

	@BeforeEach
	void rememberSeededRules() {
		this.seeded = this.poolRules.rules();
	}

	@AfterEach
	void restoreSeededRules() {
		List<PoolRuleRow> now = this.poolRules.rules();
		List<PoolRuleEdit> edits = now.stream()
			.map((row) -> new PoolRuleEdit(row.tier(), row.version(), this.seeded.get(row.tier().ordinal()).settings()))
			.toList();
		this.poolRules.update(edits, Actor.system("test"));
	}

	@Test
	void theScreenShowsOneRowPerTierWithItsRule() throws Exception {
		this.mvc.perform(get("/admin/pool-rules").with(as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-tier=\"A\"")))
			.andExpect(content().string(containsString("data-tier=\"D\"")))
			.andExpect(content().string(containsString("无联系回收（天）")))
			.andExpect(content().string(matchesPattern("(?s).*name=\"rules\\[0\\]\\.contactDays\" value=\"90\".*")))
			.andExpect(content().string(matchesPattern("(?s).*name=\"rules\\[3\\]\\.holdingCap\" value=\"\".*")));
	}

	@Test
	void anAdminSavesAllTiersAtOnceAndEachChangeIsInTheHistory() throws Exception {
		this.mvc
			.perform(save(this.seeded, "rules[0].contactDays", "100", "rules[3].holdingCap", "500",
					"rules[2].holdingCap", ""))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/admin/pool-rules"))
			.andExpect(flash().attribute("flashSuccess", "poolRules.saved"));

		List<PoolRuleRow> after = this.poolRules.rules();
		assertThat(after.get(0).settings().contactDays()).isEqualTo(100);
		assertThat(after.get(2).settings().holdingCap()).isNull();
		assertThat(after.get(3).settings().holdingCap()).isEqualTo(500);
		assertThat(after.get(1).version()).as("B unchanged").isEqualTo(this.seeded.get(1).version());
		assertThat(this.poolRules.history(PageRequest.of(0, 10)).getContent())
			.extracting((row) -> row.field() + " " + row.oldValue() + " " + row.newValue())
			.contains("poolRule.contactDays.A 90 100", "poolRule.holdingCap.C 80 null",
					"poolRule.holdingCap.D null 500");
		this.mvc.perform(get("/admin/pool-rules").with(as("admin")))
			.andExpect(content().string(containsString("A 类：无联系回收天数")));
	}

	@Test
	void aRefusedRuleIsShownInItsCellAndNothingIsSaved() throws Exception {
		this.mvc.perform(save(this.seeded, "rules[0].contactDays", "91", "rules[1].warningDays", "60"))
			.andExpect(status().isOk())
			.andExpect(content().string(matchesPattern(
					"(?s).*data-error-for=\"rules\\[1\\]\\.warningDays\">\\s*<span[^>]*>提醒天数必须小于无联系和无进展两个回收天数.*")))
			.andExpect(content().string(matchesPattern("(?s).*name=\"rules\\[1\\]\\.warningDays\" value=\"60\".*")));
		assertThat(this.poolRules.rules()).isEqualTo(this.seeded);
	}

	@Test
	void textInADayCellIsRefusedInThatCell() throws Exception {
		this.mvc.perform(save(this.seeded, "rules[2].cooldownDays", "abc"))
			.andExpect(status().isOk())
			.andExpect(content().string(
					matchesPattern("(?s).*data-error-for=\"rules\\[2\\]\\.cooldownDays\">\\s*<span[^>]*>请输入整数天数.*")));
		assertThat(this.poolRules.rules()).isEqualTo(this.seeded);
	}

	@Test
	void anEditOfAnOlderVersionShowsTheConflictWithTheCurrentValues() throws Exception {
		this.mvc.perform(save(this.seeded, "rules[1].contactDays", "61")).andExpect(status().isFound());
		this.mvc.perform(save(this.seeded, "rules[1].contactDays", "62"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("其他人已在您打开后修改了这条记录")))
			.andExpect(content().string(matchesPattern("(?s).*name=\"rules\\[1\\]\\.contactDays\" value=\"61\".*")));
		assertThat(this.poolRules.rules().get(1).settings().contactDays()).isEqualTo(61);
	}

	@Test
	void repsCannotSeeOrChangeTheRules() throws Exception {
		this.mvc.perform(get("/admin/pool-rules").with(as("rep.wang"))).andExpect(status().isForbidden());
		this.mvc
			.perform(post("/admin/pool-rules").with(as("rep.wang"))
				.with(csrf())
				.param("rules[0].version", String.valueOf(this.seeded.get(0).version()))
				.param("rules[0].contactDays", "1"))
			.andExpect(status().isForbidden());
		assertThat(this.poolRules.rules()).isEqualTo(this.seeded);
	}

	@Test
	void anySignedInUserReadsTheRulesFromTheApi() throws Exception {
		this.mvc.perform(get("/api/v1/reference/pool-rules").with(as("rep.li")).accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].tier").value("A"))
			.andExpect(jsonPath("$[0].contactDays").value(90))
			.andExpect(jsonPath("$[3].tier").value("D"))
			.andExpect(jsonPath("$[3].holdingCap").value(org.hamcrest.Matchers.nullValue()));
	}

	/**
	 * Posts the rules' values, with {@code overrides} (name, value, ...) replacing some.
	 */
	private MockHttpServletRequestBuilder save(List<PoolRuleRow> rows, String... overrides) {
		Map<String, String> params = new LinkedHashMap<>();
		for (PoolRuleRow row : rows) {
			String prefix = "rules[" + row.tier().ordinal() + "].";
			params.put(prefix + "version", String.valueOf(row.version()));
			params.put(prefix + "contactDays", String.valueOf(row.settings().contactDays()));
			params.put(prefix + "progressDays", String.valueOf(row.settings().progressDays()));
			params.put(prefix + "warningDays", String.valueOf(row.settings().warningDays()));
			params.put(prefix + "holdingCap",
					(row.settings().holdingCap() != null) ? String.valueOf(row.settings().holdingCap()) : "");
			params.put(prefix + "cooldownDays", String.valueOf(row.settings().cooldownDays()));
		}
		for (int i = 0; i < overrides.length; i += 2) {
			params.put(overrides[i], overrides[i + 1]);
		}
		MockHttpServletRequestBuilder request = post("/admin/pool-rules").with(as("admin")).with(csrf());
		params.forEach(request::param);
		return request;
	}

	private RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

}
