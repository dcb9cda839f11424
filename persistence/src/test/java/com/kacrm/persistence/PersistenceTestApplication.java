package com.kacrm.persistence;

import java.time.Clock;
import java.time.Duration;

import com.kacrm.domain.organisation.LoginLockoutPolicy;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.Bean;

/**
 * The configuration persistence slice tests boot: the module's repositories and services,
 * the domain's entities.
 */
@SpringBootApplication
@EntityScan("com.kacrm.domain")
public class PersistenceTestApplication {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	LoginLockoutPolicy loginLockoutPolicy() {
		return new LoginLockoutPolicy(5, Duration.ofMinutes(15));
	}

}
