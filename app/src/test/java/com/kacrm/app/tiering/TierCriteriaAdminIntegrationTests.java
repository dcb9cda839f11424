package com.kacrm.app.tiering;

import java.math.BigDecimal;
import java.util.List;

import com.kacrm.app.test.CrmIntegrationTest;
import com.kacrm.domain.reference.CoverageMode;
import com.kacrm.domain.reference.ManagementMode;
import com.kacrm.domain.reference.Tier;
import com.kacrm.domain.reference.TierCriterion;
import com.kacrm.domain.shared.Actor;
import com.kacrm.persistence.tiering.TieringService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The tier-criteria screens and API with the demo accounts and leads: an admin previews a
 * lower tier-A revenue threshold, sees exactly the demo records that would move, and
 * applies it; contradictions are refused next to their fields; reps are refused
 * everywhere but reading. Each test leaves the manual's criteria in force.
 */
@CrmIntegrationTest
class TierCriteriaAdminIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	TieringService tiering;

	RequestPostProcessor admin() {
		return user(this.users.loadUserByUsername("admin"));
	}

	RequestPostProcessor rep() {
		return user(this.users.loadUserByUsername("rep.zhang"));
	}

	static List<TierCriterion> manualWith(long tierARevenue) {
		return List.of(
				new TierCriterion(Tier.A, 50, BigDecimal.valueOf(tierARevenue), null, CoverageMode.FIELD_VISIT,
						ManagementMode.ON_SITE, 14),
				new TierCriterion(Tier.B, 50, null, null, CoverageMode.FIELD_VISIT, ManagementMode.FINE_GRAINED, 30),
				new TierCriterion(Tier.C, null, BigDecimal.valueOf(5000), null, CoverageMode.PHONE,
						ManagementMode.BOOK_KEEPING, 60),
				new TierCriterion(Tier.D, null, null, null, CoverageMode.PHONE, ManagementMode.BOOK_KEEPING, 90));
	}

	@AfterEach
	void restoreTheManualsCriteria() {
		int current = this.tiering.current().versionNumber();
		if (this.tiering.current().criteria().get(0).minAnnualRevenue().compareTo(BigDecimal.valueOf(50000)) != 0) {
			this.tiering.apply(manualWith(50000), current, "测试后恢复", Actor.system("test"));
		}
	}

	static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, int basedOn, String aRevenue,
			String bRevenue, String aCadence) {
		return request.param("basedOnVersion", String.valueOf(basedOn))
			.param("note", "下调 A 类门槛")
			.param("tiers[0].tier", "A")
			.param("tiers[0].maxIndustryRank", "50")
			.param("tiers[0].minAnnualRevenue", aRevenue)
			.param("tiers[0].coverageMode", "FIELD_VISIT")
			.param("tiers[0].managementMode", "ON_SITE")
			.param("tiers[0].contactCadenceDays", aCadence)
			.param("tiers[1].tier", "B")
			.param("tiers[1].maxIndustryRank", "50")
			.param("tiers[1].minAnnualRevenue", bRevenue)
			.param("tiers[1].coverageMode", "FIELD_VISIT")
			.param("tiers[1].managementMode", "FINE_GRAINED")
			.param("tiers[1].contactCadenceDays", "30")
			.param("tiers[2].tier", "C")
			.param("tiers[2].minAnnualRevenue", "5000")
			.param("tiers[2].coverageMode", "PHONE")
			.param("tiers[2].managementMode", "BOOK_KEEPING")
			.param("tiers[2].contactCadenceDays", "60")
			.param("tiers[3].tier", "D")
			.param("tiers[3].coverageMode", "PHONE")
			.param("tiers[3].managementMode", "BOOK_KEEPING")
			.param("tiers[3].contactCadenceDays", "90");
	}

	@Test
	void theScreenShowsTheCriteriaInForceAsAnEditableForm() throws Exception {
		this.mvc.perform(get("/admin/tier-criteria").with(admin()))
			.andExpect(status().isOk())
			.andExpect(view().name("tier-criteria/index"))
			.andExpect(content().string(containsString("name=\"tiers[0].minAnnualRevenue\" value=\"50000\"")))
			.andExpect(content().string(containsString("现场管理")));
	}

	@Test
	void previewListsTheDemoAccountsAndLeadsThatALowerTierARevenueWouldMove() throws Exception {
		int version = this.tiering.current().versionNumber();
		this.mvc
			.perform(form(post("/admin/tier-criteria/preview"), version, "40000", "", "14").with(admin()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name("tier-criteria/preview"))
			.andExpect(content().string(allOf(containsString("东莞恒通散热器股份有限公司"), containsString("苏州铁路装备有限公司"),
					containsString("珠海新能源汽车配件有限公司"), containsString("无锡宏达散热器有限公司"))))
			.andExpect(content().string(not(containsString("惠州美达家电集团"))))
			.andExpect(content().string(containsString("2 个客户和 2 条未结线索将改变分类")))
			.andExpect(content().string(containsString("年营业额 42000 万元 ≥ 40000 万元（A 类）")));
		org.assertj.core.api.Assertions.assertThat(this.tiering.current().versionNumber()).isEqualTo(version);
	}

	@Test
	void applyingPublishesTheNextVersionAndShowsEachRecordsChange() throws Exception {
		int version = this.tiering.current().versionNumber();
		this.mvc.perform(form(post("/admin/tier-criteria"), version, "40000", "", "14").with(admin()).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/admin/tier-criteria/versions/" + (version + 1)));
		this.mvc.perform(get("/admin/tier-criteria/versions/" + (version + 1)).with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("客户 东莞恒通散热器股份有限公司"), containsString("线索 无锡宏达散热器有限公司"),
					containsString("A 类年营业额下限（万元）"), containsString("分级标准第 " + (version + 1) + " 版"),
					containsString("年营业额 42000 万元 ≥ 40000 万元（A 类）"))));
		this.mvc.perform(get("/admin/tier-criteria/versions/" + (version + 1)).param("lang", "en").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Account 东莞恒通散热器股份有限公司"),
					containsString("annual revenue 42000 ≥ 40000 (10k CNY, Tier A)"), not(containsString("年营业额")))));
	}

	@Test
	void aTierStricterThanTheOneAboveIsRefusedNextToItsRowAndNothingIsSaved() throws Exception {
		int version = this.tiering.current().versionNumber();
		this.mvc.perform(form(post("/admin/tier-criteria"), version, "50000", "60000", "14").with(admin()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name("tier-criteria/index"))
			.andExpect(content().string(containsString("B 类的门槛不比 A 类宽松")));
		org.assertj.core.api.Assertions.assertThat(this.tiering.current().versionNumber()).isEqualTo(version);
	}

	@Test
	void aNegativeCadenceAndLettersInANumberAreRefusedNextToTheirFields() throws Exception {
		int version = this.tiering.current().versionNumber();
		this.mvc
			.perform(form(post("/admin/tier-criteria/preview"), version, "40000", "", "-3").with(admin()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-error-for=\"tiers[0].contactCadenceDays\"")))
			.andExpect(content().string(containsString("联系周期须在 1 到 365 天之间")));
		this.mvc.perform(form(post("/admin/tier-criteria/preview"), version, "四万", "", "14").with(admin()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-error-for=\"tiers[0].minAnnualRevenue\"")))
			.andExpect(content().string(containsString("请输入数字")));
	}

	@Test
	void applyingOnTopOfANewerVersionIsShownAsAConflict() throws Exception {
		int version = this.tiering.current().versionNumber();
		this.mvc.perform(form(post("/admin/tier-criteria"), version - 1, "40000", "", "14").with(admin()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("其他人已在您打开后修改了这条记录")));
		org.assertj.core.api.Assertions.assertThat(this.tiering.current().versionNumber()).isEqualTo(version);
	}

	@Test
	void aRepIsRefusedEveryTierCriteriaScreen() throws Exception {
		this.mvc.perform(get("/admin/tier-criteria").with(rep())).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/tier-criteria/versions/1").with(rep())).andExpect(status().isForbidden());
		this.mvc.perform(form(post("/admin/tier-criteria/preview"), 1, "40000", "", "14").with(rep()).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(form(post("/admin/tier-criteria"), 1, "40000", "", "14").with(rep()).with(csrf()))
			.andExpect(status().isForbidden());
	}

	static String json(int basedOn, long aRevenue) {
		return """
				{"basedOnVersion": %d, "note": "API", "tiers": [
				 {"tier": "A", "maxIndustryRank": 50, "minAnnualRevenue": %d, "coverageMode": "FIELD_VISIT",
				  "managementMode": "ON_SITE", "contactCadenceDays": 14},
				 {"tier": "B", "maxIndustryRank": 50, "coverageMode": "FIELD_VISIT", "managementMode": "FINE_GRAINED",
				  "contactCadenceDays": 30},
				 {"tier": "C", "minAnnualRevenue": 5000, "coverageMode": "PHONE", "managementMode": "BOOK_KEEPING",
				  "contactCadenceDays": 60},
				 {"tier": "D", "coverageMode": "PHONE", "managementMode": "BOOK_KEEPING", "contactCadenceDays": 90}]}
				""".formatted(basedOn, aRevenue);
	}

	@Test
	void anyoneSignedInReadsTheCriteriaButOnlyAdminsPreviewOrApplyThroughTheApi() throws Exception {
		int version = this.tiering.current().versionNumber();
		this.mvc.perform(get("/api/v1/reference/tier-criteria").with(httpBasic("rep.li", "demo1234")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(version))
			.andExpect(jsonPath("$.tiers[0].tier").value("A"))
			.andExpect(jsonPath("$.tiers[0].minAnnualRevenue").value(50000))
			.andExpect(jsonPath("$.tiers[2].coverageMode").value("PHONE"));
		this.mvc
			.perform(post("/api/v1/reference/tier-criteria/preview").with(httpBasic("rep.li", "demo1234"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(json(version, 40000)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(put("/api/v1/reference/tier-criteria").with(httpBasic("rep.li", "demo1234"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(json(version, 40000)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/api/v1/reference/tier-criteria/preview").with(httpBasic("admin", "demo1234"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(json(version, 40000)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.accountsMoving").value(2))
			.andExpect(jsonPath("$.leadsMoving").value(2))
			.andExpect(jsonPath("$.changed[0]").value("A.minAnnualRevenue"))
			.andExpect(jsonPath("$.moves[*].name", hasItem("苏州铁路装备有限公司")));
		this.mvc
			.perform(put("/api/v1/reference/tier-criteria").with(httpBasic("admin", "demo1234"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(json(version, 40000)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(version + 1))
			.andExpect(jsonPath("$.accountsMoved").value(2));
		this.mvc
			.perform(put("/api/v1/reference/tier-criteria").with(httpBasic("admin", "demo1234"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(json(version, 30000)))
			.andExpect(status().isConflict());
		this.mvc
			.perform(put("/api/v1/reference/tier-criteria").with(httpBasic("admin", "demo1234"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(json(version + 1, 40000).replace("\"contactCadenceDays\": 14", "\"contactCadenceDays\": 0")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[0].field").value("tiers[0].contactCadenceDays"));
	}

}
