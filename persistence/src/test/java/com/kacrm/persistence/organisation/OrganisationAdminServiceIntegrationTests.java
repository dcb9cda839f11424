package com.kacrm.persistence.organisation;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import com.kacrm.domain.history.HistorySubject;
import com.kacrm.domain.organisation.Role;
import com.kacrm.domain.shared.Actor;
import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.persistence.history.HistoryRow;
import com.kacrm.persistence.history.HistoryService;
import com.kacrm.persistence.shared.ConcurrentEditException;
import com.kacrm.persistence.test.PersistenceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Admin maintenance of regions, teams and users on the real database: refusals next to
 * the fields, optimistic locking, history without passwords, and the event that ends a
 * user's sessions. Each test is rolled back.
 */
@PersistenceTest
@RecordApplicationEvents
class OrganisationAdminServiceIntegrationTests {

	static final Actor ADMIN = new Actor(null, "测试管理员");

	static final PasswordHasher HASHER = (raw) -> "{test}" + new StringBuilder(raw).reverse();

	@Autowired
	OrganisationAdminService admin;

	@Autowired
	LoginService logins;

	@Autowired
	HistoryService history;

	@Autowired
	ApplicationEvents events;

	String region;

	String team;

	@BeforeEach
	void createRegionAndTeam() {
		this.region = this.admin.createRegion(new RegionDraft(code("R"), "测试区域", "Test region"), ADMIN);
		this.team = this.admin.createTeam(new TeamDraft(code("T"), "测试团队", null, this.region), ADMIN);
	}

	@Test
	void regionsAreListedWithTheirTeamsAndTheCreationIsInTheirHistory() {
		assertThat(this.admin.regionsWithTeams()).filteredOn((r) -> r.code().equals(this.region))
			.singleElement()
			.satisfies((r) -> assertThat(r.teams()).extracting(TeamRow::code).containsExactly(this.team));
		RegionRow region = this.admin.region(this.region);
		assertThat(fields("REGION", region.id())).contains("region.code", "region.nameZh", "region.nameEn");
		TeamRow team = this.admin.team(this.team);
		assertThat(fields("TEAM", team.id())).contains("team.code", "team.nameZh", "team.region")
			.doesNotContain("team.nameEn");
	}

