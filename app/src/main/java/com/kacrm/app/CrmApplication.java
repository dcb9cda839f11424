package com.kacrm.app;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.Bean;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/** The key-account CRM: {@code ./mvnw -pl app -am spring-boot:run}. */
@SpringBootApplication(scanBasePackages = "com.kacrm")
@ConfigurationPropertiesScan
@EntityScan("com.kacrm.domain")
@EnableJpaRepositories("com.kacrm.persistence")
public class CrmApplication {

	public static void main(String[] args) {
		SpringApplication.run(CrmApplication.class, args);
	}

	/**
	 * The one clock of the application; the domain gets instants from services, never
	 * reads a clock itself.
	 */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
