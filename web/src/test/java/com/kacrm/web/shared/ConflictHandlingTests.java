package com.kacrm.web.shared;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

class ConflictHandlingTests {

	static MockHttpServletRequest request(String referer) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/admin/industries/3");
		request.setServerName("crm.example.com");
		if (referer != null) {
			request.addHeader("Referer", referer);
		}
		return request;
	}

	@Test
	void aConflictSendsTheUserBackToTheFormTheyCameFrom() {
		assertThat(ConflictHandling.backTo(request("https://crm.example.com/admin/industries/3?lang=en")))
			.isEqualTo("/admin/industries/3?lang=en");
	}

	@Test
	void anotherSitesOrAMissingRefererLeadsHome() {
		assertThat(ConflictHandling.backTo(request("https://evil.example.net/admin/industries/3"))).isEqualTo("/");
		assertThat(ConflictHandling.backTo(request(null))).isEqualTo("/");
		assertThat(ConflictHandling.backTo(request("not a uri"))).isEqualTo("/");
	}

}
