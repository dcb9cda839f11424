package com.kacrm.app.demo;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
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

	static final List<DemoUser> USERS = List.of(new DemoUser("admin", "系统管理员", Role.ADMIN, null, "admin@example.com"),
			new DemoUser("manager.south", "陈志强", Role.MANAGER, "SZ", "manager.south@example.com"),
			new DemoUser("manager.east", "刘建国", Role.MANAGER, "SH", "manager.east@example.com"),
			new DemoUser("rep.zhang", "张伟", Role.REP, "SZ", "rep.zhang@example.com"),
			new DemoUser("rep.li", "李娜", Role.REP, "SZ", "rep.li@example.com"),
			new DemoUser("rep.wang", "王强", Role.REP, "SH", "rep.wang@example.com"));

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
			new NewAccount("杭州欧雅家具有限公司", "SH", null, "FURNITURE", null, amount(900), null),
			// Small customers followed by phone (C and D), so each team's cadence list
			// has
			// overdue accounts besides the ones in time.
			new NewAccount("中山永利电工器材有限公司", "SZ", "rep.li", "ELECTRICAL", 90, amount(5500), amount(60)),
			new NewAccount("江门新会钢桶厂", "SZ", "rep.zhang", "STEEL_DRUMS", null, amount(2000), amount(25)),
			new NewAccount("常州恒力链条有限公司", "SH", "rep.wang", "CHAINS", null, amount(1500), amount(20)),
			new NewAccount("嘉兴华丰家电配件有限公司", "SH", "rep.wang", "HOME_APPLIANCES", 140, amount(7000), amount(80)));

	/**
	 * Leads of both regions, registered over the last months by reps, managers and the
	 * admin (as the information officer of the manual), across all classes and sources.
	 * 珠海 and 无锡 move to tier A when the criteria's A revenue drops to 40 000; three names
	 * repeat an account or another lead under another spelling, to show 查重.
	 */
	static final List<DemoLead> LEADS = List.of(
			lead("rep.zhang", 3, "珠海新能源汽车配件有限公司", "SZ", "AUTO_PARTS", 12, 41000, "INTERNET_PROJECT_SITES"),
			lead("rep.zhang", 5, "中山华星电工器材有限公司", "SZ", "ELECTRICAL", 60, 3000, "MEDIA_TRADE_PRESS"),
			lead("rep.wang", 4, "无锡宏达散热器有限公司", "SH", "RADIATORS", 30, 48000, "CUSTOMER_REFERRAL"),
			lead("manager.east", 6, "南京金丰铁线制品厂", "SH", "WIRE_PRODUCTS", null, 500, "ANNUAL_REPORTS"),
			lead("admin", 7, "深圳比特汽车电子股份有限公司", "SZ", "AUTO_PARTS", 6, 88000, "INTERNET_INDUSTRY_NEWS"),
			lead("admin", 8, "广州穗航航空部件有限公司", "SZ", "AEROSPACE", 18, 26000, "MEDIA_TRADE_MAGAZINES"),
			lead("admin", 9, "东莞长盛钣金制品有限公司", "SZ", "SHEET_METAL", 75, 6500, "INTERNET_SEARCH"),
			lead("admin", 10, "佛山金链机械有限公司", "SZ", "CHAINS", null, 800, "MEDIA_LOCAL_PAPERS"),
			lead("admin", 12, "深圳安驰整车制造有限公司", "SZ", "VEHICLES", 40, 52000, "PEER_OTHER_VENDORS"),
			lead("manager.south", 14, "江门华美家电有限公司", "SZ", "HOME_APPLIANCES", 45, 15000, "CUSTOMER_PROJECT_LIST"),
			lead("manager.south", 15, "惠州德胜电工器材厂", "SZ", "ELECTRICAL", 150, 2200, "CUSTOMER_NEW_INTRO"),
			lead("rep.li", 16, "深圳市宝利来家具有限公司", "SZ", "FURNITURE", null, 1500, "INTERNET_CUSTOMER_SITES"),
			lead("rep.li", 18, "汕头铁路配件有限公司", "SZ", "RAILWAY", 33, 9000, "ANNUAL_REPORTS"),
			lead("rep.zhang", 20, "深圳华鹏汽车配件", "SZ", "AUTO_PARTS", 8, 120000, "CUSTOMER_REFERRAL"),
			lead("rep.li", 22, "珠海粤通钢桶有限公司", "SZ", "STEEL_DRUMS", 90, 4800, "MEDIA_TRADE_PRESS"),
			lead("admin", 25, "深圳飞宇航天材料股份有限公司", "SZ", "AEROSPACE", 9, 64000, "INTERNET_PROJECT_SITES"),
			lead("admin", 27, "肇庆恒昌散热器有限公司", "SZ", "RADIATORS", 55, 7000, "PEER"),
			lead("admin", 30, "韶关永发链条厂", "SZ", "CHAINS", null, 300, "MEDIA"),
			lead("rep.zhang", 33, "中山华星电工器材（集团）", "SZ", "ELECTRICAL", 60, 3100, "CUSTOMER"),
			lead("admin", 36, "清远美家家具制造有限公司", "SZ", "FURNITURE", 200, 1200, "INTERNET"),
			lead("rep.wang", 2, "上海申通汽车零部件有限公司", "SH", "AUTO_PARTS", 20, 36000, "INTERNET_SEARCH"),
			lead("rep.wang", 5, "苏州工业园区精密钣金有限公司", "SH", "SHEET_METAL", 110, 5200, "MEDIA_LOCAL_PAPERS"),
			lead("manager.east", 8, "杭州东方航空设备股份有限公司", "SH", "AEROSPACE", 11, 71000, "ANNUAL_REPORTS"),
			lead("manager.east", 11, "宁波北仑钢桶有限公司", "SH", "STEEL_DRUMS", 48, 12000, "CUSTOMER_REFERRAL"),
			lead("admin", 13, "合肥江淮整车配套有限公司", "SH", "VEHICLES", 28, 38000, "INTERNET_INDUSTRY_NEWS"),
			lead("admin", 17, "常州新泰电工器材有限公司", "SH", "ELECTRICAL", 70, 4100, "MEDIA_TRADE_MAGAZINES"),
			lead("admin", 19, "嘉兴美乐家电集团", "SH", "HOME_APPLIANCES", 38, 22000, "CUSTOMER_NEW_INTRO"),
			lead("admin", 21, "温州瓯江链条有限公司", "SH", "CHAINS", null, 650, "PEER_OTHER_VENDORS"),
			lead("rep.wang", 24, "南通铁路车辆配件有限公司", "SH", "RAILWAY", 26, 18000, "CUSTOMER_PROJECT_LIST"),
			lead("admin", 26, "扬州金属线材制品厂", "SH", "WIRE_PRODUCTS", 300, 900, "INTERNET_CUSTOMER_SITES"),
			lead("admin", 29, "无锡宏达散热器(集团)有限公司", "SH", "RADIATORS", null, 48000, "MEDIA_TRADE_PRESS"),
			lead("manager.east", 31, "绍兴华艺家具有限公司", "SH", "FURNITURE", null, 2600, "MEDIA"),
			lead("rep.wang", 34, "上海浦江散热器制造有限公司", "SH", "RADIATORS", 16, 30000, "INTERNET_PROJECT_SITES"),
			lead("admin", 38, "昆山精诚汽车配件有限公司", "SH", "AUTO_PARTS", 52, 5600, "CUSTOMER"));

	private static DemoLead lead(String registrant, int daysAgo, String name, String regionCode, String industryCode,
			Integer rank, long revenue, String sourceCode) {
		return new DemoLead(registrant, daysAgo, new NewLead(name, regionCode, industryCode, rank, amount(revenue),
				null, null, sourceCode, null, null, null, null));
	}

	private static final Actor DEMO = Actor.system("演示数据");

	private final DemoMode demoMode;

	private final OrganisationService organisation;

	private final PasswordEncoder passwordEncoder;

	private final AccountService accounts;

	private final LeadService leads;

	private final DemoAccountFileWriter accountFiles;

	private final DemoOpportunityWriter opportunities;

	private final DemoActivities activities;

	DemoDataLoader(DemoMode demoMode, OrganisationService organisation, PasswordEncoder passwordEncoder,
			AccountService accounts, LeadService leads, DemoAccountFileWriter accountFiles,
			DemoOpportunityWriter opportunities, DemoActivities activities) {
		this.activities = activities;
		this.accountFiles = accountFiles;
		this.opportunities = opportunities;
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
		long started = System.nanoTime();
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
					this.passwordEncoder.encode(PASSWORD), user.role(), user.teamCode(), user.email()));
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
		this.accountFiles.writeAll();
		if (this.leads.count() == 0) {
			Instant now = Instant.now();
			// Oldest first, so the numbers follow the registration times.
			List<DemoLead> oldestFirst = LEADS.stream()
				.sorted(java.util.Comparator.comparingInt(DemoLead::daysAgo).reversed())
				.toList();
			for (DemoLead lead : oldestFirst) {
				NewLead registered = lead.lead().registeredAt(now.minus(Duration.ofDays(lead.daysAgo())));
				this.leads.register(registered, this.organisation.viewerOf(lead.registrant()), true);
			}
		}
		// After the leads, so a customer on the lead sheet passes milestone 1 by its
		// data.
		this.opportunities.writeAll();
		// After the deals, so the calls and visits fit around what their walks logged.
		this.activities.writeAll();
		log.info("Demo data checked and written in {} ms", Duration.ofNanos(System.nanoTime() - started).toMillis());
		log.warn("Demo mode: {} demo users created, {} already present. Their password {} is public: "
				+ "never use demo mode for real customer data.", created, USERS.size() - created, PASSWORD);
	}

	private record DemoRegion(String code, String zh, String en) {
	}

	private record DemoTeam(String code, String zh, String en, String regionCode) {
	}

	record DemoUser(String username, String displayName, Role role, String teamCode, String email) {
	}

	record DemoLead(String registrant, int daysAgo, NewLead lead) {
	}

}
