package com.kacrm.domain.organisation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.kacrm.domain.shared.Actor;
import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.domain.shared.LocalizedName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.tuple;

class UserAdministrationTests {

	static final Instant T0 = Instant.parse("2026-11-22T08:00:00Z");

	static final Actor ADMIN = new Actor(99L, "管理员");

	final Region shenzhen = new Region("SZ", new LocalizedName("深圳", "Shenzhen"));

	final Team south = new Team("SZ", new LocalizedName("华南", "South China"), this.shenzhen);

	final Team north = new Team("BJ", new LocalizedName("华北", "North China"), this.shenzhen);

	final User rep = new User("rep.zhang", "张伟", "{noop}x", Role.REP, this.south, T0);

	@Test
	void theProfileTakesOnlySupportedLanguages() {
		this.rep.changeProfile(" 张伟伟 ", "en");
		assertThat(this.rep.getDisplayName()).isEqualTo("张伟伟");
		assertThat(this.rep.getPreferredLocale()).isEqualTo("en");
		this.rep.changeProfile("张伟", " ");
		assertThat(this.rep.getPreferredLocale()).isNull();
		assertThatExceptionOfType(ChangeRejected.class).isThrownBy(() -> this.rep.changeProfile("", "fr"))
			.satisfies((ex) -> assertThat(ex.violations()).extracting("field")
				.containsExactly("displayName", "preferredLocale"));
		assertThat(this.rep.getDisplayName()).isEqualTo("张伟");
	}

	@Test
	void theEMailAddressIsOptionalButMustLookLikeOne() {
		assertThat(this.rep.hasEmail()).isFalse();
		this.rep.changeProfile("张伟", "en", " rep.zhang@example.com ");
		assertThat(this.rep.getEmail()).isEqualTo("rep.zhang@example.com");
		assertThat(this.rep.hasEmail()).isTrue();
		this.rep.changeProfile("张伟伟", null);
		assertThat(this.rep.getEmail()).as("a change of name keeps the address").isEqualTo("rep.zhang@example.com");
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> this.rep.changeProfile("", "en", "rep.zhang(at)example"))
			.satisfies((ex) -> assertThat(ex.violations()).extracting("field", "messageKey")
				.containsExactly(tuple("displayName", "user.displayName.required"),
						tuple("email", "form.emailFormat")));
		assertThat(this.rep.getEmail()).isEqualTo("rep.zhang@example.com");
		this.rep.changeProfile("张伟", null, " ");
		assertThat(this.rep.hasEmail()).isFalse();
	}

	@Test
	void repsAndManagersNeedATeamAdminsDoNot() {
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> this.rep.changeRole(Role.MANAGER, null, List.of(), ADMIN))
			.satisfies(
					(ex) -> assertThat(ex.violations()).extracting("messageKey").containsExactly("user.team.required"));
		this.rep.changeRole(Role.ADMIN, null, List.of(), ADMIN);
		assertThat(this.rep.getRole()).isEqualTo(Role.ADMIN);
		assertThat(this.rep.getTeam()).isNull();
	}

	@Test
	void anAppointedManagerCannotBecomeARepOrLeaveTheirTeam() {
		User manager = new User("manager.south", "陈志强", "{noop}x", Role.MANAGER, this.south, T0);
		this.south.appointManager(manager);
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> manager.changeRole(Role.REP, this.south, List.of(this.south), ADMIN))
			.satisfies((ex) -> assertThat(ex.violations()).singleElement().satisfies((v) -> {
				assertThat(v.field()).isEqualTo("role");
				assertThat(v.messageKey()).isEqualTo("user.role.stillManager");
				assertThat(v.arguments()).containsExactly("SZ");
			}));
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> manager.changeRole(Role.MANAGER, this.north, List.of(this.south), ADMIN))
			.satisfies((ex) -> assertThat(ex.violations()).extracting("field").containsExactly("teamCode"));
		assertThat(manager.getRole()).isEqualTo(Role.MANAGER);
		assertThat(manager.getTeam()).isSameAs(this.south);
		this.south.dismissManager();
		manager.changeRole(Role.REP, this.north, List.of(), ADMIN);
		assertThat(manager.getRole()).isEqualTo(Role.REP);
	}

	@Test
	void aDisabledUserCannotLogInUntilEnabled() {
		this.rep.disable(new Actor(99L, "管理员"), List.of());
		assertThat(this.rep.isEnabled()).isFalse();
		assertThat(this.rep.canLogInAt(T0)).isFalse();
		this.rep.enable();
		assertThat(this.rep.canLogInAt(T0)).isTrue();
	}

	@Test
	void aTeamsManagerIsReplacedBeforeTheyCanBeDisabled() {
		assertThatExceptionOfType(ChangeRejected.class).isThrownBy(() -> this.rep.disable(ADMIN, List.of(this.south)))
			.satisfies((ex) -> assertThat(ex.violations().get(0).messageKey()).isEqualTo("user.disable.stillManager"));
		assertThat(this.rep.isEnabled()).isTrue();
	}

	@Test
	void theSystemMayDisableUsersWithoutAnId() {
		assertThatNoException().isThrownBy(() -> this.rep.disable(Actor.system("test"), List.of()));
	}

	@Test
	void aPasswordResetReplacesTheHashAndEndsALock() {
		LoginLockoutPolicy policy = new LoginLockoutPolicy(1, Duration.ofHours(1));
		this.rep.recordFailedLogin(T0, policy);
		assertThat(this.rep.isLockedAt(T0.plusSeconds(1))).isTrue();
		this.rep.resetPassword("{noop}new-password");
		assertThat(this.rep.getPasswordHash()).isEqualTo("{noop}new-password");
		assertThat(this.rep.isLockedAt(T0.plusSeconds(1))).isFalse();
	}

	@Test
	void newPasswordsNeedEightToOneHundredTwentyEightCharacters() {
		assertThatExceptionOfType(ChangeRejected.class).isThrownBy(() -> User.checkNewPassword("1234567"))
			.satisfies((ex) -> assertThat(ex.violations()).singleElement().satisfies((v) -> {
				assertThat(v.field()).isEqualTo("password");
				assertThat(v.arguments()).containsExactly(8);
			}));
		assertThatExceptionOfType(ChangeRejected.class).isThrownBy(() -> User.checkNewPassword("x".repeat(129)));
		assertThatNoException().isThrownBy(() -> User.checkNewPassword("12345678"));
	}

	@Test
	void invalidUsernamesAndMissingNamesAreRefusedNextToTheirFields() {
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> new User("张 伟", " ", "{noop}x", Role.REP, this.south, T0))
			.satisfies(
					(ex) -> assertThat(ex.violations()).extracting("field").containsExactly("username", "displayName"));
	}

}
