package com.kacrm.app.lead;

import java.math.BigDecimal;
import java.util.UUID;

import com.kacrm.app.test.CrmIntegrationTest;
import com.kacrm.domain.lead.LeadStatus;
import com.kacrm.persistence.lead.LeadService;
import com.kacrm.persistence.lead.LeadSheetService;
import com.kacrm.persistence.lead.LeadView;
import com.kacrm.persistence.lead.NewLead;
import com.kacrm.persistence.lead.RegisteredLead;
import com.kacrm.persistence.shared.Viewer;
import com.kacrm.web.shared.CurrentUser;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * Converting a lead into an account through the screens and the API, with the demo users:
 * the conversion page, the account page it leads to, the duplicate confirmation, who may
 * convert and see what. Every test converts leads of its own, uniquely named.
 */
@CrmIntegrationTest
class LeadConversionIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	LeadService leads;

	@Autowired
	LeadSheetService sheet;

	@Test
	void aRepConvertsTheirLeadWithAFirstOpportunityAndLandsOnTheAccount() throws Exception {
		String name = unique("深圳华达汽车配件") + "有限公司";
		RegisteredLead lead = registerFor("rep.zhang", name);

		this.mvc.perform(get("/leads/{id}", lead.id()).with(as("rep.zhang")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/leads/" + lead.id() + "/convert\"")));
		this.mvc.perform(get("/leads/{id}", lead.id()).with(as("rep.li")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/convert\""))));
		this.mvc.perform(get("/leads/{id}/convert", lead.id()).with(as("rep.zhang")))
			.andExpect(status().isOk())
			.andExpect(view().name("leads/convert"))
			.andExpect(content().string(containsString(name)))
			.andExpect(content().string(containsString("同时创建首个商机（里程碑一：行业与客户规划）")))
			.andExpect(content().string(containsString("value=\"" + name + " 项目\"")))
			.andExpect(content().string(not(containsString("duplicatesConfirmed"))));

		MvcResult converted = this.mvc
			.perform(post("/leads/{id}/convert", lead.id()).with(as("rep.zhang"))
				.with(csrf())
				.param("version", String.valueOf(versionOf(lead.id())))
				.param("createOpportunity", "true")
				.param("opportunityName", "华达散热器改造项目"))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("flashSuccess", "conversion.flash.convertedWithOpportunity"))
			.andReturn();
		String accountPage = converted.getResponse().getRedirectedUrl();
		assertThat(accountPage).startsWith("/accounts/");

		LeadView after = this.sheet.show(lead.id(), viewer("rep.zhang"));
		assertThat(after.status()).isEqualTo(LeadStatus.CONVERTED);
		assertThat("/accounts/" + after.convertedAccountId()).isEqualTo(accountPage);
		assertThat(after.convertedOpportunityId()).isNotNull();

		this.mvc.perform(get(accountPage).with(as("rep.zhang")))
			.andExpect(status().isOk())
			.andExpect(view().name("accounts/detail"))
			.andExpect(content().string(containsString(name)))
			.andExpect(content().string(containsString("王经理 13800000000")))
			.andExpect(content().string(containsString("华达散热器改造项目")))
			.andExpect(content().string(containsString("里程碑 1：行业与客户规划")))
			.andExpect(content().string(containsString(lead.number())))
			.andExpect(content().string(containsString("由线索转化")));
		this.mvc.perform(get("/leads/{id}/convert", lead.id()).with(as("rep.zhang")))
			.andExpect(status().isFound())
			.andExpect(header().string("Location", accountPage));
		this.mvc.perform(get("/leads/{id}", lead.id()).with(as("rep.zhang")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"" + accountPage + "\"")))
			.andExpect(content().string(containsString("href=\"" + accountPage + "#opportunities\"")));
	}

	@Test
	void aMissingOpportunityNameIsShownNextToTheFieldAndNothingIsConverted() throws Exception {
		RegisteredLead lead = registerFor("rep.zhang", unique("缺商机名称"));
		this.mvc
			.perform(post("/leads/{id}/convert", lead.id()).with(as("rep.zhang"))
				.with(csrf())
				.param("version", String.valueOf(versionOf(lead.id())))
				.param("createOpportunity", "true")
				.param("opportunityName", "  "))
			.andExpect(status().isOk())
			.andExpect(view().name("leads/convert"))
			.andExpect(content().string(containsString("data-error-for=\"opportunityName\"")))
			.andExpect(content().string(containsString("请填写商机名称")));
		assertThat(this.sheet.show(lead.id(), viewer("rep.zhang")).status()).isEqualTo(LeadStatus.ASSIGNED);
	}

	@Test
	void anAccountWithTheSameNameMustBeConfirmedAsAnotherCustomer() throws Exception {
		String base = unique("东莞恒通散热器");
		RegisteredLead first = registerFor("rep.zhang", base + "股份有限公司");
		this.mvc
			.perform(post("/leads/{id}/convert", first.id()).with(as("rep.zhang"))
				.with(csrf())
				.param("version", String.valueOf(versionOf(first.id()))))
			.andExpect(status().isFound());
		RegisteredLead second = registerFor("rep.zhang", base + "（集团）");

		this.mvc.perform(get("/leads/{id}/convert", second.id()).with(as("rep.zhang")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("查重：已有同名记录")))
			.andExpect(content().string(containsString(
					"href=\"/accounts/" + this.sheet.show(first.id(), viewer("rep.zhang")).convertedAccountId())))
			.andExpect(content().string(containsString("duplicatesConfirmed")));
		this.mvc
			.perform(post("/leads/{id}/convert", second.id()).with(as("rep.zhang"))
				.with(csrf())
				.param("version", String.valueOf(versionOf(second.id()))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-error-for=\"duplicatesConfirmed\"")));
		assertThat(this.sheet.show(second.id(), viewer("rep.zhang")).status()).isEqualTo(LeadStatus.ASSIGNED);
		this.mvc
			.perform(post("/leads/{id}/convert", second.id()).with(as("rep.zhang"))
				.with(csrf())
				.param("version", String.valueOf(versionOf(second.id())))
				.param("duplicatesConfirmed", "true"))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("flashSuccess", "conversion.flash.converted"));
	}

	@Test
	void aStaleVersionReshowsTheFormWithTheConflictMessage() throws Exception {
		RegisteredLead lead = registerFor("rep.zhang", unique("旧版本"));
		long version = versionOf(lead.id());
		this.leads.recordContact(lead.id(), version, "电话", viewer("rep.zhang"));
		this.mvc
			.perform(post("/leads/{id}/convert", lead.id()).with(as("rep.zhang"))
				.with(csrf())
				.param("version", String.valueOf(version)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("其他人已在您打开后修改了这条记录")))
			.andExpect(content().string(containsString("value=\"" + versionOf(lead.id()) + "\"")));
		assertThat(this.sheet.show(lead.id(), viewer("rep.zhang")).status()).isEqualTo(LeadStatus.CONTACTING);
	}

	@Test
	void othersDoNotFindTheLeadOrTheAccountAndTeamMatesWhoDoNotOwnItMayNotConvert() throws Exception {
		RegisteredLead lead = registerFor("rep.zhang", unique("他人线索"));
		this.mvc.perform(get("/leads/{id}/convert", lead.id()).with(as("rep.wang"))).andExpect(status().isNotFound());
		this.mvc.perform(get("/leads/{id}/convert", lead.id()).with(as("rep.li"))).andExpect(status().isForbidden());
		this.mvc
			.perform(post("/leads/{id}/convert", lead.id()).with(as("rep.li"))
				.with(csrf())
				.param("version", String.valueOf(versionOf(lead.id()))))
			.andExpect(status().isForbidden());

		this.mvc
			.perform(post("/leads/{id}/convert", lead.id()).with(as("rep.zhang"))
				.with(csrf())
				.param("version", String.valueOf(versionOf(lead.id()))))
			.andExpect(status().isFound());
		long accountId = this.sheet.show(lead.id(), viewer("rep.zhang")).convertedAccountId();
		this.mvc.perform(get("/accounts/{id}", accountId).with(as("rep.wang"))).andExpect(status().isNotFound());
		this.mvc.perform(get("/accounts/{id}", accountId).with(as("manager.east"))).andExpect(status().isNotFound());
		for (String username : new String[] { "rep.zhang", "rep.li", "manager.south", "admin" }) {
			this.mvc.perform(get("/accounts/{id}", accountId).with(as(username))).andExpect(status().isOk());
		}
	}

	@Test
	void theApiConvertsAndAnswersWithTheNewIds() throws Exception {
		RegisteredLead lead = registerFor("rep.zhang", unique("接口转化"));
		String body = """
				{"version":%d,"createOpportunity":true,"opportunityName":"接口项目","duplicatesConfirmed":false}"""
			.formatted(versionOf(lead.id()));
		this.mvc.perform(api("rep.wang", lead.id(), body)).andExpect(status().isNotFound());
		this.mvc.perform(api("rep.li", lead.id(), body)).andExpect(status().isForbidden());
		this.mvc.perform(api("rep.zhang", lead.id(), """
				{"version":%d,"createOpportunity":true,"opportunityName":""}""".formatted(versionOf(lead.id()))))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[0].field").value("opportunityName"));
		this.mvc.perform(api("rep.zhang", lead.id(), body))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", startsWith("/accounts/")))
			.andExpect(jsonPath("$.accountId").isNumber())
			.andExpect(jsonPath("$.opportunityId").isNumber());
		this.mvc.perform(api("rep.zhang", lead.id(), body))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[0].code").value("conversion.error.leadClosed"));
	}

	@Test
	void theApiListsMatchingAccountsUntilConfirmedAndRefusesAStaleVersion() throws Exception {
		String base = unique("惠州美达家电");
		RegisteredLead first = registerFor("rep.zhang", base + "集团");
		this.mvc.perform(api("rep.zhang", first.id(), "{\"version\":%d}".formatted(versionOf(first.id()))))
			.andExpect(status().isCreated());
		RegisteredLead eastTwin = registerFor("rep.wang", base + "有限公司", "SH");
		this.mvc.perform(api("rep.wang", eastTwin.id(), "{\"version\":%d}".formatted(versionOf(eastTwin.id()))))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.matches[0].kind").value("ACCOUNT"))
			.andExpect(jsonPath("$.matches[0].name").value(base + "集团"))
			.andExpect(jsonPath("$.matches[0].id").doesNotExist());
		this.mvc.perform(api("rep.wang", eastTwin.id(), "{\"version\":%d}".formatted(versionOf(eastTwin.id()) + 5)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.title").value("Concurrent edit"));
		this.mvc
			.perform(api("rep.wang", eastTwin.id(),
					"{\"version\":%d,\"duplicatesConfirmed\":true}".formatted(versionOf(eastTwin.id()))))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.opportunityId").value(nullValue()));
	}

	private org.springframework.test.web.servlet.RequestBuilder api(String username, long leadId, String body) {
		return post("/api/v1/leads/{id}/convert", leadId).with(httpBasic(username, "demo1234"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body);
	}

	private RegisteredLead registerFor(String username, String name) {
		return registerFor(username, name, "SZ");
	}

	private RegisteredLead registerFor(String username, String name, String region) {
		return this.leads.register(new NewLead(name, region, "AUTO_PARTS", 10, new BigDecimal("60000"), null, null,
				"INTERNET_SEARCH", "王经理 13800000000", "展会认识", null, null), viewer(username), true);
	}

	private long versionOf(long leadId) {
		return this.sheet.show(leadId, viewer("admin")).version();
	}

	private Viewer viewer(String username) {
		return ((CurrentUser) this.users.loadUserByUsername(username)).viewer();
	}

	private RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

	private static String unique(String name) {
		return name + UUID.randomUUID().toString().substring(0, 8);
	}

}
