package com.kacrm.app.security;

import java.time.Duration;

import com.kacrm.domain.organisation.LoginLockoutPolicy;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code crm.security.lockout.*}: how many wrong passwords in a row lock an account, and
 * for how long.
 */
@ConfigurationProperties("crm.security.lockout")
public record LockoutProperties(Integer maxFailures, Duration duration) {

	public LoginLockoutPolicy policy() {
		return new LoginLockoutPolicy((this.maxFailures != null) ? this.maxFailures : 5,
				(this.duration != null) ? this.duration : Duration.ofMinutes(15));
	}

}
