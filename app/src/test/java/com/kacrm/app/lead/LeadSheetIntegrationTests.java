package com.kacrm.app.lead;

import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

import com.kacrm.app.test.CrmIntegrationTest;
import com.kacrm.persistence.lead.LeadService;
import com.kacrm.persistence.lead.NewLead;
import com.kacrm.persistence.lead.RegisteredLead;
import com.kacrm.persistence.organisation.OrganisationService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The lead sheet screens with the demo data: registering with the duplicate check, the
 * sheet's columns, filters and views as each role sees them, and the commands on a lead's
 * page. Names are unique per test, so tests never meet each other's leads.
 */
@CrmIntegrationTest
class LeadSheetIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	LeadService leads;

	@Autowired
	OrganisationService organisation;

	@Autowired
	DataSource dataSource;

	@Test
	void aRepRegistersALeadInTheirRegionAndOwnsIt() throws Exception {
		String name = unique("深圳测试登记");
		MvcResult result = this.mvc
			.perform(post("/leads").with(as("rep.zhang"))
				.with(csrf())
				.param("customerName", name + "有限公司")
				.param("regionCode", "SZ")
				.param("industryCode", "AUTO_PARTS")
				.param("industryRank", "20")
				.param("annualRevenue", "12000")
				.param("sourceCode", "INTERNET_SEARCH")
				.param("contactHint", "采购部刘工")
				.param("notes", "展会认识"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/leads/*"))
			.andExpect(flash().attribute("flashSuccess", "lead.registered"))
			.andReturn();
		String page = this.mvc.perform(get(result.getResponse().getRedirectedUrl()).with(as("rep.zhang")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains(name + "有限公司", "SZ-", "张伟", "采购部刘工", "已分配", "record-contact");
	}

	@Test
	void anotherSpellingOfAnExistingCustomerIsShownBeforeSavingAndSavedOnlyWhenConfirmed() throws Exception {
		String name = unique("查重测试");
		this.leads.register(lead(name + "集团有限公司", "SZ"), this.organisation.viewerOf("rep.zhang"), false);
		long before = count(name);
		this.mvc
			.perform(post("/leads").with(as("rep.li"))
				.with(csrf())
				.param("customerName", " " + name + "（集团）")
				.param("regionCode", "SZ"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("data-testid=\"duplicates\""),
					containsString(name + "集团有限公司"), containsString("duplicatesConfirmed"))));
		assertThat(count(name)).isEqualTo(before);
		this.mvc
			.perform(post("/leads").with(as("rep.li"))
				.with(csrf())
				.param("customerName", name + "（集团）")
				.param("regionCode", "SZ")
				.param("duplicatesConfirmed", "true"))
			.andExpect(status().is3xxRedirection());
		assertThat(count(name)).isEqualTo(before + 1);
	}

	@Test
	void theDuplicateCheckWhileTypingAnswersWithThePartialOnly() throws Exception {
		this.mvc.perform(get("/leads/duplicates").with(as("rep.zhang")).param("customerName", "深圳华鹏汽车配件"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("data-duplicate=\"ACCOUNT-"),
					containsString("深圳华鹏汽车配件有限公司"), not(containsString("<html")))));
	}

	@Test
	void missingAndMalformedFieldsAreShownNextToThemAndNothingIsSaved() throws Exception {
		this.mvc
			.perform(post("/leads").with(as("rep.zhang"))
				.with(csrf())
				.param("customerName", " ")
				.param("regionCode", "")
				.param("annualRevenue", "一千")
				.param("customerClass", "C"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("leadForm", "annualRevenue"))
			.andExpect(content().string(containsString("请输入金额")));
		this.mvc
			.perform(post("/leads").with(as("rep.zhang"))
				.with(csrf())
				.param("customerName", unique("无区域"))
				.param("regionCode", "")
				.param("customerClass", "C"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("leadForm", "regionCode"))
			.andExpect(model().attributeHasFieldErrors("leadForm", "classReason"));
	}

	@Test
	void theSheetShowsTheFormsColumnsInOrderAndOnlyWhatTheUserMaySee() throws Exception {
		String sheet = this.mvc.perform(get("/leads").with(as("rep.zhang")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(sheet).containsSubsequence("data-sort=\"number\"", "data-sort=\"customerName\"",
				"data-sort=\"region\"", "data-sort=\"industry\"", "data-sort=\"annualRevenue\"",
				"data-sort=\"customerClass\"", "data-sort=\"source\"", "data-sort=\"registeredAt\"", "</thead>");
		assertThat(sheet).contains("珠海新能源汽车配件有限公司").doesNotContain("上海申通汽车零部件有限公司");
		assertThat(this.mvc.perform(get("/leads").with(as("admin")).param("region", "SH"))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("上海申通汽车零部件有限公司").doesNotContain("珠海新能源汽车配件有限公司");
	}

	@Test
	void theViewsFiltersAndSortStayInTheLinks() throws Exception {
		String pool = this.mvc
			.perform(get("/leads").with(as("rep.zhang"))
				.param("queue", "POOL")
				.param("customerClass", "C")
				.param("sort", "annualRevenue,asc"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(pool).contains("/leads/export.xlsx?queue=POOL&amp;customerClass=C&amp;sort=annualRevenue,asc")
			.contains("aria-current=\"page\" data-queue=\"POOL\"")
			.contains("东莞长盛钣金制品有限公司")
			.doesNotContain("佛山金链机械有限公司");
		this.mvc.perform(get("/leads").with(as("rep.zhang")).param("sort", "password,asc")).andExpect(status().isOk());
		this.mvc.perform(get("/leads").with(as("admin")).param("region", "SZ").param("size", "5").param("page", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("第 2 页"),
					containsString("/leads?region=SZ&amp;sort=registeredAt,desc&amp;size=5&amp;page=2"),
					containsString("/leads?region=SZ&amp;sort=registeredAt,desc&amp;size=5&amp;page=0"))));
		this.mvc.perform(get("/leads").with(as("rep.zhang")).param("q", "C++ 50% 华_达"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("q=C%2B%2B%2050%25%20%E5%8D%8E_%E8%BE%BE")));
	}

	@Test
	void aLeadOfAnotherRegionIsNotFoundForARep() throws Exception {
		RegisteredLead east = this.leads.register(lead(unique("华东私有"), "SH"), this.organisation.viewerOf("rep.wang"),
				false);
		this.mvc.perform(get("/leads/" + east.id()).with(as("rep.zhang"))).andExpect(status().isNotFound());
		this.mvc.perform(get("/leads/" + east.id()).with(as("manager.east"))).andExpect(status().isOk());
	}

	@Test
	void aManagerAssignsAPooledLeadAndARepMayNot() throws Exception {
		RegisteredLead pooled = this.leads.register(lead(unique("待分配"), "SZ"), this.organisation.viewerOf("admin"),
				false);
		this.mvc
			.perform(post("/leads/" + pooled.id() + "/assign").with(as("rep.zhang"))
				.with(csrf())
				.param("version", "0")
				.param("owner", "rep.zhang"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/leads/" + pooled.id() + "/assign").with(as("manager.south"))
				.with(csrf())
				.param("version", version(pooled.id()))
				.param("owner", "rep.li"))
			.andExpect(redirectedUrl("/leads/" + pooled.id()))
			.andExpect(flash().attribute("flashSuccess", "lead.assigned"));
		assertThat(this.mvc.perform(get("/leads/" + pooled.id()).with(as("rep.li")))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("李娜", "record-contact");
	}

	@Test
	void aCallOnTheLeadsPageNeedsItsOutcomeAndIsListedWithItsType() throws Exception {
		RegisteredLead lead = this.leads.register(lead(unique("来电记录"), "SZ"), this.organisation.viewerOf("rep.zhang"),
				false);
		this.mvc
			.perform(post("/leads/" + lead.id() + "/contact").with(as("rep.zhang"))
				.with(csrf())
				.param("version", version(lead.id()))
				.param("type", "SALES_VISIT")
				.param("note", " "))
			.andExpect(redirectedUrl("/leads/" + lead.id()))
			.andExpect(flash().attribute("flashError", "lead.contact.error.note"));
		assertThat(jdbc().queryForObject("select count(*) from activity where lead_id = ?", Long.class, lead.id()))
			.isZero();
		assertThat(this.mvc.perform(get("/leads/" + lead.id()).with(as("rep.zhang")))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("lead-calls-empty", "contact-type");
		this.mvc
			.perform(post("/leads/" + lead.id() + "/contact").with(as("rep.zhang"))
				.with(csrf())
				.param("version", version(lead.id()))
				.param("type", "SALES_VISIT")
				.param("note", "上门拜访采购部刘工"))
			.andExpect(redirectedUrl("/leads/" + lead.id()))
			.andExpect(flash().attribute("flashSuccess", "lead.contactRecorded"));
		assertThat(this.mvc.perform(get("/leads/" + lead.id()).with(as("rep.li")))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("data-testid=\"lead-calls\"", "上门拜访采购部刘工", "销售拜访", "联系中");
	}

	@Test
	void aStaleEditIsShownAsAConflictWithTheCurrentValues() throws Exception {
		RegisteredLead lead = this.leads.register(lead(unique("并发编辑"), "SZ"), this.organisation.viewerOf("rep.zhang"),
				false);
		String version = version(lead.id());
		this.mvc
			.perform(post("/leads/" + lead.id()).with(as("rep.zhang"))
				.with(csrf())
				.param("version", version)
				.param("customerName", unique("第一次"))
				.param("regionCode", "SZ"))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/leads/" + lead.id()).with(as("rep.zhang"))
				.with(csrf())
				.param("version", version)
				.param("customerName", unique("第二次"))
				.param("regionCode", "SZ"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("其他人已在您打开后修改了这条记录")));
	}

	@Test
	void discardingWithoutAReasonIsRefusedOnThePage() throws Exception {
		RegisteredLead lead = this.leads.register(lead(unique("放弃"), "SZ"), this.organisation.viewerOf("rep.zhang"),
				false);
		this.mvc
			.perform(post("/leads/" + lead.id() + "/discard").with(as("rep.zhang"))
				.with(csrf())
				.param("version", version(lead.id()))
				.param("reason", ""))
			.andExpect(redirectedUrl("/leads/" + lead.id()))
			.andExpect(flash().attribute("flashError", "lead.error.reasonRequired"));
		this.mvc
			.perform(post("/leads/" + lead.id() + "/discard").with(as("rep.zhang"))
				.with(csrf())
				.param("version", version(lead.id()))
				.param("reason", "客户已被收购"))
			.andExpect(flash().attribute("flashSuccess", "lead.discarded"));
	}

	private static NewLead lead(String name, String region) {
		return new NewLead(name, region, "RADIATORS", 70, new java.math.BigDecimal("2000"), null, null, "MEDIA", null,
				null, null, null);
	}

	private String version(long id) {
		return String.valueOf(jdbc().queryForObject("select version from lead where id = ?", Long.class, id));
	}

	private long count(String namePart) {
		return jdbc().queryForObject("select count(*) from lead where name like ?", Long.class, "%" + namePart + "%");
	}

	private JdbcTemplate jdbc() {
		return new JdbcTemplate(this.dataSource);
	}

	private RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

	private static String unique(String name) {
		return name + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
	}

}
