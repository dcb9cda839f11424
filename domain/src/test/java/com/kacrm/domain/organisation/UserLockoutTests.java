package com.kacrm.domain.organisation;

import java.time.Duration;
import java.time.Instant;

import com.kacrm.domain.shared.LocalizedName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UserLockoutTests {

	static final LoginLockoutPolicy POLICY = new LoginLockoutPolicy(3, Duration.ofMinutes(15));

	static final Instant T0 = Instant.parse("2026-11-22T08:00:00Z");

	final User user = new User("rep.zhang", "张三", "{noop}x", Role.REP, new Team("SZ",
			new LocalizedName("华南", "South China"), new Region("SZ", new LocalizedName("深圳", "Shenzhen"))), T0);

	@Test
	void failuresBelowTheLimitDoNotLock() {
		this.user.recordFailedLogin(T0, POLICY);
		this.user.recordFailedLogin(T0.plusSeconds(1), POLICY);
		assertThat(this.user.isLockedAt(T0.plusSeconds(2))).isFalse();
		assertThat(this.user.canLogInAt(T0.plusSeconds(2))).isTrue();
	}

	@Test
	void reachingTheLimitLocksForThePolicysDuration() {
		fail(3, T0);
		assertThat(this.user.isLockedAt(T0.plus(Duration.ofMinutes(14)))).isTrue();
		assertThat(this.user.canLogInAt(T0.plus(Duration.ofMinutes(14)))).isFalse();
		assertThat(this.user.isLockedAt(T0.plus(Duration.ofMinutes(15)))).isFalse();
	}

	@Test
	void failuresWhileLockedDoNotExtendTheLock() {
		fail(3, T0);
		fail(10, T0.plus(Duration.ofMinutes(10)));
		assertThat(this.user.getLockedUntil()).isEqualTo(T0.plus(Duration.ofMinutes(15)));
	}

	@Test
	void aSuccessfulLoginResetsTheCount() {
		fail(2, T0);
		this.user.recordInteractiveLogin(T0.plusSeconds(5));
		fail(2, T0.plusSeconds(6));
		assertThat(this.user.isLockedAt(T0.plusSeconds(7))).isFalse();
		assertThat(this.user.getLastLoginAt()).isEqualTo(T0.plusSeconds(5));
	}

	@Test
	void onlyFailuresOrALockGiveASuccessfulLoginSomethingToClear() {
		assertThat(this.user.hasFailedLoginsOnRecord()).isFalse();
		fail(1, T0);
		assertThat(this.user.hasFailedLoginsOnRecord()).isTrue();
		this.user.clearFailedLogins();
		assertThat(this.user.hasFailedLoginsOnRecord()).isFalse();
		assertThat(this.user.getLastLoginAt()).isNull();
	}

	@Test
	void usernamesAreCanonicalLowerCase() {
		assertThat(User.canonicalUsername("  Rep.Zhang ")).isEqualTo("rep.zhang");
		assertThat(new User("Manager.South", "王经理", "{noop}x", Role.ADMIN, null, T0).getUsername())
			.isEqualTo("manager.south");
	}

	@Test
	void repsAndManagersMustBelongToATeam() {
		org.assertj.core.api.Assertions.assertThatExceptionOfType(com.kacrm.domain.shared.ChangeRejected.class)
			.isThrownBy(() -> new User("rep.x", "x", "{noop}x", Role.REP, null, T0))
			.satisfies((ex) -> assertThat(ex.violations()).extracting("field").containsExactly("teamCode"));
	}

	@Test
	void onlyAManagerCanManageATeam() {
		Team team = this.user.getTeam();
		org.assertj.core.api.Assertions.assertThatExceptionOfType(com.kacrm.domain.shared.ChangeRejected.class)
			.isThrownBy(() -> team.appointManager(this.user));
	}

	private void fail(int times, Instant at) {
		for (int i = 0; i < times; i++) {
			this.user.recordFailedLogin(at, POLICY);
		}
	}

}
