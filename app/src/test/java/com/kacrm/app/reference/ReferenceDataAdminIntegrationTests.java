package com.kacrm.app.reference;

import javax.sql.DataSource;

import com.kacrm.app.test.CrmIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Admins maintain industries and lead sources on their screens; reps may only read them
 * through the API. Records created here have codes {@code TEST_*} and are removed after
 * each test, so other tests keep seeing the seeded reference data.
 */
@CrmIntegrationTest
class ReferenceDataAdminIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	DataSource dataSource;

	@AfterEach
	void removeTestRecords() {
		JdbcTemplate jdbc = jdbc();
		jdbc.update(
				"""
						delete from history_entry
						where (subject_type = 'INDUSTRY' and subject_id in (select id from industry where code like 'TEST\\_%'))
						   or (subject_type = 'LEAD_SOURCE' and subject_id in (select id from lead_source where code like 'TEST\\_%'))""");
		jdbc.update("delete from lead_source where code like 'TEST\\_%' and parent_id is not null");
		jdbc.update("delete from lead_source where code like 'TEST\\_%'");
		jdbc.update("delete from industry where code like 'TEST\\_%'");
	}

	@Test
	void anAdminCreatesAndEditsAnIndustryAndItsHistoryIsKept() throws Exception {
		this.mvc.perform(get("/admin/industries/new").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"strategyClass\"")));
		MvcResult created = this.mvc
			.perform(post("/admin/industries").with(admin())
				.with(csrf())
				.param("code", "TEST_ROBOTS")
				.param("nameZh", "测试机器人")
				.param("nameEn", "Test robots")
				.param("strategyClass", "MAINSTREAM")
				.param("strategyZh", "")
				.param("sortOrder", "500"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/admin/industries/*"))
			.andExpect(flash().attribute("flashSuccess", "industry.created"))
			.andReturn();
		String path = created.getResponse().getRedirectedUrl();
		this.mvc.perform(get("/admin/industries").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("data-industry=\"TEST_ROBOTS\""), containsString("测试机器人"),
					containsString("重点进攻、大力发展"))));

		this.mvc
			.perform(post(path).with(admin())
				.with(csrf())
				.param("version", "0")
				.param("nameZh", "测试机器人")
				.param("nameEn", "Test robots")
				.param("strategyClass", "SECONDARY")
				.param("strategyZh", "只做华东")
				.param("strategyEn", "East only")
				.param("sortOrder", "500"))
			.andExpect(redirectedUrl(path))
			.andExpect(flash().attribute("flashSuccess", "industry.saved"));
		assertThat(jdbc().queryForObject("select strategy_class || '/' || strategy_zh from industry where code = ?",
				String.class, "TEST_ROBOTS"))
			.isEqualTo("SECONDARY/只做华东");
		this.mvc.perform(get(path).with(admin()))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("value=\"只做华东\""), containsString("class=\"history-new\">只做华东<"),
						containsString("行业分类"), containsString("SECONDARY"))));

		// A save based on the version before the last one shows the current values and
		// says so.
		this.mvc
			.perform(post(path).with(admin())
				.with(csrf())
				.param("version", "0")
				.param("nameZh", "测试机器人二")
				.param("strategyClass", "NON_MAINSTREAM")
				.param("sortOrder", "500"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("其他人已在您打开后修改了这条记录"), containsString("value=\"只做华东\""),
					containsString("name=\"version\" value=\"1\""))));
		assertThat(jdbc().queryForObject("select name_zh from industry where code = ?", String.class, "TEST_ROBOTS"))
			.isEqualTo("测试机器人");
	}

	@Test
	void aDuplicateIndustryNameReShowsTheFormWithTheErrorNextToTheFieldAndSavesNothing() throws Exception {
		this.mvc
			.perform(post("/admin/industries").with(admin())
				.with(csrf())
				.param("code", "TEST_CHAINS")
				.param("nameZh", "链条")
				.param("strategyClass", "SECONDARY")
				.param("sortOrder", "1"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("industryForm", "nameZh", "industry.nameZh.duplicate"))
			.andExpect(content().string(allOf(containsString("data-error-for=\"nameZh\""),
					containsString("已有名为“链条”的行业"), containsString("value=\"TEST_CHAINS\""))));
		this.mvc
			.perform(post("/admin/industries").with(admin())
				.with(csrf())
				.param("code", "bad code")
				.param("nameZh", "")
				.param("sortOrder", "1"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("data-error-for=\"code\""), containsString("data-error-for=\"nameZh\""),
						containsString("data-error-for=\"strategyClass\""), containsString("请选择行业分类"))));
		this.mvc
			.perform(post("/admin/industries").with(admin())
				.with(csrf())
				.param("code", "TEST_NUMBER")
				.param("nameZh", "测试数字")
				.param("strategyClass", "SECONDARY")
				.param("sortOrder", "x"))
			.andExpect(status().isOk())
			.andExpect(
					content().string(allOf(containsString("data-error-for=\"sortOrder\""), containsString("请输入整数"))));
		assertThat(jdbc().queryForObject(
				"select count(*) from industry where code like 'TEST\\_%' or code = 'bad code'", Integer.class))
			.isZero();
	}

	@Test
	void anAdminDeactivatesAndActivatesAnIndustry() throws Exception {
		String path = this.mvc
			.perform(post("/admin/industries").with(admin())
				.with(csrf())
				.param("code", "TEST_LAMPS")
				.param("nameZh", "测试灯具")
				.param("strategyClass", "NON_MAINSTREAM")
				.param("sortOrder", "501"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		this.mvc.perform(post(path + "/deactivate").with(admin()).with(csrf()).param("version", "0"))
			.andExpect(redirectedUrl(path))
			.andExpect(flash().attribute("flashSuccess", "industry.deactivated"));
		assertThat(jdbc().queryForObject("select active from industry where code = 'TEST_LAMPS'", Boolean.class))
			.isFalse();
		this.mvc.perform(post(path + "/activate").with(admin()).with(csrf()).param("version", "0"))
			.andExpect(flash().attribute("flashError", "form.conflict"));
		this.mvc.perform(post(path + "/activate").with(admin()).with(csrf()).param("version", "1"))
			.andExpect(flash().attribute("flashSuccess", "industry.activated"));
		assertThat(jdbc().queryForObject("select active from industry where code = 'TEST_LAMPS'", Boolean.class))
			.isTrue();
	}

	@Test
	void anAdminCreatesAChannelAndASourceBelowItAndRenamesIt() throws Exception {
		String channel = this.mvc
			.perform(post("/admin/lead-sources").with(admin())
				.with(csrf())
				.param("code", "TEST_FAIRS")
				.param("parentId", "")
				.param("nameZh", "测试展会")
				.param("sortOrder", "60"))
			.andExpect(redirectedUrlPattern("/admin/lead-sources/*"))
			.andExpect(flash().attribute("flashSuccess", "leadSource.created"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String channelId = channel.substring(channel.lastIndexOf('/') + 1);
		this.mvc.perform(get("/admin/lead-sources/new").param("parent", channelId).with(admin()))
			.andExpect(status().isOk())
			.andExpect(
					content().string(containsString("<option value=\"" + channelId + "\" selected=\"selected\">测试展会")));
		String child = this.mvc
			.perform(post("/admin/lead-sources").with(admin())
				.with(csrf())
				.param("code", "TEST_FAIRS_CANTON")
				.param("parentId", channelId)
				.param("nameZh", "广交会")
				.param("sortOrder", "61"))
			.andExpect(redirectedUrlPattern("/admin/lead-sources/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		this.mvc.perform(get("/admin/lead-sources").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("data-lead-source=\"TEST_FAIRS_CANTON\" data-parent=\"TEST_FAIRS\""),
						containsString("data-lead-source=\"INTERNET_SEARCH\" data-parent=\"INTERNET\""))));

		this.mvc
			.perform(post(child).with(admin())
				.with(csrf())
				.param("version", "0")
				.param("nameZh", "中国进出口商品交易会")
				.param("nameEn", "Canton Fair")
				.param("sortOrder", "61"))
			.andExpect(redirectedUrl(child))
			.andExpect(flash().attribute("flashSuccess", "leadSource.saved"));
		this.mvc.perform(get(child).with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("value=\"Canton Fair\""),
					containsString("class=\"history-new\">中国进出口商品交易会<"), containsString("测试展会"))));
	}

	@Test
	void aSourceCannotGoBelowASourceNorRepeatASiblingsName() throws Exception {
		Long search = jdbc().queryForObject("select id from lead_source where code = 'INTERNET_SEARCH'", Long.class);
		Long internet = jdbc().queryForObject("select id from lead_source where code = 'INTERNET'", Long.class);
		this.mvc
			.perform(post("/admin/lead-sources").with(admin())
				.with(csrf())
				.param("code", "TEST_BAIDU")
				.param("parentId", search.toString())
				.param("nameZh", "百度")
				.param("sortOrder", "1"))
			.andExpect(status().isOk())
			.andExpect(
					model().attributeHasFieldErrorCode("leadSourceForm", "parentId", "leadSource.parent.notTopLevel"))
			.andExpect(content().string(containsString("data-error-for=\"parentId\"")));
		this.mvc
			.perform(post("/admin/lead-sources").with(admin())
				.with(csrf())
				.param("code", "TEST_SEARCH")
				.param("parentId", internet.toString())
				.param("nameZh", "搜索引擎")
				.param("sortOrder", "1"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("leadSourceForm", "nameZh", "leadSource.name.duplicate"))
			.andExpect(content().string(containsString("同一渠道下已有名为“搜索引擎”的线索来源")));
		assertThat(jdbc().queryForObject("select count(*) from lead_source where code like 'TEST\\_%'", Integer.class))
			.isZero();
	}

	@Test
	void aRepMayNotOpenOrChangeTheReferenceDataScreens() throws Exception {
		RequestPostProcessor rep = user(this.users.loadUserByUsername("rep.zhang"));
		for (MockHttpServletRequestBuilder request : new MockHttpServletRequestBuilder[] { get("/admin/industries"),
				get("/admin/industries/new"), get("/admin/industries/1"), get("/admin/lead-sources"),
				get("/admin/lead-sources/new"), get("/admin/lead-sources/1"),
				post("/admin/industries").param("code", "TEST_REP")
					.param("nameZh", "代表")
					.param("strategyClass", "MAINSTREAM"),
				post("/admin/industries/1").param("version", "0"),
				post("/admin/industries/1/deactivate").param("version", "0"),
				post("/admin/lead-sources").param("code", "TEST_REP").param("nameZh", "代表"),
				post("/admin/lead-sources/1").param("version", "0"),
				post("/admin/lead-sources/1/deactivate").param("version", "0") }) {
			this.mvc.perform(request.with(rep).with(csrf())).andExpect(status().isForbidden());
		}
		this.mvc
			.perform(post("/api/v1/reference/industries").with(httpBasic("rep.li", "demo1234"))
				.contentType("application/json")
				.content("{}"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(put("/api/v1/reference/lead-sources").with(httpBasic("rep.li", "demo1234"))
				.contentType("application/json")
				.content("{}"))
			.andExpect(status().isForbidden());
		assertThat(jdbc().queryForObject("select count(*) from industry where code = 'TEST_REP'", Integer.class))
			.isZero();
		assertThat(jdbc().queryForObject("select bool_and(active) from industry", Boolean.class)).isTrue();
	}

	@Test
	void theApiGivesEachIndustryItsNameClassAndStrategyInTheCallersLanguage() throws Exception {
		this.mvc.perform(get("/api/v1/reference/industries?size=50").with(httpBasic("rep.li", "demo1234")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[?(@.code == 'AUTO_PARTS')].name").value(hasItem("汽车配件")))
			.andExpect(jsonPath("$.content[?(@.code == 'AUTO_PARTS')].strategyClass").value(hasItem("MAINSTREAM")))
			.andExpect(jsonPath("$.content[?(@.code == 'AUTO_PARTS')].strategy").value(hasItem("重点进攻、大力发展")))
			.andExpect(jsonPath("$.content[?(@.code == 'CHAINS')].strategyClass").value(hasItem("NON_MAINSTREAM")))
			.andExpect(jsonPath("$.content[?(@.code == 'RAILWAY')].nameEn").value(hasItem("Railway")))
			.andExpect(jsonPath("$.content[?(@.code == 'RAILWAY')].active").value(hasItem(true)));
		this.mvc.perform(get("/api/v1/reference/industries?size=50&lang=en").with(httpBasic("rep.li", "demo1234")))
			.andExpect(jsonPath("$.content[?(@.code == 'AUTO_PARTS')].name").value(hasItem("Auto parts")))
			.andExpect(jsonPath("$.content[?(@.code == 'AUTO_PARTS')].nameZh").value(hasItem("汽车配件")))
			.andExpect(jsonPath("$.content[?(@.code == 'SHEET_METAL')].strategy")
				.value(hasItem("Choose markets, raise potential")));
		this.mvc
			.perform(get("/api/v1/reference/industries?size=50").header("Accept-Language", "en-US,en;q=0.9")
				.with(httpBasic("rep.li", "demo1234")))
			.andExpect(jsonPath("$.content[?(@.code == 'AUTO_PARTS')].name").value(hasItem("Auto parts")));
		this.mvc.perform(get("/api/v1/reference/industries?sort=strategyClass").with(httpBasic("rep.li", "demo1234")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[0].strategyClass").value("MAINSTREAM"));
	}

	@Test
	void theApiGivesLeadSourcesInOrderWithTheirChannel() throws Exception {
		this.mvc.perform(get("/api/v1/reference/lead-sources?lang=en").with(httpBasic("rep.wang", "demo1234")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].code").value("INTERNET"))
			.andExpect(jsonPath("$[0].parentCode").doesNotExist())
			.andExpect(jsonPath("$[?(@.code == 'INTERNET_SEARCH')].name").value(hasItem("Search engines")))
			.andExpect(jsonPath("$[?(@.code == 'INTERNET_SEARCH')].nameZh").value(hasItem("搜索引擎")))
			.andExpect(jsonPath("$[?(@.code == 'INTERNET_SEARCH')].parentCode").value(hasItem("INTERNET")))
			.andExpect(jsonPath("$[?(@.code == 'PEER_OTHER_VENDORS')].active").value(hasItem(true)))
			.andExpect(jsonPath("$[*].code", not(hasItem("TEST_FAIRS"))));
	}

	private RequestPostProcessor admin() {
		return user(this.users.loadUserByUsername("admin"));
	}

	private JdbcTemplate jdbc() {
		return new JdbcTemplate(this.dataSource);
	}

}