	@Test
	void aCodeInUseIsRefusedNextToTheCodeField() {
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> this.admin.createRegion(new RegionDraft(this.region.toLowerCase(), "重复", null), ADMIN))
			.satisfies((ex) -> assertThat(ex.violations()).singleElement().satisfies((v) -> {
				assertThat(v.field()).isEqualTo("code");
				assertThat(v.messageKey()).isEqualTo("organisation.code.duplicate");
			}));
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> this.admin.createTeam(new TeamDraft(this.team, "重复", null, this.region), ADMIN))
			.satisfies((ex) -> assertThat(ex.violations()).extracting("field").containsExactly("code"));
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> this.admin.createTeam(new TeamDraft(code("T"), "无区域", null, "NOPE"), ADMIN))
			.satisfies((ex) -> assertThat(ex.violations()).extracting("field").containsExactly("regionCode"));
	}

	@Test
	void aTeamGetsAManagerOfItsOwnAndIsRenamedMovedAndDismissed() {
		String otherRegion = this.admin.createRegion(new RegionDraft(code("R"), "另一区域", null), ADMIN);
		String manager = createUser(Role.MANAGER, this.team);
		TeamRow before = this.admin.team(this.team);
		this.admin.updateTeam(this.team, new TeamChange("新团队名", "New name", otherRegion, manager), before.version(),
				ADMIN);
		TeamRow after = this.admin.team(this.team);
		assertThat(after.managerUsername()).isEqualTo(manager);
		assertThat(after.regionCode()).isEqualTo(otherRegion);
		assertThat(after.name().en()).isEqualTo("New name");
		assertThat(historyOf("TEAM", after.id())).filteredOn((row) -> row.field().equals("team.manager"))
			.singleElement()
			.satisfies((row) -> assertThat(row.newValue()).isEqualTo(manager));
		this.admin.updateTeam(this.team, new TeamChange("新团队名", "New name", otherRegion, ""), after.version(), ADMIN);
		assertThat(this.admin.team(this.team).managerUsername()).isNull();
	}

	@Test
	void aManagerOfAnotherTeamOrARepCannotManageTheTeam() {
		String otherTeam = this.admin.createTeam(new TeamDraft(code("T"), "另一团队", null, this.region), ADMIN);
		String outsider = createUser(Role.MANAGER, otherTeam);
		String rep = createUser(Role.REP, this.team);
		long version = this.admin.team(this.team).version();
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> this.admin.updateTeam(this.team, new TeamChange("测试团队", null, this.region, outsider),
					version, ADMIN))
			.satisfies((ex) -> assertThat(ex.violations()).extracting("messageKey")
				.containsExactly("team.manager.notInTeam"));
		assertThatExceptionOfType(ChangeRejected.class).isThrownBy(
				() -> this.admin.updateTeam(this.team, new TeamChange("测试团队", null, this.region, rep), version, ADMIN))
			.satisfies((ex) -> assertThat(ex.violations()).extracting("field").containsExactly("managerUsername"));
	}

	@Test
	void anEditBasedOnAnOldVersionIsRefused() {
		long version = this.admin.team(this.team).version();
		assertThatExceptionOfType(ConcurrentEditException.class).isThrownBy(() -> this.admin.updateTeam(this.team,
				new TeamChange("过期", null, this.region, null), version + 1, ADMIN));
		Long user = this.admin.user(idOf(createUser(Role.REP, this.team))).id();
		long userVersion = this.admin.user(user).version();
		assertThatExceptionOfType(ConcurrentEditException.class).isThrownBy(() -> this.admin.updateUser(user,
				new UserChange("过期", Role.REP, this.team, null), userVersion + 1, ADMIN));
	}

	@Test
	void aNewUserCanLogInWithTheHashedPasswordAndTheHistoryHoldsNoHash() {
		String username = unique("new.user");
		Long id = this.admin.createUser(
				new UserDraft(" " + username.toUpperCase() + " ", "新用户", Role.REP, this.team, "en"), "secret-123",
				HASHER, ADMIN);
		assertThat(this.logins.findLoginAccount(username)).hasValueSatisfying((account) -> {
			assertThat(account.passwordHash()).isEqualTo(HASHER.hash("secret-123"));
			assertThat(account.preferredLocale()).isEqualTo("en");
			assertThat(account.teamCode()).isEqualTo(this.team);
		});
		List<HistoryRow> rows = historyOf("USER", id);
		assertThat(rows).extracting(HistoryRow::field)
			.contains("user.username", "user.role", "user.team", "user.preferredLocale", "user.password");
		assertThat(rows).allSatisfy((row) -> assertThat(row.newValue()).doesNotContain("{test}", "secret"));
	}

	@Test
	void aUsernameInUseAndAShortPasswordAreRefusedNextToTheirFields() {
		String username = createUser(Role.REP, this.team);
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> this.admin.createUser(new UserDraft(username, "重名", Role.REP, this.team, null), "short",
					HASHER, ADMIN))
			.satisfies((ex) -> assertThat(ex.violations()).extracting("field").containsExactly("username", "password"));
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> this.admin.createUser(new UserDraft(unique("no.team"), "无团队", Role.REP, null, null),
					"long-enough", HASHER, ADMIN))
			.satisfies((ex) -> assertThat(ex.violations()).extracting("field").containsExactly("teamCode"));
	}

	@Test
	void theUserListFiltersByRoleTeamStatusAndName() {
		String rep = createUser(Role.REP, this.team);
		String manager = createUser(Role.MANAGER, this.team);
		this.admin.disableUser(idOf(manager), ADMIN);
		assertThat(usernames(new UserFilter(null, this.team, null, null))).containsExactly(manager, rep);
		assertThat(usernames(new UserFilter(Role.REP, this.team, null, null))).containsExactly(rep);
		assertThat(usernames(new UserFilter(null, this.team, false, null))).containsExactly(manager);
		assertThat(usernames(new UserFilter(null, null, null, rep.toUpperCase()))).containsExactly(rep);
		assertThat(usernames(new UserFilter(null, null, null, "测试用户 " + rep))).containsExactly(rep);
		assertThat(usernames(new UserFilter(null, this.team, null, "%"))).isEmpty();
	}

	@Test
	void disablingAUserEndsTheirAccessAndIsRecorded() {
		String username = createUser(Role.REP, this.team);
		Long id = idOf(username);
		this.admin.disableUser(id, ADMIN);
		assertThat(this.logins.findLoginAccount(username))
			.hasValueSatisfying((account) -> assertThat(account.enabled()).isFalse());
		assertThat(this.events.stream(UserAccessChanged.class)).containsExactly(new UserAccessChanged(username));
		this.admin.enableUser(id, ADMIN);
		assertThat(this.admin.user(id).enabled()).isTrue();
		assertThat(historyOf("USER", id)).filteredOn((row) -> row.field().equals("user.enabled"))
			.extracting(HistoryRow::newValue)
			.containsExactly("true", "false");
	}

	@Test
	void nobodyCanDisableThemselves() {
		Long id = idOf(createUser(Role.ADMIN, null));
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> this.admin.disableUser(id, new Actor(id, "自己")))
			.satisfies(
					(ex) -> assertThat(ex.violations()).extracting("messageKey").containsExactly("user.disable.self"));
		assertThat(this.admin.user(id).enabled()).isTrue();
	}

	@Test
	void aPasswordResetEndsTheSessionsAndKeepsThePasswordOutOfTheHistory() {
		String username = createUser(Role.REP, this.team);
		Long id = idOf(username);
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> this.admin.resetPassword(id, "1234567", HASHER, ADMIN))
			.satisfies((ex) -> assertThat(ex.violations()).extracting("field").containsExactly("password"));
		this.admin.resetPassword(id, "brand-new-password", HASHER, ADMIN);
		assertThat(this.admin.user(id).locked()).isFalse();
		assertThat(this.logins.findLoginAccount(username))
			.hasValueSatisfying((a) -> assertThat(a.passwordHash()).isEqualTo(HASHER.hash("brand-new-password")));
		assertThat(this.events.stream(UserAccessChanged.class)).containsExactly(new UserAccessChanged(username));
		assertThat(historyOf("USER", id)).filteredOn((row) -> row.field().equals("user.password"))
			.extracting(HistoryRow::newValue)
			.containsOnly(OrganisationAdminService.PASSWORD_MASK);
	}

	@Test
	void aRoleChangeEndsTheSessionsButAnAppointedManagerStaysAManager() {
		String username = createUser(Role.REP, this.team);
		Long id = idOf(username);
		this.admin.updateUser(id, new UserChange("改名", Role.REP, this.team, "zh_CN"), this.admin.user(id).version(),
				ADMIN);
		assertThat(this.events.stream(UserAccessChanged.class)).isEmpty();
		this.admin.updateUser(id, new UserChange("改名", Role.MANAGER, this.team, "zh_CN"), this.admin.user(id).version(),
				ADMIN);
		assertThat(this.events.stream(UserAccessChanged.class)).containsExactly(new UserAccessChanged(username));
		this.admin.updateTeam(this.team, new TeamChange("测试团队", null, this.region, username),
				this.admin.team(this.team).version(), ADMIN);
		long version = this.admin.user(id).version();
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(
					() -> this.admin.updateUser(id, new UserChange("改名", Role.REP, this.team, null), version, ADMIN))
			.satisfies((ex) -> assertThat(ex.violations()).extracting("messageKey")
				.containsExactly("user.role.stillManager"));
		assertThat(historyOf("USER", id)).extracting(HistoryRow::field).contains("user.displayName", "user.role");
	}

	@Test
	void aRegionOrTeamNameInUseIsRefusedNextToTheNameField() {
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> this.admin.createRegion(new RegionDraft(code("R"), "测试区域", null), ADMIN))
			.satisfies((ex) -> assertThat(ex.violations()).extracting("field", "messageKey")
				.containsExactly(org.assertj.core.groups.Tuple.tuple("nameZh", "organisation.name.duplicate")));
		String other = this.admin.createTeam(new TeamDraft(code("T"), "另一团队", null, this.region), ADMIN);
		long version = this.admin.team(other).version();
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(
					() -> this.admin.updateTeam(other, new TeamChange("测试团队", null, this.region, null), version, ADMIN))
			.satisfies((ex) -> assertThat(ex.violations()).extracting("field").containsExactly("nameZh"));
		assertThat(this.admin.team(other).name().zh()).isEqualTo("另一团队");
	}

	@Test
	void anAdminCannotTakeAwayTheirOwnAdminRole() {
		String username = unique("admin");
		Long id = this.admin.createUser(new UserDraft(username, "另一管理员", Role.ADMIN, null, null), "password-1", HASHER,
				ADMIN);
		Actor self = new Actor(id, "另一管理员");
		long version = this.admin.user(id).version();
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(
					() -> this.admin.updateUser(id, new UserChange("另一管理员", Role.REP, this.team, null), version, self))
			.satisfies((ex) -> assertThat(ex.violations()).extracting("messageKey").contains("user.role.selfDemotion"));
		assertThat(this.admin.user(id).role()).isEqualTo(Role.ADMIN);
	}

	@Test
	void aTeamsManagerIsNotDisabledUntilReplaced() {
		String manager = createUser(Role.MANAGER, this.team);
		this.admin.updateTeam(this.team, new TeamChange("测试团队", null, this.region, manager),
				this.admin.team(this.team).version(), ADMIN);
		assertThatExceptionOfType(ChangeRejected.class).isThrownBy(() -> this.admin.disableUser(idOf(manager), ADMIN))
			.satisfies((ex) -> assertThat(ex.violations()).extracting("messageKey")
				.containsExactly("user.disable.stillManager"));
		assertThat(this.admin.user(idOf(manager)).enabled()).isTrue();
	}

	private String createUser(Role role, String teamCode) {
		String username = unique(role.name().toLowerCase());
		this.admin.createUser(new UserDraft(username, "测试用户 " + username, role, teamCode, null), "password-1", HASHER,
				ADMIN);
		return username;
	}

	private Long idOf(String username) {
		return this.logins.findLoginAccount(username).orElseThrow().id();
	}

	private List<String> usernames(UserFilter filter) {
		return this.admin.users(filter, PageRequest.of(0, 50)).map(UserRow::username).getContent();
	}

	private List<HistoryRow> historyOf(String type, Long id) {
		return this.history.historyOf(new HistorySubject(type, id), PageRequest.of(0, 100)).getContent();
	}

	private List<String> fields(String type, Long id) {
		return historyOf(type, id).stream().map(HistoryRow::field).toList();
	}

	private static String unique(String prefix) {
		return prefix + "." + System.nanoTime();
	}

	private static String code(String prefix) {
		return prefix
				+ Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36 * 36 * 36), 36).toUpperCase();
	}

}
