package com.kacrm.persistence.test;

import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a test's application context at the run's {@link TestDatabase}. Setting the
 * datasource URL also turns the application's own embedded database off, exactly as a
 * configured production database does.
 */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		TestDatabase.Connection db = TestDatabase.connection();
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("crmTestDatabase", Map.of("spring.datasource.url", db.jdbcUrl(),
					"spring.datasource.username", db.username(), "spring.datasource.password", db.password())));
	}

}
