package com.kacrm.persistence.organisation;

import com.kacrm.domain.organisation.Role;
import com.kacrm.domain.shared.LocalizedName;
import com.kacrm.persistence.test.PersistenceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Failed logins are counted in the database per account and lock it; the counting commits
 * on its own, since the failing login's transaction rolls back. Runs without a
 * surrounding test transaction for that reason.
 */
@PersistenceTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class LoginServiceIntegrationTests {

	@Autowired
	LoginService logins;

	@Autowired
	OrganisationService organisation;

	String username;

	@BeforeEach
	void createUser() {
		if (!this.organisation.regionExists("LK")) {
			this.organisation.createRegion("LK", new LocalizedName("锁定测试", "Lock test"));
			this.organisation.createTeam("LK", new LocalizedName("锁定测试组", "Lock test team"), "LK");
		}
		this.username = "lock.test." + System.nanoTime();
		this.organisation.createUser(new NewUser(this.username, "锁定测试", "{noop}x", Role.REP, "LK"));
	}

	@Test
	void fiveWrongPasswordsInARowLockTheAccount() {
		for (int i = 0; i < 4; i++) {
			this.logins.recordFailedLogin(this.username);
		}
		assertThat(this.logins.findLoginAccount(this.username))
			.hasValueSatisfying((a) -> assertThat(a.locked()).isFalse());
		this.logins.recordFailedLogin(this.username);
		assertThat(this.logins.findLoginAccount(this.username))
			.hasValueSatisfying((a) -> assertThat(a.locked()).isTrue());
	}

	@Test
	void aSuccessfulLoginResetsTheRunOfFailures() {
		for (int i = 0; i < 4; i++) {
			this.logins.recordFailedLogin(this.username);
		}
		this.logins.recordSuccessfulAuthentication(this.username);
		this.logins.recordFailedLogin(this.username);
		assertThat(this.logins.findLoginAccount(this.username))
			.hasValueSatisfying((a) -> assertThat(a.locked()).isFalse());
	}

	@Test
	void usernamesAreFoundWhateverTheCaseTyped() {
		assertThat(this.logins.findLoginAccount("  " + this.username.toUpperCase() + " "))
			.hasValueSatisfying((a) -> assertThat(a.username()).isEqualTo(this.username));
	}

	@Test
	void failuresForUnknownUsersLeaveNoTrace() {
		this.logins.recordFailedLogin("nobody.here");
		assertThat(this.logins.findLoginAccount("nobody.here")).isEmpty();
	}

}
