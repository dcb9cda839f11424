package com.kacrm.app.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.kacrm.app.test.CrmIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Reps and managers reach no admin screen and change no reference data through the API.
 * The endpoints are read from the application's own request mappings, so an admin screen
 * or API added later is covered without touching this test.
 */
@CrmIntegrationTest
class AdminAccessIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	record Endpoint(HttpMethod method, String path) {
	}

	/**
	 * Every mapped endpoint whose path starts with {@code prefix}, path variables filled.
	 */
	List<Endpoint> endpoints(String prefix) {
		List<Endpoint> endpoints = new ArrayList<>();
		for (RequestMappingInfo info : this.mappings.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				if (!pattern.startsWith(prefix)) {
					continue;
				}
				String path = pattern.replaceAll("\\{code}", "SZ").replaceAll("\\{[^}]+}", "1");
				for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
					endpoints.add(new Endpoint(method.asHttpMethod(), path));
				}
			}
		}
		return endpoints;
	}

	@Test
	void repsAndManagersAreRefusedEveryAdminScreenAndEveryAdminForm() throws Exception {
		List<Endpoint> admin = endpoints("/admin");
		assertThat(admin).extracting(Endpoint::path)
			.contains("/admin", "/admin/industries", "/admin/lead-sources", "/admin/teams", "/admin/users",
					"/admin/tier-criteria", "/admin/value-model", "/admin/milestones", "/admin/pool-rules",
					"/admin/history");
		for (String username : List.of("rep.zhang", "manager.south")) {
			for (Endpoint endpoint : admin) {
				this.mvc
					.perform(request(endpoint.method(), endpoint.path())
						.with(user(this.users.loadUserByUsername(username)))
						.with(csrf())
						.param("version", "0"))
					.andExpect(status().isForbidden());
			}
		}
	}

	@Test
	void anAdminReachesEveryAdminScreen() throws Exception {
		for (String path : List.of("/admin", "/admin/industries", "/admin/lead-sources", "/admin/teams", "/admin/users",
				"/admin/tier-criteria", "/admin/value-model", "/admin/milestones", "/admin/pool-rules",
				"/admin/history", "/admin/tier-criteria/versions/1", "/admin/milestones/PLANNING")) {
			this.mvc.perform(request(HttpMethod.GET, path).with(user(this.users.loadUserByUsername("admin"))))
				.andExpect(status().isOk());
		}
	}

	@Test
	void everyoneSignedInReadsReferenceDataButOnlyAdminsMayChangeIt() throws Exception {
		List<Endpoint> reference = endpoints("/api/v1/reference");
		assertThat(reference).extracting(Endpoint::path)
			.contains("/api/v1/reference/industries", "/api/v1/reference/lead-sources", "/api/v1/reference/teams",
					"/api/v1/reference/milestones", "/api/v1/reference/tier-criteria");
		for (Endpoint endpoint : reference) {
			if (endpoint.method() == HttpMethod.GET) {
				this.mvc.perform(request(HttpMethod.GET, endpoint.path()).with(httpBasic("rep.li", "demo1234")))
					.andExpect(status().isOk());
			}
			for (HttpMethod write : List.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE)) {
				this.mvc
					.perform(request(write, endpoint.path()).with(httpBasic("manager.east", "demo1234"))
						.contentType(MediaType.APPLICATION_JSON)
						.content("{}"))
					.andExpect(status().isForbidden());
			}
		}
	}

}
