package com.kacrm.app.api;

import com.kacrm.app.test.CrmIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The JSON API's conventions: HTTP Basic without session or CSRF, RFC 9457 problem
 * details, Spring Data's PagedModel shape, an OpenAPI document.
 */
@CrmIntegrationTest
class ApiConventionsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void meDescribesTheCallerWithRoleAndTeam() throws Exception {
		this.mvc.perform(get("/api/v1/me").with(httpBasic("rep.zhang", "demo1234")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value("rep.zhang"))
			.andExpect(jsonPath("$.displayName").value("张伟"))
			.andExpect(jsonPath("$.role").value("REP"))
			.andExpect(jsonPath("$.teamCode").value("SZ"))
			.andExpect(jsonPath("$.id").isNumber());
		this.mvc.perform(get("/api/v1/me").with(httpBasic("manager.east", "demo1234")))
			.andExpect(jsonPath("$.role").value("MANAGER"))
			.andExpect(jsonPath("$.teamCode").value("SH"));
		this.mvc.perform(get("/api/v1/me").with(httpBasic("admin", "demo1234")))
			.andExpect(jsonPath("$.role").value("ADMIN"))
			.andExpect(jsonPath("$.teamCode").value(nullValue()));
	}

	@Test
	void apiCallsCreateNoSession() throws Exception {
		MvcResult call = this.mvc.perform(get("/api/v1/me").with(httpBasic("rep.zhang", "demo1234")))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(call.getRequest().getSession(false)).isNull();
		// Sessions are Spring Session's (in PostgreSQL): one would show as its cookie.
		assertThat(call.getResponse().getHeaders("Set-Cookie"))
			.noneMatch((cookie) -> cookie.startsWith("KACRM_SESSION="));
	}

	@Test
	void aCrossSiteWriteIsRefusedEvenWithValidCredentials() throws Exception {
		this.mvc
			.perform(post("/api/v1/me").header("Sec-Fetch-Site", "cross-site").with(httpBasic("rep.zhang", "demo1234")))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc
			.perform(get("/api/v1/me").header("Sec-Fetch-Site", "cross-site").with(httpBasic("rep.zhang", "demo1234")))
			.andExpect(status().isOk());
		this.mvc
			.perform(
					post("/api/v1/me").header("Sec-Fetch-Site", "same-origin").with(httpBasic("rep.zhang", "demo1234")))
			.andExpect(status().isMethodNotAllowed());
	}

	@Test
	void anonymousCallsGetA401ProblemWithABasicChallenge() throws Exception {
		this.mvc.perform(get("/api/v1/me"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", containsString("Basic")))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(401));
	}

	@Test
	void writesNeedNoCsrfTokenButStillAuthentication() throws Exception {
		this.mvc.perform(post("/api/v1/me").with(httpBasic("rep.zhang", "demo1234")))
			.andExpect(status().isMethodNotAllowed());
		this.mvc.perform(post("/api/v1/me")).andExpect(status().isUnauthorized());
	}

	@Test
	void listsArePagedInSpringDatasPagedModelShape() throws Exception {
		this.mvc
			.perform(get("/api/v1/reference/industries?page=1&size=5&sort=code,desc")
				.with(httpBasic("rep.li", "demo1234")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content.length()").value(5))
			.andExpect(jsonPath("$.page.number").value(1))
			.andExpect(jsonPath("$.page.size").value(5))
			.andExpect(jsonPath("$.page.totalElements").value(12))
			.andExpect(jsonPath("$.page.totalPages").value(3));
	}

	@Test
	void sortingByAnUnofferedKeyIsA400ProblemNamingTheOfferedKeys() throws Exception {
		this.mvc.perform(get("/api/v1/reference/industries?sort=version").with(httpBasic("rep.li", "demo1234")))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.supportedSort", hasItem("name")));
	}

	@Test
	void leadSourcesComeWithTheirChannel() throws Exception {
		this.mvc.perform(get("/api/v1/reference/lead-sources").with(httpBasic("rep.li", "demo1234")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.code == 'INTERNET_SEARCH')].parentCode").value(hasItem("INTERNET")))
			.andExpect(jsonPath("$[?(@.code == 'INTERNET_SEARCH')].nameZh").value(hasItem("搜索引擎")));
	}

	@Test
	void theOpenApiDocumentDescribesTheApi() throws Exception {
		this.mvc.perform(get("/v3/api-docs").with(httpBasic("rep.li", "demo1234")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/me']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/reference/industries']").exists())
			.andExpect(jsonPath("$.components.securitySchemes.basic.scheme").value("basic"));
		this.mvc.perform(get("/v3/api-docs")).andExpect(status().is3xxRedirection());
	}

}
