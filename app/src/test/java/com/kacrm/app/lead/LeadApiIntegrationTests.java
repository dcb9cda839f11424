package com.kacrm.app.lead;

import java.util.concurrent.ThreadLocalRandom;

import com.kacrm.app.test.CrmIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The lead sheet's JSON API: registering (201 with number, status and time; 409 with the
 * matches for a possible duplicate; 422 with the fields in error), reading the sheet with
 * the screen's filters and only the caller's leads, and editing with the version read.
 */
@CrmIntegrationTest
class LeadApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void registeringAnswersTheNumberStatusAndTimeAndTheClassTheCriteriaPropose() throws Exception {
		String name = unique("接口登记");
		this.mvc
			.perform(post("/api/v1/leads").with(basic("rep.zhang"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"customerName":"%s有限公司","regionCode":"SZ","industry":"AEROSPACE","industryRank":3,
						 "annualRevenue":88000,"source":"INTERNET_SEARCH","contactHint":"总工办","notes":"API"}"""
					.formatted(name)))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", matchesPattern("/api/v1/leads/\\d+")))
			.andExpect(jsonPath("$.id").isNumber())
			.andExpect(jsonPath("$.number").value(matchesPattern("SZ-\\d{4}-\\d{5}")))
			.andExpect(jsonPath("$.status").value("ASSIGNED"))
			.andExpect(jsonPath("$.registeredAt").isString())
			.andExpect(jsonPath("$.customerClass").value("A"))
			.andExpect(jsonPath("$.ownerUsername").value("rep.zhang"));
	}

	@Test
	void aPossibleDuplicateIsAConflictNamingTheMatchesWithoutLeakingOtherTeamsRecords() throws Exception {
		this.mvc
			.perform(post("/api/v1/leads").with(basic("rep.wang"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"customerName\":\"深圳华鹏汽车配件\",\"regionCode\":\"SH\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.matches[*].name", hasItem("深圳华鹏汽车配件有限公司")))
			.andExpect(jsonPath("$.matches[?(@.kind == 'ACCOUNT')].name", hasItem("深圳华鹏汽车配件有限公司")))
			.andExpect(jsonPath("$.matches[?(@.kind == 'ACCOUNT')].name", hasItem("深圳华鹏汽车配件有限公司")))
			.andExpect(jsonPath("$.matches[?(@.kind == 'ACCOUNT')].id", everyItem(nullValue())));
	}

	@Test
	void missingFieldsAndUnknownCodesAreUnprocessableWithTheFieldsNamed() throws Exception {
		this.mvc
			.perform(post("/api/v1/leads").with(basic("rep.zhang"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"customerName\":\"\",\"regionCode\":\"XX\",\"industry\":\"NOPE\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[*].field", hasItem("customerName")))
			.andExpect(jsonPath("$.violations[*].field", hasItem("regionCode")))
			.andExpect(jsonPath("$.violations[*].field", hasItem("industryCode")));
	}

	@Test
	void aCallIsLoggedWithItsTypeAndOutcomeAndTheVersionRead() throws Exception {
		MvcResult created = this.mvc
			.perform(post("/api/v1/leads").with(basic("rep.zhang"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"customerName\":\"%s\",\"regionCode\":\"SZ\"}".formatted(unique("接口来电"))))
			.andExpect(status().isCreated())
			.andReturn();
		String contact = created.getResponse().getHeader("Location") + "/contact";
		this.mvc
			.perform(post(contact).with(basic("rep.zhang"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"type\":\"SALES_VISIT\",\"note\":\"\",\"version\":0}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[*].field", contains("note")));
		this.mvc
			.perform(post(contact).with(basic("rep.zhang"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"type\":\"NEGOTIATION\",\"note\":\"谈判\",\"version\":0}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[*].field", contains("type")));
		this.mvc
			.perform(post(contact).with(basic("rep.zhang"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"note\":\"电话\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[*].field", contains("version")));
		this.mvc
			.perform(post(contact).with(basic("rep.zhang"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"type\":\"SALES_VISIT\",\"note\":\"上门拜访\",\"version\":0}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CONTACTING"))
			.andExpect(jsonPath("$.lastContactedAt").isString())
			.andExpect(jsonPath("$.version").value(1));
		this.mvc
			.perform(post(contact).with(basic("rep.zhang"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"note\":\"再打电话\",\"version\":0}"))
			.andExpect(status().isConflict());
		this.mvc
			.perform(post(contact).with(basic("rep.wang"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"note\":\"越界\",\"version\":1}"))
			.andExpect(status().isNotFound());
	}

	@Test
	void theSheetIsPagedFilteredAndLimitedToTheCallersLeads() throws Exception {
		this.mvc.perform(get("/api/v1/leads").with(basic("rep.wang")).param("size", "200"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[*].regionCode", everyItem(org.hamcrest.Matchers.is("SH"))))
			.andExpect(jsonPath("$.page.size").value(200));
		this.mvc.perform(get("/api/v1/leads").with(basic("admin")).param("customerClass", "A").param("region", "SZ"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[*].customerClass", everyItem(org.hamcrest.Matchers.is("A"))))
			.andExpect(jsonPath("$.content[*].regionCode", not(hasItem("SH"))));
		this.mvc.perform(get("/api/v1/leads").with(basic("admin")).param("sort", "password"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void anEditWithAStaleVersionIsAConflictAndAnotherRegionsLeadIsNotFound() throws Exception {
		MvcResult created = this.mvc
			.perform(post("/api/v1/leads").with(basic("rep.wang"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"customerName\":\"%s\",\"regionCode\":\"SH\"}".formatted(unique("接口编辑"))))
			.andExpect(status().isCreated())
			.andReturn();
		String location = created.getResponse().getHeader("Location");
		String body = """
				{"customerName":"%s","regionCode":"SH","annualRevenue":900,"version":0}""".formatted(unique("改名"));
		this.mvc.perform(put(location).with(basic("rep.wang")).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.annualRevenue").value(900))
			.andExpect(jsonPath("$.customerClass").value("D"));
		this.mvc.perform(put(location).with(basic("rep.wang")).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isConflict());
		this.mvc.perform(get(location).with(basic("rep.zhang"))).andExpect(status().isNotFound());
	}

	private static RequestPostProcessor basic(String username) {
		return httpBasic(username, "demo1234");
	}

	private static String unique(String name) {
		return name + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
	}

}
