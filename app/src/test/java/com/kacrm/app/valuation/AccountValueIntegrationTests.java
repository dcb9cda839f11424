package com.kacrm.app.valuation;

import java.util.concurrent.ThreadLocalRandom;

import com.kacrm.app.test.CrmIntegrationTest;
import com.kacrm.domain.history.HistorySubject;
import com.kacrm.domain.shared.Actor;
import com.kacrm.persistence.account.AccountService;
import com.kacrm.persistence.account.NewAccount;
import com.kacrm.persistence.history.HistoryRow;
import com.kacrm.persistence.history.HistoryService;
import com.kacrm.persistence.shared.Viewer;
import com.kacrm.persistence.valuation.AccountValuationService;
import com.kacrm.web.shared.CurrentUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The value tab of an account (客户价值评估): a rep assesses the account, sees the class with
 * its advice and actions, the pyramid level and the trend as table and chart; refusals
 * show next to the score; a rep of another team (rep.wang, SH) gets 404 on the tab and
 * the API. The seeded model is used unchanged; each test creates its own SZ account.
 */
@CrmIntegrationTest
class AccountValueIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	AccountService accounts;

	@Autowired
	AccountValuationService valuations;

	@Autowired
	HistoryService history;

	long account;

	@BeforeEach
	void ownAccount() {
		this.account = this.accounts.create(
				new NewAccount("深圳价值测试" + code(), "SZ", "rep.zhang", "AUTO_PARTS", 30, null, null),
				Actor.system("test"), true);
	}

	@Test
	void anUnassessedAccountShowsTheFormByGroup() throws Exception {
		this.mvc.perform(get("/accounts/{id}/value", this.account).with(as("rep.zhang")))
			.andExpect(status().isOk())
			.andExpect(content().string(matchesPattern("(?s).*<title>[^<]*价值评估 · 深圳价值测试.*")))
			.andExpect(content().string(containsString("data-testid=\"valuation-none\"")))
			.andExpect(content().string(matchesPattern(
					"(?s).*data-group=\"CURRENT\".*年采购额.*data-group=\"POTENTIAL\".*市场增长率.*data-group=\"STRATEGIC\".*技术协同性.*")))
			.andExpect(content().string(containsString("name=\"scores[7].score\"")));
	}

	@Test
	void anAssessmentShowsClassAdviceActionsLevelAndTheTrendAndGoesIntoHistory() throws Exception {
		this.mvc.perform(assess(this.account, "rep.zhang", 2, 3, 3, 2, 2, 2, 2, 2)).andExpect(status().isFound());
		this.mvc.perform(assess(this.account, "rep.zhang", 5, 5, 4, 5, 4, 4, 3, 3).param("note", "新平台定点"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/accounts/" + this.account + "/value"))
			.andExpect(flash().attribute("flashSuccess", "valuation.saved"));

		this.mvc.perform(get("/accounts/{id}/value", this.account).with(as("manager.south")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-class=\"FAT_SHEEP\"")))
			.andExpect(content().string(containsString("看好肥羊")))
			.andExpect(content().string(containsString("data-testid=\"recommended-action\">巩固")))
			.andExpect(content().string(containsString("先于客户想到其需求并事先作出解决方案</li>")))
			.andExpect(content().string(containsString("data-testid=\"score-current\">4.75")))
			.andExpect(content().string(containsString("data-testid=\"pyramid-level\">塔尖（核心客户）")))
			.andExpect(content().string(containsString("新平台定点")))
			.andExpect(content().string(matchesPattern("(?s).*<svg class=\"value-trend\".*<polyline class=\"trend-line "
					+ "trend-current\" points=\"36.0,[0-9.]+ 624.0,[0-9.]+\">.*")))
			.andExpect(content().string(matchesPattern("(?s).*id=\"valuation-trend\".*肥羊.*驯鹿.*")))
			.andExpect(content().string(containsString("data-testid=\"account-portfolio\">肥羊")))
			.andExpect(content().string(containsString("name=\"scores[0].score\"")))
			.andExpect(content().string(containsString("<option value=\"5\" selected=\"selected\">5</option>")));
		assertThat(this.history.latestOf(new HistorySubject(AccountService.ACCOUNT, this.account)))
			.extracting(HistoryRow::field, HistoryRow::oldValue, HistoryRow::newValue)
			.contains(org.assertj.core.groups.Tuple.tuple("account.portfolioClass", "REINDEER", "FAT_SHEEP"),
					org.assertj.core.groups.Tuple.tuple(AccountValuationService.TOTAL_FIELD, "2.2", "4.03"));
	}

	@Test
	void aMissingOrOutOfRangeScoreIsShownNextToItAndNothingSaved() throws Exception {
		this.mvc
			.perform(post("/accounts/{id}/value", this.account).with(as("rep.zhang"))
				.with(csrf())
				.param("scores[0].score", "5")
				.param("scores[1].score", "9")
				.param("note", "先存着"))
			.andExpect(status().isOk())
			.andExpect(content().string(matchesPattern("(?s).*data-error-for=\"scores\\[1\\]\\.score\">\\s*<span.*")))
			.andExpect(content()
				.string(matchesPattern("(?s).*data-error-for=\"scores\\[2\\]\\.score\">\\s*<span[^>]*>必填.*")))
			.andExpect(content().string(containsString("value=\"先存着\"")));
		assertThat(this.valuations.trendOf(this.account, viewer("rep.zhang"))).isEmpty();
	}

	@Test
	void aRepOfAnotherTeamGetsNotFoundOnTheTabAndTheApi() throws Exception {
		this.mvc.perform(get("/accounts/{id}/value", this.account).with(as("rep.wang")))
			.andExpect(status().isNotFound());
		this.mvc.perform(assess(this.account, "rep.wang", 3, 3, 3, 3, 3, 3, 3, 3)).andExpect(status().isNotFound());
		this.mvc
			.perform(get("/api/v1/accounts/{id}/value-assessments", this.account)
				.with(httpBasic("rep.wang", "demo1234")))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/api/v1/accounts/{id}/value-assessments", this.account)
				.with(httpBasic("rep.wang", "demo1234"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(allScores(3)))
			.andExpect(status().isNotFound());
		assertThat(this.valuations.trendOf(this.account, viewer("rep.zhang"))).isEmpty();
	}

	@Test
	void theApiAssessesAndListsTheTrendOldestFirst() throws Exception {
		this.mvc
			.perform(post("/api/v1/accounts/{id}/value-assessments", this.account).with(httpBasic("rep.li", "demo1234"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(allScores(1)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.portfolioClass").value("RAT"))
			.andExpect(jsonPath("$.recommendedAction").value("CONTAIN"))
			.andExpect(jsonPath("$.pyramidLevel").value("BASE"));
		this.mvc
			.perform(post("/api/v1/accounts/{id}/value-assessments", this.account)
				.with(httpBasic("rep.zhang", "demo1234"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(allScores(4)))
			.andExpect(status().isCreated());
		this.mvc
			.perform(post("/api/v1/accounts/{id}/value-assessments", this.account)
				.with(httpBasic("rep.zhang", "demo1234"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"scores\": {\"PURCHASE_VOLUME\": 6}}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[0].field").value("scores[0].score"));

		this.mvc
			.perform(get("/api/v1/accounts/{id}/value-assessments", this.account)
				.with(httpBasic("manager.south", "demo1234")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(2))
			.andExpect(jsonPath("$[0].portfolioClass").value("RAT"))
			.andExpect(jsonPath("$[0].assessedByName").value("李娜"))
			.andExpect(jsonPath("$[1].totalScore").value(4.0))
			.andExpect(jsonPath("$[1].scores.TECHNICAL_SYNERGY").value(4));
	}

	private MockHttpServletRequestBuilder assess(long accountId, String username, int... scores) {
		MockHttpServletRequestBuilder request = post("/accounts/{id}/value", accountId).with(as(username)).with(csrf());
		for (int i = 0; i < scores.length; i++) {
			request.param("scores[" + i + "].score", Integer.toString(scores[i]));
		}
		return request;
	}

	private static String allScores(int score) {
		return "{\"scores\": {\"PURCHASE_VOLUME\": " + score + ", \"PROFIT_CONTRIBUTION\": " + score
				+ ", \"PAYMENT_TERMS\": " + score + ", \"MARKET_GROWTH\": " + score + ", \"CROSS_UP_SELL\": " + score
				+ ", \"BUDGET_TREND\": " + score + ", \"REFERENCE_VALUE\": " + score + ", \"TECHNICAL_SYNERGY\": "
				+ score + "}, \"note\": \"API\"}";
	}

	private Viewer viewer(String username) {
		return ((CurrentUser) this.users.loadUserByUsername(username)).viewer();
	}

	private RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

	private static String code() {
		return Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36 * 36), 36).toUpperCase();
	}

}
