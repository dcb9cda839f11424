package com.kacrm.app.valuation;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import com.kacrm.app.test.CrmIntegrationTest;
import com.kacrm.domain.shared.Actor;
import com.kacrm.domain.valuation.ValueCriterion;
import com.kacrm.domain.valuation.ValueModelSettings;
import com.kacrm.persistence.valuation.ValueModelService;
import com.kacrm.persistence.valuation.ValueModelView;
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
 * The value-model screen: admins change weights and thresholds with history, refusals are
 * shown next to their fields with nothing saved, stale edits are refused, and reps cannot
 * reach it. The seeded model is restored after each test (one database for all tests).
 */
@CrmIntegrationTest
class ValueModelAdminIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	ValueModelService valueModel;

	ValueModelSettings seeded;

	@BeforeEach
	void rememberSeededModel() {
		this.seeded = this.valueModel.current().settings();
	}

	@AfterEach
	void restoreSeededModel() {
		ValueModelView now = this.valueModel.current();
		if (!now.settings().equals(this.seeded)) {
			this.valueModel.update(this.seeded, now.version(), Actor.system("test"));
		}
	}

	@Test
	void theScreenShowsWeightsByGroupThresholdsClassesAndHistory() throws Exception {
		this.mvc.perform(get("/admin/value-model").with(as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-group=\"CURRENT\"")))
			.andExpect(content().string(containsString("年采购额")))
			.andExpect(content().string(containsString("技术协同性")))
			.andExpect(content().string(containsString("name=\"weights[0].weight\"")))
			.andExpect(content().string(containsString("name=\"currentHighThreshold\" value=\"3.50\"")))
			.andExpect(content().string(containsString("肥羊")))
			.andExpect(content().string(containsString("看好肥羊")))
			.andExpect(content().string(containsString("巩固")))
			.andExpect(content().string(containsString("收获")))
			.andExpect(content().string(containsString("投入")))
			.andExpect(content().string(containsString("兼顾")))
			.andExpect(content().string(containsString("硕鼠")));
	}

	@Test
	void anAdminSavesTheModelAndTheChangeIsInItsHistory() throws Exception {
		ValueModelView before = this.valueModel.current();
		this.mvc.perform(save(before, "weights[2].weight", "26", "smallThreshold", "1.75"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/admin/value-model"))
			.andExpect(flash().attribute("flashSuccess", "valueModel.saved"));

		ValueModelView after = this.valueModel.current();
		assertThat(after.settings().weight(ValueCriterion.PAYMENT_TERMS)).isEqualTo(26);
		assertThat(after.settings().smallThreshold()).isEqualByComparingTo("1.75");
		assertThat(after.version()).isGreaterThan(before.version());
		assertThat(this.valueModel.history(PageRequest.of(0, 5)).getContent())
			.anySatisfy((row) -> assertThat(row.field() + " " + row.oldValue() + " " + row.newValue())
				.isEqualTo("valueModel.weight.PAYMENT_TERMS 25 26"));
		this.mvc.perform(get("/admin/value-model").with(as("admin")))
			.andExpect(content().string(containsString("权重：支付条件")))
			.andExpect(content().string(containsString("小客户门槛")));
	}

	@Test
	void aRefusedModelIsShownAgainWithTheReasonNextToTheFieldAndNothingSaved() throws Exception {
		ValueModelView before = this.valueModel.current();
		this.mvc
			.perform(save(before, "smallThreshold", "3.60", "weights[3].weight", "0", "weights[4].weight", "0",
					"weights[5].weight", "0"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(matchesPattern("(?s).*data-error-for=\"smallThreshold\">\\s*<span[^>]*>小客户门槛必须低于.*")))
			.andExpect(content().string(matchesPattern(
					"(?s).*data-error-for=\"weights\\[3\\]\\.weight\">\\s*<span[^>]*>潜在价值各指标的权重合计必须大于 0.*")))
			.andExpect(content().string(containsString("name=\"smallThreshold\" value=\"3.60\"")));
		assertThat(this.valueModel.current()).isEqualTo(before);
	}

	@Test
	void textWhereANumberBelongsIsRefusedNextToTheField() throws Exception {
		ValueModelView before = this.valueModel.current();
		this.mvc.perform(save(before, "weights[0].weight", "viel"))
			.andExpect(status().isOk())
			.andExpect(content().string(matchesPattern(
					"(?s).*data-error-for=\"weights\\[0\\]\\.weight\">\\s*<span[^>]*>请输入 0 到 100 的整数.*")));
		assertThat(this.valueModel.current()).isEqualTo(before);
	}

	@Test
	void anEditOfAnOlderVersionShowsTheConflictWithTheCurrentValues() throws Exception {
		ValueModelView before = this.valueModel.current();
		this.mvc.perform(save(before, "weights[0].weight", "41")).andExpect(status().isFound());
		this.mvc.perform(save(before, "weights[0].weight", "42"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("其他人已在您打开后修改了这条记录")))
			.andExpect(content().string(matchesPattern("(?s).*name=\"weights\\[0\\]\\.weight\" value=\"41\".*")))
			.andExpect(content()
				.string(containsString("name=\"version\" value=\"" + this.valueModel.current().version() + "\"")));
		assertThat(this.valueModel.current().settings().weight(ValueCriterion.PURCHASE_VOLUME)).isEqualTo(41);
	}

	@Test
	void tryingScoresShowsTheClassWithoutSavingAnything() throws Exception {
		ValueModelView before = this.valueModel.current();
		MockHttpServletRequestBuilder request = get("/admin/value-model/assessment").with(as("admin"));
		int[] scores = { 2, 2, 2, 5, 5, 4, 3, 3 };
		for (int i = 0; i < scores.length; i++) {
			request.param("scores[" + i + "].score", String.valueOf(scores[i]));
		}
		this.mvc.perform(request)
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"assessment-result\" data-class=\"HOUND\"")));
		this.mvc.perform(get("/admin/value-model/assessment").with(as("admin")).param("scores[0].score", "3"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-error-for=\"scores[1].score\"")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("assessment-result"))));
		assertThat(this.valueModel.current()).isEqualTo(before);
	}

	@Test
	void repsCannotSeeOrChangeTheModel() throws Exception {
		ValueModelView before = this.valueModel.current();
		this.mvc.perform(get("/admin/value-model").with(as("rep.zhang"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/value-model/assessment").with(as("rep.zhang"))).andExpect(status().isForbidden());
		this.mvc
			.perform(post("/admin/value-model").with(as("rep.zhang"))
				.with(csrf())
				.param("version", String.valueOf(before.version()))
				.param("weights[0].weight", "99"))
			.andExpect(status().isForbidden());
		assertThat(this.valueModel.current()).isEqualTo(before);
	}

	@Test
	void anySignedInUserReadsTheModelFromTheApi() throws Exception {
		this.mvc.perform(get("/api/v1/reference/value-model").with(as("rep.li")).accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.criteria[0].code").value("PURCHASE_VOLUME"))
			.andExpect(jsonPath("$.criteria[0].group").value("CURRENT"))
			.andExpect(jsonPath("$.currentHighThreshold").value(3.5))
			.andExpect(jsonPath("$.portfolioClasses[0].code").value("FAT_SHEEP"))
			.andExpect(jsonPath("$.portfolioClasses[0].recommendedAction").value("CONSOLIDATE"));
	}

	/**
	 * Posts the model's values, with {@code overrides} (name, value, ...) replacing some.
	 */
	private MockHttpServletRequestBuilder save(ValueModelView model, String... overrides) {
		ValueModelSettings s = model.settings();
		Map<String, String> params = new LinkedHashMap<>();
		params.put("version", String.valueOf(model.version()));
		params.put("currentHighThreshold", plain(s.currentHighThreshold()));
		params.put("potentialHighThreshold", plain(s.potentialHighThreshold()));
		params.put("smallThreshold", plain(s.smallThreshold()));
		params.put("ratProfitScore", String.valueOf(s.ratProfitScore()));
		params.put("pyramidTopThreshold", plain(s.pyramidTopThreshold()));
		params.put("pyramidMiddleThreshold", plain(s.pyramidMiddleThreshold()));
		for (ValueCriterion criterion : ValueCriterion.values()) {
			params.put("weights[" + criterion.ordinal() + "].weight", String.valueOf(s.weight(criterion)));
		}
		for (int i = 0; i < overrides.length; i += 2) {
			params.put(overrides[i], overrides[i + 1]);
		}
		MockHttpServletRequestBuilder request = post("/admin/value-model").with(as("admin")).with(csrf());
		params.forEach(request::param);
		return request;
	}

	private static String plain(BigDecimal value) {
		return value.toPlainString();
	}

	private RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

}
