package com.kacrm.app.account;

import java.util.concurrent.ThreadLocalRandom;

import com.jayway.jsonpath.JsonPath;
import com.kacrm.app.test.CrmIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The accounts' JSON API: creating (201 with Location; 409 with the matches for a
 * possible duplicate unless confirmed), the paged list with filters and only the caller's
 * team's accounts, reading and replacing the profile with the version read (409 when
 * stale, 422 for rule violations and for team or owner changes), and reassignment by
 * managers only. Another team's rep gets 404 for everything of the account.
 */
@CrmIntegrationTest
class AccountApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void creatingAnswersTheAccountWithItsLocationAndTheTierTheCriteriaGive() throws Exception {
		String name = unique("接口建档");
		this.mvc.perform(
				post("/api/v1/accounts").with(basic("rep.zhang")).contentType(MediaType.APPLICATION_JSON).content("""
						{"name":"%s有限公司","industryCode":"AEROSPACE","industryRank":3,"annualRevenue":88000,
						 "businessCharacteristics":"航空紧固件","decisionMode":"MIXED","teamCode":"SH"}""".formatted(name)))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", matchesPattern("/api/v1/accounts/\\d+")))
			.andExpect(jsonPath("$.teamCode").value("SZ"))
			.andExpect(jsonPath("$.ownerUsername").value("rep.zhang"))
			.andExpect(jsonPath("$.businessCharacteristics").value("航空紧固件"))
			.andExpect(jsonPath("$.lifecycle").value("PROSPECT"))
			.andExpect(jsonPath("$.relationshipStage").value("OUTSIDER"))
			.andExpect(jsonPath("$.tier").isString())
			.andExpect(jsonPath("$.version").value(0));
	}

	@Test
	void aPossibleDuplicateIsAConflictUntilConfirmed() throws Exception {
		String body = "{\"name\":\"深圳华鹏汽车配件\"}";
		this.mvc.perform(
				post("/api/v1/accounts").with(basic("rep.wang")).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.matches[*].name", hasItem("深圳华鹏汽车配件有限公司")))
			.andExpect(jsonPath("$.matches[*].id").doesNotExist());
		String name = unique("接口查重");
		String created = location(post("/api/v1/accounts?confirmDuplicates=true"), "rep.wang",
				"{\"name\":\"" + name + "\"}");
		this.mvc
			.perform(post("/api/v1/accounts?confirmDuplicates=true").with(basic("rep.wang"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"" + name + "\"}"))
			.andExpect(status().isCreated());
		this.mvc.perform(get(created).with(basic("rep.wang"))).andExpect(status().isOk());
	}

	@Test
	void violationsAreUnprocessableWithTheFieldsNamed() throws Exception {
		this.mvc
			.perform(post("/api/v1/accounts").with(basic("rep.zhang"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"\",\"industryCode\":\"NOPE\",\"annualRevenue\":-5}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[*].field", hasItem("name")))
			.andExpect(jsonPath("$.violations[*].field", hasItem("industryCode")))
			.andExpect(jsonPath("$.violations[*].field", hasItem("annualRevenue")));
	}

	@Test
	void theListIsPagedFilteredAndLimitedToTheCallersTeam() throws Exception {
		this.mvc.perform(get("/api/v1/accounts").with(basic("rep.wang")).param("size", "200"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[*].teamCode", everyItem(is("SH"))))
			.andExpect(jsonPath("$.content[*].name", hasItem("上海远航航空航天科技股份有限公司")))
			.andExpect(jsonPath("$.page.size").value(200));
		this.mvc.perform(get("/api/v1/accounts").with(basic("admin")).param("industry", "AUTO_PARTS").param("q", "华鹏"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[*].name", hasItem("深圳华鹏汽车配件有限公司")))
			.andExpect(jsonPath("$.content[*].name", not(hasItem("东莞恒通散热器股份有限公司"))));
		this.mvc.perform(get("/api/v1/accounts").with(basic("admin")).param("sort", "nameKey"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void anotherTeamsRepGetsNotFoundForReadingAndWriting() throws Exception {
		String location = location(post("/api/v1/accounts?confirmDuplicates=true"), "rep.zhang",
				"{\"name\":\"" + unique("接口保密") + "\"}");
		this.mvc.perform(get(location).with(basic("rep.wang"))).andExpect(status().isNotFound());
		this.mvc
			.perform(put(location).with(basic("rep.wang"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"改名\",\"version\":0}"))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post(location + "/reassignment").with(basic("manager.east"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"teamCode\":\"SH\",\"version\":0}"))
			.andExpect(status().isNotFound());
	}

	@Test
	void replacingTheProfileNeedsTheVersionReadAndLeavesTeamAndOwnerToReassignment() throws Exception {
		String name = unique("接口编辑");
		String location = location(post("/api/v1/accounts?confirmDuplicates=true"), "rep.zhang",
				"{\"name\":\"" + name + "\"}");
		String profile = "\"name\":\"" + name + "\",\"financialStrength\":\"资金雄厚\",\"lifecycle\":\"MATURE\","
				+ "\"relationshipStage\":\"PARTNER\"";
		this.mvc
			.perform(put(location).with(basic("rep.li"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{" + profile + "}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[0].field").value("version"));
		this.mvc
			.perform(put(location).with(basic("rep.li"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{" + profile + ",\"version\":0,\"teamCode\":\"SH\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[0].field").value("teamCode"));
		this.mvc
			.perform(put(location).with(basic("rep.li"))
				.header("If-Match", "\"0\"")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{" + profile + ",\"teamCode\":\"SZ\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.financialStrength").value("资金雄厚"))
			.andExpect(jsonPath("$.lifecycle").value("MATURE"))
			.andExpect(jsonPath("$.version").value(1));
		this.mvc
			.perform(put(location).with(basic("rep.zhang"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{" + profile + ",\"version\":0}"))
			.andExpect(status().isConflict());
	}

	@Test
	void onlyTheTeamsManagerReassigns() throws Exception {
		String location = location(post("/api/v1/accounts?confirmDuplicates=true"), "rep.zhang",
				"{\"name\":\"" + unique("接口调整") + "\"}");
		this.mvc
			.perform(post(location + "/reassignment").with(basic("rep.zhang"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"teamCode\":\"SZ\",\"ownerUsername\":\"rep.li\",\"version\":0}"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post(location + "/reassignment").with(basic("manager.south"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"teamCode\":\"SZ\",\"ownerUsername\":\"rep.wang\",\"version\":0}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[0].field").value("ownerUsername"));
		this.mvc
			.perform(post(location + "/reassignment").with(basic("manager.south"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"teamCode\":\"SZ\",\"ownerUsername\":\"rep.li\",\"version\":0}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.ownerUsername").value("rep.li"));
	}

	private String location(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
			String username, String body) throws Exception {
		MvcResult result = this.mvc
			.perform(request.with(basic(username)).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated())
			.andReturn();
		String location = result.getResponse().getHeader("Location");
		JsonPath.read(result.getResponse().getContentAsString(), "$.id");
		return location;
	}

	private static RequestPostProcessor basic(String username) {
		return httpBasic(username, "demo1234");
	}

	private static String unique(String name) {
		return name + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
	}

}
