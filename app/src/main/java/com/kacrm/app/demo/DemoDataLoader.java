package com.kacrm.app.demo;

import java.math.BigDecimal;
import java.util.List;

import com.kacrm.domain.organisation.Role;
import com.kacrm.domain.shared.Actor;
import com.kacrm.domain.shared.LocalizedName;
import com.kacrm.persistence.account.AccountService;
import com.kacrm.persistence.account.NewAccount;
import com.kacrm.persistence.lead.LeadService;
import com.kacrm.persistence.lead.NewLead;
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
 * and edits made through the application survive. Accounts and leads of both regions are
 * added to an installation that has none.
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

	/**
	 * Accounts of both teams. With the manual's criteria (tier A from 50 000 万元 revenue),
	 * 东莞恒通 and 苏州铁路装备 are tier B; lowering the threshold to 40 000 moves them to A.
	 */
	static final List<NewAccount> ACCOUNTS = List.of(
			new NewAccount("深圳华鹏汽车配件有限公司", "SZ", "rep.zhang", "AUTO_PARTS", 8, amount(120000), amount(2600)),
			new NewAccount("东莞恒通散热器股份有限公司", "SZ", "rep.zhang", "RADIATORS", 15, amount(42000), amount(800)),
			new NewAccount("惠州美达家电集团", "SZ", "rep.li", "HOME_APPLIANCES", 35, amount(30000), amount(450)),
			new NewAccount("深圳精工钣金有限公司", "SZ", "rep.li", "SHEET_METAL", 120, amount(8000), amount(120)),
			new NewAccount("佛山顺达链条厂", "SZ", null, "CHAINS", null, amount(1200), null),
			new NewAccount("上海远航航空航天科技股份有限公司", "SH", "rep.wang", "AEROSPACE", 5, amount(260000), amount(5200)),
			new NewAccount("苏州铁路装备有限公司", "SH", "rep.wang", "RAILWAY", 22, amount(45000), amount(600)),
			new NewAccount("宁波海天钢桶制造有限公司", "SH", "rep.wang", "STEEL_DRUMS", 80, amount(6000), amount(90)),
			new NewAccount("杭州欧雅家具有限公司", "SH", null, "FURNITURE", null, amount(900), null));

	/** Open leads of both regions; 珠海 and 无锡 move to tier A with the same change. */
	static final List<NewLead> LEADS = List.of(
			new NewLead("珠海新能源汽车配件有限公司", "SZ", "SZ", "AUTO_PARTS", 12, amount(41000)),
			new NewLead("中山华星电工器材有限公司", "SZ", null, "ELECTRICAL", 60, amount(3000)),
			new NewLead("无锡宏达散热器有限公司", "SH", "SH", "RADIATORS", 30, amount(48000)),
			new NewLead("南京金丰铁线制品厂", "SH", null, "WIRE_PRODUCTS", null, amount(500)));

	private static final Actor DEMO = Actor.system("演示数据");

	private final DemoMode demoMode;

	private final OrganisationService organisation;

	private final PasswordEncoder passwordEncoder;

	private final AccountService accounts;

	private final LeadService leads;

	DemoDataLoader(DemoMode demoMode, OrganisationService organisation, PasswordEncoder passwordEncoder,
			AccountService accounts, LeadService leads) {
		this.demoMode = demoMode;
		this.organisation = organisation;
		this.passwordEncoder = passwordEncoder;
		this.accounts = accounts;
		this.leads = leads;
	}

	private static BigDecimal amount(long wan) {
		return BigDecimal.valueOf(wan);
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
		// Customers only into an installation without any, so records users changed or
		// added are never duplicated.
		if (this.accounts.count() == 0) {
			ACCOUNTS.forEach((account) -> this.accounts.create(account, DEMO));
		}
		if (this.leads.count() == 0) {
			LEADS.forEach((lead) -> this.leads.register(lead, DEMO));
		}
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
