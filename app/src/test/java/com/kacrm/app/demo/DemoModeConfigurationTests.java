package com.kacrm.app.demo;

import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class DemoModeConfigurationTests {

	final DemoModeConfiguration configuration = new DemoModeConfiguration();

	@Test
	void demoDataIsOnWithTheEmbeddedDatabase() {
		assertThat(this.configuration.demoMode(new MockEnvironment()).enabled()).isTrue();
	}

	@Test
	void demoDataIsOffWithAConfiguredDatabase() {
		MockEnvironment environment = new MockEnvironment().withProperty("spring.datasource.url",
				"jdbc:postgresql://db/crm");
		assertThat(this.configuration.demoMode(environment).enabled()).isFalse();
	}

	@Test
	void thePropertyDecidesWhenSet() {
		assertThat(this.configuration
			.demoMode(new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db/crm")
				.withProperty("crm.demo.enabled", "true"))
			.enabled()).isTrue();
		assertThat(
				this.configuration.demoMode(new MockEnvironment().withProperty("crm.demo.enabled", "false")).enabled())
			.isFalse();
	}

}
