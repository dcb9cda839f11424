package com.kacrm.app.ops;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RequestLoggingFilterTests {

	@Test
	void aCallersPlainRequestIdIsKept() {
		assertThat(RequestLoggingFilter.requestId("trace-12345678")).isEqualTo("trace-12345678");
	}

	@Test
	void anythingElseIsReplacedByANewId() {
		assertThat(RequestLoggingFilter.requestId("<script>alert(1)</script>")).matches("[0-9a-f-]{36}");
		assertThat(RequestLoggingFilter.requestId("short")).matches("[0-9a-f-]{36}");
		assertThat(RequestLoggingFilter.requestId("x".repeat(65))).matches("[0-9a-f-]{36}");
		assertThat(RequestLoggingFilter.requestId(null)).matches("[0-9a-f-]{36}");
	}

}
