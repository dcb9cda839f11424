package com.kacrm.app.demo;

import com.kacrm.web.shared.DemoMode;
import com.kacrm.web.shared.DemoMode.DemoLogin;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Demo mode: {@code crm.demo.enabled} when set; otherwise on with the embedded database
 * and off with a configured one, so a production database never receives demo users by
 * accident.
 */
@Configuration(proxyBeanMethods = false)
class DemoModeConfiguration {

	@Bean
	DemoMode demoMode(Environment environment) {
		boolean embedded = !environment.containsProperty("spring.datasource.url");
		if (!environment.getProperty("crm.demo.enabled", Boolean.class, embedded)) {
			return DemoMode.off();
		}
		return new DemoMode(true, DemoDataLoader.PASSWORD,
				DemoDataLoader.USERS.stream().map((user) -> new DemoLogin(user.username(), user.role())).toList());
	}

}
