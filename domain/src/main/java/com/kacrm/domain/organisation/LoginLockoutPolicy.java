package com.kacrm.domain.organisation;

import java.time.Duration;
import java.util.Objects;

/**
 * How many wrong passwords in a row lock an account, and for how long (OWASP ASVS 2.2.1:
 * throttle guessing per account).
 */
public record LoginLockoutPolicy(int maxConsecutiveFailures, Duration lockDuration) {

	public LoginLockoutPolicy {
		if (maxConsecutiveFailures < 1) {
			throw new IllegalArgumentException("maxConsecutiveFailures must be at least 1");
		}
		Objects.requireNonNull(lockDuration, "lockDuration");
		if (lockDuration.isNegative() || lockDuration.isZero()) {
			throw new IllegalArgumentException("lockDuration must be positive");
		}
	}

}
