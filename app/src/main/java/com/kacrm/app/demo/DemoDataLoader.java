package com.kacrm.app.demo;

import java.util.List;

import com.kacrm.domain.organisation.Role;
import com.kacrm.domain.shared.LocalizedName;
import com.kacrm.persistence.organisation.NewUser;
import com.kacrm.persistence.organisation.OrganisationService;
import com.kacrm.web.shared.DemoMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Loads the demo organisation in demo mode: teams 华南 (region 深圳, SZ) and 华东 (region 上海,
 * SH), an admin, a manager per team and three reps, all with the password
 * {@value #PASSWORD}. Idempotent: whatever already exists is left as it is, so restarts
 * and edits made through the application survive. Later features add their demo records
 * here.
 */
@Component
@Order(0)
class DemoDataLoader implements ApplicationRunner {

	static final String PASSWORD = "demo1234";

	private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

	private static final List<DemoRegion> REGIONS = List.of(new DemoRegion("SZ", "深圳", "Shenzhen"),
			new DemoRegion("SH", "上海", "Shanghai"));

	private static final List<DemoTeam> TEAMS = List.of(new DemoTeam("SZ", "华南", "South China", "SZ"),
			new DemoTeam("SH", "华东", "East China", "SH"));

	static final List<DemoUser> USERS = List.of(new DemoUser("admin", "系统管理员", Role.ADMIN, null),
			new DemoUser("manager.south", "陈志强", Role.MANAGER, "SZ"),
			new DemoUser("manager.east", "刘建国", Role.MANAGER, "SH"), new DemoUser("rep.zhang", "张伟", Role.REP, "SZ"),
			new DemoUser("rep.li", "李娜", Role.REP, "SZ"), new DemoUser("rep.wang", "王强", Role.REP, "SH"));

	private final DemoMode demoMode;

	private final OrganisationService organisation;

	private final PasswordEncoder passwordEncoder;

	DemoDataLoader(DemoMode demoMode, OrganisationService organisation, PasswordEncoder passwordEncoder) {
		this.demoMode = demoMode;
		this.organisation = organisation;
		this.passwordEncoder = passwordEncoder;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.demoMode.enabled()) {
			return;
		}
		REGIONS.stream()
			.filter((region) -> !this.organisation.regionExists(region.code()))
			.forEach((region) -> this.organisation.createRegion(region.code(),
					new LocalizedName(region.zh(), region.en())));
		TEAMS.stream()
			.filter((team) -> !this.organisation.teamExists(team.code()))
			.forEach((team) -> this.organisation.createTeam(team.code(), new LocalizedName(team.zh(), team.en()),
					team.regionCode()));
		int created = 0;
		for (DemoUser user : USERS) {
			if (this.organisation.userExists(user.username())) {
				continue;
			}
			this.organisation.createUser(new NewUser(user.username(), user.displayName(),
					this.passwordEncoder.encode(PASSWORD), user.role(), user.teamCode()));
			created++;
		}
		// Apart from the users, so a run interrupted between the two still ends with each
		// team managed.
		USERS.stream()
			.filter((user) -> user.role() == Role.MANAGER && !this.organisation.teamHasManager(user.teamCode()))
			.forEach((user) -> this.organisation.appointManager(user.teamCode(), user.username()));
		log.warn("Demo mode: {} demo users created, {} already present. Their password {} is public: "
				+ "never use demo mode for real customer data.", created, USERS.size() - created, PASSWORD);
	}

	private record DemoRegion(String code, String zh, String en) {
	}

	private record DemoTeam(String code, String zh, String en, String regionCode) {
	}

	record DemoUser(String username, String displayName, Role role, String teamCode) {
	}

}
