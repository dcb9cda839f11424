package com.kacrm.app.demo;

import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import com.kacrm.domain.activity.ActivityDetails;
import com.kacrm.domain.activity.ActivityPurpose;
import com.kacrm.domain.activity.ActivityType;
import com.kacrm.domain.activity.Appointment;
import com.kacrm.domain.activity.PhoneSteps;
import com.kacrm.domain.buyingcentre.BuyingRole;
import com.kacrm.domain.contact.ContactDetails;
import com.kacrm.domain.contact.ContactLevel;
import com.kacrm.domain.reference.Tier;
import com.kacrm.persistence.account.AccountService;
import com.kacrm.persistence.account.AccountView;
import com.kacrm.persistence.activity.ActivitySaved;
import com.kacrm.persistence.activity.ActivityService;
import com.kacrm.persistence.activity.NewActivity;
import com.kacrm.persistence.contact.ContactRow;
import com.kacrm.persistence.contact.ContactService;
import com.kacrm.persistence.contact.NewContact;
import com.kacrm.persistence.organisation.OrganisationService;
import com.kacrm.persistence.shared.Viewer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo's calls and visits (客户交往活动, SPEC 7): for every demo account with people, 18
 * months of phone calls (电话邀约 and others) and sales visits at its tier's pace — A
 * accounts visited every one to two weeks, C and D mostly called — plus, around what the
 * deals' walks logged ({@link DemoOpportunityWriter}), project exchanges, executive
 * visits with the team manager and calls after a lost deal; and the present: each rep and
 * manager has visits planned in the next two weeks (one made by a phone invitation's
 * appointment), next steps due this week, overdue next steps, a visit planned for the
 * last working day and not completed, and cancelled plans. Several accounts of each team
 * are overdue for contact by different amounts, two of them never contacted since they
 * were filed.
 *
 * <p>
 * Everything goes through {@link ActivityService} as the owner (a done activity may be
 * logged for a past time; a plan is made for the future and then dated back where the
 * story needs it); afterwards the rows' own times ({@code created_at},
 * {@code completed_at}, the next steps taken) and the history entries the deal activities
 * wrote are dated by SQL, and the accounts' last contact is recomputed with the same
 * statement the service uses. Deterministic: fixed tables and a seeded {@link Random};
 * only "now" moves. Runs only when no demo account has an activity of its own yet.
 */
@Component
class DemoActivities {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private static final Logger log = LoggerFactory.getLogger(DemoActivities.class);

	/** How far back the history goes. */
	private static final int HISTORY_DAYS = 540;

	/**
	 * An account's contact story: its regular contacts stop {@code lastDaysAgo} days ago
	 * (after which only the present's activities follow), or it was filed
	 * {@code filedDaysAgo} days ago and never contacted.
	 */
	private record Story(String account, int lastDaysAgo, int filedDaysAgo) {
	}

	/**
	 * The accounts' stories. Overdue for contact at the start: 华鹏 (A, last contact by its
	 * deal 17 days ago), 精工 (C), 江门 (D) and 顺达 (never) in 华南; 嘉兴 (C), 常州 (D) and 欧雅
	 * (never) in 华东. The others are in time.
	 */
	private static final List<Story> STORIES = List.of(new Story("深圳华鹏汽车配件有限公司", 18, 0),
			new Story("东莞恒通散热器股份有限公司", 9, 0), new Story("惠州美达家电集团", 12, 0), new Story("深圳精工钣金有限公司", 75, 0),
			new Story("佛山顺达链条厂", -1, 150), new Story("上海远航航空航天科技股份有限公司", 6, 0), new Story("苏州铁路装备有限公司", 8, 0),
			new Story("宁波海天钢桶制造有限公司", 14, 0), new Story("杭州欧雅家具有限公司", -1, 120), new Story("中山永利电工器材有限公司", 20, 0),
			new Story("江门新会钢桶厂", 100, 0), new Story("常州恒力链条有限公司", 112, 0), new Story("嘉兴华丰家电配件有限公司", 68, 0));

	/** The people of the small accounts that have no account file: name, title, dept. */
	private static final Map<String, List<String[]>> SMALL_ACCOUNT_PEOPLE = Map.of("中山永利电工器材有限公司",
			List.of(new String[] { "何永利", "总经理", "总经理办公室" }, new String[] { "梁美玲", "采购部经理", "采购部" },
					new String[] { "黄志成", "设备部经理", "设备部" }),
			"江门新会钢桶厂",
			List.of(new String[] { "李国华", "总经理", "总经理办公室" }, new String[] { "陈小红", "采购部经理", "采购部" },
					new String[] { "吴建军", "生产部经理", "生产部" }),
			"常州恒力链条有限公司",
			List.of(new String[] { "蒋恒力", "总经理", "总经理办公室" }, new String[] { "顾文静", "采购部经理", "采购部" },
					new String[] { "钱卫国", "设备部经理", "设备部" }),
			"嘉兴华丰家电配件有限公司", List.of(new String[] { "沈华丰", "总经理", "总经理办公室" }, new String[] { "朱丽萍", "采购部经理", "采购部" },
					new String[] { "褚明辉", "技术部经理", "技术部" }, new String[] { "陆建平", "设备部经理", "设备部" }));

	private static final List<String> VISIT_SUMMARIES = List.of("拜访{p}，了解今年的设备投资计划，客户计划三季度对老线做节能评估",
			"与{p}沟通现有钎焊炉的运行情况，网带跑偏问题已由我方售后处理，客户满意", "陪同服务工程师回访，检查炉温曲线；{p}提出明年产能要提升 20%",
			"拜访{p}，介绍新一代连续式钎焊炉的节能数据，对方要求提供同行业案例", "参加客户供应商交流会，会后与{p}单独交流，得知竞争对手近期频繁拜访",
			"送年度技术资料，与{p}交流行业动态：客户新产品对换热器洁净度要求更高", "拜访{p}，得知客户准备调整采购流程，设备类采购改由集团统一招标", "与{p}工作午餐，关系进一步融洽，对方透露明年有新厂规划",
			"拜访{p}，了解到两台老炉能耗偏高，客户在考虑改造还是更换", "与{p}一起查看车间现场，记录了产线布局和场地限制");

	private static final List<String> CALL_SUMMARIES = List.of("电话回访{p}，设备运行正常，备件库存充足", "电话沟通{p}，确认上月寄出的技术资料已收到，正在内部评估",
			"与{p}电话联系，客户近期订单饱满，暂无新的设备需求", "电话跟进{p}，询问炉子维保计划，对方表示下月停炉检修", "节前电话问候{p}，顺便了解明年预算安排",
			"电话联系{p}，对方出差在外，约定下周再联系", "电话了解{p}对上次报价的意见：价格偏高，希望分期付款", "电话提醒{p}网带和热电偶的更换周期，对方要了备件清单");

	private static final List<String> INVITATION_SUMMARIES = List.of(
			"电话邀约{p}：介绍公司和本人负责的区域，讲了同行业客户节能 20% 的案例；对方近期太忙，暂未约定见面", "电话邀约{p}：自我介绍后讲了我们为同类企业降低能耗的做法，对方有兴趣，要先向领导汇报再定时间",
			"电话邀约{p}：介绍了新的售后服务站，对方愿意了解，但下月才有空");

	private static final List<String> COMMITMENTS = List.of("客户承诺下月提供产线图纸", "客户同意安排我方工程师进厂测量炉温", "我方承诺两周内提交节能改造初步方案",
			"客户承诺把我方列入明年设备招标的短名单", "我方承诺下周寄送钎焊样件检测报告", "客户承诺月底前确认技改预算");

	private static final List<String> NEXT_STEPS = List.of("寄送同行业节能案例资料", "提交节能改造初步方案", "电话确认客户内部评估结果",
			"安排服务工程师上门检查炉温均匀性", "邀请技术副总参加我方技术交流会", "补交供应商准入资料给采购部", "发送备件报价单");

	private static final List<String> VISIT_TITLES = List.of("技术副总经理", "采购部经理", "总工程师", "设备部经理", "生产副总经理", "钎焊车间主任",
			"技术部经理", "生产部经理", "总经理");

	private static final List<String> CALL_TITLES = List.of("采购部经理", "设备部经理", "采购工程师", "设备工程师", "生产部经理", "总经理");

	private static final List<String> EXECUTIVE_TITLES = List.of("总经理", "董事长");

	private final OrganisationService organisation;

	private final AccountService accounts;

	private final ContactService contacts;

	private final ActivityService activities;

	private final JdbcClient jdbc;

	/** The done activities written, whose own times are dated at the end. */
	private final List<Long> written = new ArrayList<>();

	private Instant now;

	private LocalDate today;

	DemoActivities(OrganisationService organisation, AccountService accounts, ContactService contacts,
			ActivityService activities, JdbcClient jdbc) {
		this.organisation = organisation;
		this.accounts = accounts;
		this.contacts = contacts;
		this.activities = activities;
		this.jdbc = jdbc;
	}

	/** Writes the demo's activities unless a demo account already has its own. */
	void writeAll() {
		List<String> names = STORIES.stream().map(Story::account).toList();
		long own = this.jdbc
			.sql("select count(*) from activity x join account a on a.id = x.account_id"
					+ " where a.name in (:names) and x.opportunity_id is null")
			.param("names", names)
			.query(Long.class)
			.single();
		if (own > 0) {
			return;
		}
		long started = System.nanoTime();
		this.now = Instant.now();
		this.today = LocalDate.ofInstant(this.now, ZONE);
		this.written.clear();
		Viewer admin = this.organisation.viewerOf("admin");
		int index = 0;
		for (Story story : STORIES) {
			index++;
			Long accountId = idOf(story.account());
			if (accountId == null) {
				continue;
			}
			AccountView account = this.accounts.show(accountId, admin);
			if (story.lastDaysAgo() < 0) {
				// Filed long ago, nobody has called yet.
				update("update account set created_at = :at where id = :id", daysAgo(story.filedDaysAgo(), 10, 0),
						accountId);
				continue;
			}
			update("update account set created_at = :at where id = :id", daysAgo(HISTORY_DAYS + 30, 10, 0), accountId);
			if (account.ownerUsername() == null) {
				continue;
			}
			Viewer owner = this.organisation.viewerOf(account.ownerUsername());
			addPeople(accountId, story.account(), owner);
			new History(index, accountId, account, story, owner).write();
		}
		present();
		dateWritten();
		// The same statement ActivityService keeps the last contact with, over every
		// account.
		this.jdbc
			.sql("update account a set last_contacted_at = (select max(x.occurred_at) from activity x"
					+ " where x.account_id = a.id and x.status = 'DONE')")
			.update();
		log.info("Demo activities: {} calls and visits logged in {} ms", this.written.size(),
				Duration.ofNanos(System.nanoTime() - started).toMillis());
	}

	private Long idOf(String name) {
		return this.accounts.duplicatesOf(name)
			.stream()
			.filter((match) -> match.name().equals(name))
			.map((match) -> match.id())
			.findFirst()
			.orElse(null);
	}

	/** The people of a small account without an account file. */
	private void addPeople(long accountId, String account, Viewer owner) {
		List<String[]> people = SMALL_ACCOUNT_PEOPLE.get(account);
		if (people == null || !this.contacts.contactsOf(accountId, true, owner).isEmpty()) {
			return;
		}
		Long boss = null;
		int i = 0;
		for (String[] person : people) {
			ContactDetails details = new ContactDetails(person[0], person[1], person[2],
					String.format("138%04d%04d", 5100 + accountId % 1000, 2000 + i * 173), null,
					(boss == null) ? ContactLevel.DECISION : ContactLevel.IMPLEMENTATION, null, null);
			long id = this.contacts.add(accountId, new NewContact(details, (boss == null) ? 2 : 3, boss), owner);
			boss = (boss == null) ? id : boss;
			i++;
		}
	}

	/** One account's past: regular contacts at its tier's pace and its deals' extras. */
	private final class History {

		private final long accountId;

		private final AccountView account;

		private final Story story;

		private final Viewer owner;

		private final Random random;

		private final List<ContactRow> people;

		private final Instant cutoff;

		History(int index, long accountId, AccountView account, Story story, Viewer owner) {
			this.accountId = accountId;
			this.account = account;
			this.story = story;
			this.owner = owner;
			this.random = new Random(7919L * index + 17);
			this.people = DemoActivities.this.contacts.contactsOf(accountId, false, owner);
			this.cutoff = daysAgo(story.lastDaysAgo(), 17, 0);
		}

		void write() {
			List<Entry> entries = new ArrayList<>(regular());
			entries.addAll(dealExtras());
			entries.removeIf((entry) -> entry.at().isAfter(this.cutoff));
			entries.sort(Comparator.comparing(Entry::at));
			Long previous = null;
			boolean previousHasStep = false;
			for (int i = 0; i < entries.size(); i++) {
				Entry entry = entries.get(i);
				boolean last = i == entries.size() - 1;
				boolean step = !last && this.random.nextInt(10) < 5;
				long id = DemoActivities.this.log(this, entry, step, previousHasStep ? previous : null);
				previous = id;
				previousHasStep = step;
			}
		}

		/**
		 * The contacts at the tier's pace, from 18 months ago to the story's last one.
		 */
		private List<Entry> regular() {
			Tier tier = this.account.tier();
			int[] pace = switch ((tier != null) ? tier : Tier.D) {
				case A -> new int[] { 10, 18, 60 };
				case B -> new int[] { 15, 25, 50 };
				case C -> new int[] { 18, 27, 15 };
				case D -> new int[] { 20, 27, 10 };
			};
			List<Entry> entries = new ArrayList<>();
			LocalDate day = DemoActivities.this.today.minusDays(HISTORY_DAYS - this.random.nextInt(8));
			LocalDate last = DemoActivities.this.today.minusDays(this.story.lastDaysAgo());
			while (!day.isAfter(last)) {
				boolean visit = this.random.nextInt(100) < pace[2];
				int hour = visit ? 9 + this.random.nextInt(6) : 9 + this.random.nextInt(8);
				Instant at = working(day, hour, this.random.nextInt(4) * 15);
				if (visit) {
					entries.add(new Entry(ActivityType.SALES_VISIT, at, null, pick(VISIT_SUMMARIES)));
				}
				else if (this.random.nextInt(3) == 0) {
					entries.add(new Entry(ActivityType.PHONE_INVITATION, at, null, pick(INVITATION_SUMMARIES)));
				}
				else {
					entries.add(new Entry(ActivityType.OTHER, at, null, pick(CALL_SUMMARIES)));
				}
				day = day.plusDays(pace[0] + this.random.nextInt(pace[1] - pace[0] + 1));
			}
			return entries;
		}

		/**
		 * Around each deal's walk: a project exchange after it entered 项目立项, an executive
		 * visit with the team manager after 深度接触, a call to learn why a lost deal was
		 * lost.
		 */
		private List<Entry> dealExtras() {
			List<Entry> entries = new ArrayList<>();
			List<Map<String, Object>> deals = DemoActivities.this.jdbc
				.sql("select o.id, o.name, o.status,"
						+ " (select min(m.moved_at) from milestone_move m where m.opportunity_id = o.id"
						+ " and m.to_milestone = 'PROJECT_APPROVAL') as approval,"
						+ " (select min(m.moved_at) from milestone_move m where m.opportunity_id = o.id"
						+ " and m.to_milestone = 'DEEP_CONTACT') as deep,"
						+ " (select max(m.moved_at) from milestone_move m where m.opportunity_id = o.id"
						+ " and m.kind = 'LOST') as lost from opportunity o where o.account_id = :id order by o.id")
				.param("id", this.accountId)
				.query()
				.listOfRows();
			for (Map<String, Object> deal : deals) {
				long id = ((Number) deal.get("id")).longValue();
				String name = (String) deal.get("name");
				Instant approval = instant(deal.get("approval"));
				Instant deep = instant(deal.get("deep"));
				Instant lost = instant(deal.get("lost"));
				if (approval != null) {
					entries.add(new Entry(ActivityType.PROJECT_EXCHANGE, shifted(approval, 6, 14), id,
							"项目交流：与{p}逐条确认「" + name + "」的产能、工艺和交期要求，客户补充了场地条件"));
				}
				if (deep != null) {
					entries.add(new Entry(ActivityType.EXECUTIVE_VISIT, shifted(deep, 9, 10), id,
							"高层拜访：我方大客户经理与{p}会面，就「" + name + "」交换意见，对方认可我方的服务能力"));
				}
				if (lost != null) {
					entries.add(new Entry(ActivityType.OTHER, shifted(lost, 8, 15), id,
							"电话回访{p}，了解「" + name + "」落标原因：价格是主要因素，客户愿意在下个项目继续交流"));
				}
			}
			return entries;
		}

		private Instant shifted(Instant from, int days, int hour) {
			return working(LocalDate.ofInstant(from, ZONE).plusDays(days), hour, 0);
		}

		private String pick(List<String> texts) {
			return texts.get(this.random.nextInt(texts.size()));
		}

		/** One or two of the account's people, preferring {@code titles}. */
		List<ContactRow> met(List<String> titles, int count) {
			List<ContactRow> preferred = this.people.stream().filter((p) -> titles.contains(p.title())).toList();
			List<ContactRow> pool = preferred.isEmpty() ? this.people : preferred;
			List<ContactRow> chosen = new ArrayList<>();
			if (pool.isEmpty()) {
				return chosen;
			}
			int first = this.random.nextInt(pool.size());
			for (int i = 0; i < Math.min(count, pool.size()); i++) {
				chosen.add(pool.get((first + i) % pool.size()));
			}
			return chosen;
		}

	}

	/** One past activity of an account. */
	private record Entry(ActivityType type, Instant at, Long dealId, String summary) {

	}

	// the present

	/**
	 * The present of each rep and manager: visits planned in the next two weeks (one by a
	 * phone invitation's appointment), next steps due this week and overdue, a visit
	 * planned for the last working day and not completed, cancelled plans.
	 */
	private void present() {
		// 华南: 张伟
		Viewer zhang = viewer("rep.zhang");
		plan(zhang, "深圳华鹏汽车配件有限公司", "新能源冷却板真空钎焊炉", ActivityType.SALES_VISIT, workingDay(2), 10, "客户技术中心会议室",
				"确认谈判后技术附件的修改，敲定两台真空炉的验收标准", EnumSet.of(BuyingRole.DECISION_MAKER, BuyingRole.EVALUATOR),
				List.of("技术副总经理", "总工程师"), List.of(), EnumSet.of(ActivityPurpose.ADVANCE_PROJECT));
		invitation(zhang, "东莞恒通散热器股份有限公司", workingDay(-1), workingDay(4), "设备部经理", "恒通常平工厂设备部", "现场查看两条老线，讨论节能改造的范围");
		logged(zhang, "东莞恒通散热器股份有限公司", null, ActivityType.OTHER, workingDay(-3), 16,
				"电话沟通采购部经理：检漏线报价已内部传阅，对方要求补一份分期付款方案", "把检漏线分期付款方案发给采购部经理", this.today.plusDays(1));
		logged(zhang, "东莞恒通散热器股份有限公司", "散热器芯体自动装配线", ActivityType.SALES_VISIT, workingDay(-8), 10,
				"拜访生产副总，介绍芯体自动装配线的节拍和人工节省；客户承诺下月提供产线图纸", "提供散热器芯体装配线的初步布局图", this.today.minusDays(3));
		cancelled(zhang, "江门新会钢桶厂", workingDay(3), "回访总经理，了解新厂房的设备规划", "客户临时通知停产检修，改期再约");
		// 华南: 李娜
		Viewer li = viewer("rep.li");
		plan(li, "惠州美达家电集团", "空调两器连续钎焊线（一期）", ActivityType.SALES_VISIT, workingDay(3), 9, "惠州基地钎焊车间",
				"听取车间对方案演示的反馈，确认试炉样件的数量", EnumSet.of(BuyingRole.END_USER, BuyingRole.EVALUATOR),
				List.of("钎焊车间主任", "总工程师"), List.of(),
				EnumSet.of(ActivityPurpose.ADVANCE_PROJECT, ActivityPurpose.INFORMATION));
		plan(li, "中山永利电工器材有限公司", null, ActivityType.SALES_VISIT, workingDay(7), 14, "中山永利工厂", "第一次上门，了解烘干设备的现状",
				EnumSet.noneOf(BuyingRole.class), List.of("设备部经理"), List.of(),
				EnumSet.of(ActivityPurpose.RAPPORT, ActivityPurpose.INFORMATION));
		overduePlan(li, "深圳精工钣金有限公司", "回访董事长，重新激活钎焊工装夹具项目");
		logged(li, "中山永利电工器材有限公司", null, ActivityType.PHONE_INVITATION, workingDay(-2), 11,
				"电话邀约设备部经理：介绍公司和华南服务站，讲了同行业客户烘干能耗下降的案例；对方同意下周见面", "发送烘干炉案例资料并确认拜访时间", this.today.plusDays(2));
		logged(li, "惠州美达家电集团", "洗碗机换热器钎焊炉", ActivityType.SALES_VISIT, workingDay(-6), 15,
				"拜访总工程师，沟通洗碗机换热器的钎焊工艺要求；客户要求先看小炉子的试样", "寄送洗碗机换热器试样的检测报告", this.today.minusDays(2));
		// 华南: 陈志强 (manager)
		Viewer south = viewer("manager.south");
		plan(south, "深圳华鹏汽车配件有限公司", "新能源冷却板真空钎焊炉", ActivityType.EXECUTIVE_VISIT, workingDay(6), 15, "客户总经理办公室",
				"高层拜访：与总经理就新能源冷却板项目的合作前景和交付保障交换意见", EnumSet.of(BuyingRole.FINAL_APPROVER), List.of("总经理"),
				List.of("rep.zhang"), EnumSet.of(ActivityPurpose.COMPETITIVE_EDGE, ActivityPurpose.RAPPORT));
		logged(south, "惠州美达家电集团", "空调两器连续钎焊线（一期）", ActivityType.EXECUTIVE_VISIT, workingDay(-4), 10,
				"高层拜访：陈志强与李娜拜访技术副总，对方肯定我方方案，但提醒集团招标价格压得很低", "安排美达技术副总参观东莞样板客户", this.today.plusDays(4));
		// 华东: 王强
		Viewer wang = viewer("rep.wang");
		plan(wang, "上海远航航空航天科技股份有限公司", "航空换热器检测线", ActivityType.SALES_VISIT, workingDay(1), 14, "远航紫竹园区质量部",
				"确认检测线的验收条款，约质量部经理一起审核技术协议", EnumSet.of(BuyingRole.EVALUATOR, BuyingRole.PURCHASER),
				List.of("质量部经理", "采购部经理"), List.of(), EnumSet.of(ActivityPurpose.ADVANCE_PROJECT));
		plan(wang, "苏州铁路装备有限公司", "地铁冷却模块检漏设备", ActivityType.TECHNICAL_SEMINAR, workingDay(5), 9, "苏州铁路装备技术中心",
				"检漏工艺技术交流，请总工程师和技术副总参加", EnumSet.of(BuyingRole.DECISION_MAKER, BuyingRole.EVALUATOR),
				List.of("总工程师", "技术副总经理"), List.of("manager.east"), EnumSet.of(ActivityPurpose.COMPETITIVE_EDGE));
		invitation(wang, "宁波海天钢桶制造有限公司", workingDay(-2), workingDay(3), "设备部经理", "海天北仑工厂设备部", "查看烘干炉燃烧系统，收集节能改造的现场数据");
		overduePlan(wang, "嘉兴华丰家电配件有限公司", "回访采购部经理，了解明年烘干设备的预算");
		logged(wang, "苏州铁路装备有限公司", null, ActivityType.OTHER, workingDay(-1), 16, "电话联系采购工程师，确认制动电阻散热器测试台的技术规格书已进入评审",
				"电话确认规格书评审结果", this.today.plusDays(3));
		logged(wang, "上海远航航空航天科技股份有限公司", "C919 配套散热器中试线", ActivityType.SALES_VISIT, workingDay(-5), 10,
				"拜访总工程师，讨论中试线的清洗干燥工艺；客户承诺下月提供产线图纸", "提交中试线清洗干燥段的工艺说明", this.today.minusDays(1));
		logged(wang, "宁波海天钢桶制造有限公司", null, ActivityType.OTHER, workingDay(-9), 11, "电话跟进总经理，对方仍在等环保整改的批复",
				"把烘干炉节能改造的补贴政策发给总经理", this.today.minusDays(4));
		cancelled(wang, "苏州铁路装备有限公司", workingDay(-3), "拜访总工程师，讨论转向架散热片的钎焊试样", "客户总工出差，拜访取消，待其回来后重新约定");
		// 华东: 刘建国 (manager)
		Viewer east = viewer("manager.east");
		plan(east, "上海远航航空航天科技股份有限公司", "C919 配套散热器中试线", ActivityType.EXECUTIVE_VISIT, workingDay(8), 15, "远航总经理办公室",
				"高层拜访：与总经理谈中试线的国产化合作和后续批产线", EnumSet.of(BuyingRole.FINAL_APPROVER), List.of("总经理"), List.of("rep.wang"),
				EnumSet.of(ActivityPurpose.COMPETITIVE_EDGE, ActivityPurpose.RAPPORT));
		logged(east, "苏州铁路装备有限公司", null, ActivityType.OTHER, workingDay(-3), 17, "电话问候技术副总，对方透露明年还有两条地铁新线的冷却模块项目",
				"约技术副总年底前见面", this.today.plusDays(2));
	}

	private Viewer viewer(String username) {
		return this.organisation.viewerOf(username);
	}

	/** A visit planned by {@code viewer} at {@code hour} o'clock on {@code day}. */
	private void plan(Viewer viewer, String account, String deal, ActivityType type, LocalDate day, int hour,
			String place, String objective, Set<BuyingRole> roles, List<String> titles, List<String> colleagues,
			Set<ActivityPurpose> purposes) {
		Long accountId = idOf(account);
		if (accountId == null) {
			return;
		}
		ActivityDetails details = new ActivityDetails(type, working(day, hour, 0), 90, place, objective, purposes,
				roles, null, null, null, null, null);
		long mark = historyMark();
		ActivitySaved saved = this.activities
			.plan(new NewActivity(accountId, dealId(accountId, deal), details, people(accountId, titles, viewer),
					colleagues.stream().map((c) -> viewer(c).userId()).toList(), null, null), viewer);
		update("update activity set created_at = :at where id = :id", daysAgo(3, 18, 0), saved.id());
		stampHistory(mark, daysAgo(3, 18, 0));
	}

	/**
	 * A phone invitation made on {@code day} that closed with an appointment: the visit
	 * on {@code visitDay}, planned by the service.
	 */
	private void invitation(Viewer viewer, String account, LocalDate day, LocalDate visitDay, String title,
			String place, String objective) {
		Long accountId = idOf(account);
		if (accountId == null) {
			return;
		}
		Instant at = working(day, 15, 0);
		long contact = people(accountId, List.of(title), viewer).get(0);
		ActivityDetails details = new ActivityDetails(ActivityType.PHONE_INVITATION, at, 15, null, null,
				EnumSet.of(ActivityPurpose.RAPPORT, ActivityPurpose.ADVANCE_PROJECT), Set.of(),
				"电话邀约" + title + "：自我介绍，讲了同类企业节能改造后一年收回投资的案例；对方同意见面，时间、地点已确认", null, null, null,
				new PhoneSteps(true, true, true));
		ActivitySaved call = this.activities.record(new NewActivity(accountId, null, details, List.of(contact),
				List.of(), new Appointment(working(visitDay, 10, 0), place, contact, objective), null), viewer);
		this.written.add(call.id());
		update("update activity set created_at = :at where id = :id", at, call.plannedVisitId());
	}

	/** A done activity of the last days, with its next step due on {@code due}. */
	private void logged(Viewer viewer, String account, String deal, ActivityType type, LocalDate day, int hour,
			String summary, String nextStep, LocalDate due) {
		Long accountId = idOf(account);
		if (accountId == null) {
			return;
		}
		Instant at = working(day, hour, 0);
		boolean visit = type.isVisit();
		PhoneSteps steps = (type == ActivityType.PHONE_INVITATION) ? new PhoneSteps(true, true, false) : null;
		ActivityDetails details = new ActivityDetails(type, at, visit ? 90 : 15, visit ? "客户会议室" : null, null,
				EnumSet.of(ActivityPurpose.INFORMATION, ActivityPurpose.ADVANCE_PROJECT), Set.of(), summary, null,
				nextStep, due, steps);
		List<Long> participants = (type == ActivityType.EXECUTIVE_VISIT) ? List.of(viewer(ownerOf(accountId)).userId())
				: List.of();
		long mark = historyMark();
		long id = this.activities.log(new NewActivity(accountId, dealId(accountId, deal), details,
				people(accountId, titlesFor(type), viewer).subList(0, 1), participants, null, null), viewer);
		this.written.add(id);
		stampHistory(mark, at);
	}

	/** A visit planned for the last working day and not completed: overdue. */
	private void overduePlan(Viewer viewer, String account, String objective) {
		Long accountId = idOf(account);
		if (accountId == null) {
			return;
		}
		ActivityDetails details = new ActivityDetails(ActivityType.SALES_VISIT, this.now.plus(Duration.ofDays(1)), 60,
				"客户会议室", objective, EnumSet.of(ActivityPurpose.RAPPORT), Set.of(), null, null, null, null, null);
		long mark = historyMark();
		ActivitySaved saved = this.activities.plan(new NewActivity(accountId, null, details,
				people(accountId, VISIT_TITLES, viewer).subList(0, 1), List.of(), null, null), viewer);
		update("update activity set occurred_at = :at where id = :id", working(workingDay(-1), 14, 0), saved.id());
		update("update activity set created_at = :at where id = :id", daysAgo(6, 11, 0), saved.id());
		stampHistory(mark, daysAgo(6, 11, 0));
	}

	/** A plan called off, saying why; a past one dated back to its day. */
	private void cancelled(Viewer viewer, String account, LocalDate day, String objective, String reason) {
		Long accountId = idOf(account);
		if (accountId == null) {
			return;
		}
		boolean past = day.isBefore(this.today);
		Instant at = past ? this.now.plus(Duration.ofDays(1)) : working(day, 10, 0);
		ActivityDetails details = new ActivityDetails(ActivityType.SALES_VISIT, at, 60, "客户会议室", objective,
				EnumSet.of(ActivityPurpose.RAPPORT), Set.of(), null, null, null, null, null);
		ActivitySaved saved = this.activities.plan(new NewActivity(accountId, null, details,
				people(accountId, VISIT_TITLES, viewer).subList(0, 1), List.of(), null, null), viewer);
		long mark = historyMark();
		this.activities.cancel(saved.id(), saved.version(), reason, viewer);
		if (past) {
			Instant planned = working(day, 10, 0);
			update("update activity set occurred_at = :at where id = :id", planned, saved.id());
			update("update activity set created_at = cast(:at as timestamptz) - interval '5 days', completed_at = cast(:at as timestamptz) - interval '1 day'"
					+ " where id = :id", planned, saved.id());
			stampHistory(mark, planned.minus(Duration.ofDays(1)));
		}
	}

	private String ownerOf(long accountId) {
		return this.jdbc.sql("select u.username from account a join app_user u on u.id = a.owner_id where a.id = :id")
			.param("id", accountId)
			.query(String.class)
			.single();
	}

	private Long dealId(long accountId, String name) {
		if (name == null) {
			return null;
		}
		return this.jdbc.sql("select id from opportunity where account_id = :account and name = :name")
			.param("account", accountId)
			.param("name", name)
			.query(Long.class)
			.optional()
			.orElse(null);
	}

	/**
	 * The account's people with {@code titles}, in the order of the titles; anyone there
	 * when none has them.
	 */
	private List<Long> people(long accountId, List<String> titles, Viewer viewer) {
		List<ContactRow> everyone = this.contacts.contactsOf(accountId, false, viewer);
		List<Long> ids = everyone.stream()
			.filter((person) -> titles.contains(person.title()))
			.sorted(Comparator.comparingInt((ContactRow person) -> titles.indexOf(person.title())))
			.map(ContactRow::id)
			.toList();
		return ids.isEmpty() ? everyone.stream().map(ContactRow::id).limit(1).toList() : ids;
	}

	private static List<String> titlesFor(ActivityType type) {
		return switch (type) {
			case EXECUTIVE_VISIT -> EXECUTIVE_TITLES;
			case PHONE_INVITATION, OTHER -> CALL_TITLES;
			default -> VISIT_TITLES;
		};
	}

	// writing and dating

	private long log(History history, Entry entry, boolean withStep, Long follows) {
		Random random = history.random;
		boolean visit = entry.type().isVisit();
		List<ContactRow> met = switch (entry.type()) {
			case EXECUTIVE_VISIT -> history.met(EXECUTIVE_TITLES, 1);
			case SALES_VISIT, PROJECT_EXCHANGE -> history.met(VISIT_TITLES, 1 + random.nextInt(2));
			default -> history.met(CALL_TITLES, 1);
		};
		String who = met.isEmpty() ? "客户"
				: String.join("、", met.stream().map((person) -> person.title() + person.name()).toList());
		Set<ActivityPurpose> purposes = (entry.dealId() != null)
				? EnumSet.of(ActivityPurpose.ADVANCE_PROJECT, ActivityPurpose.COMPETITIVE_EDGE)
				: visit ? EnumSet.of(ActivityPurpose.RAPPORT, ActivityPurpose.INFORMATION)
						: EnumSet.of(ActivityPurpose.RAPPORT);
		String commitments = (visit && random.nextInt(3) == 0) ? COMMITMENTS.get(random.nextInt(COMMITMENTS.size()))
				: null;
		String nextStep = withStep ? NEXT_STEPS.get(random.nextInt(NEXT_STEPS.size())) : null;
		LocalDate nextStepDate = withStep ? LocalDate.ofInstant(entry.at(), ZONE).plusDays(3 + random.nextInt(8))
				: null;
		String place = !visit ? null : (entry.type() == ActivityType.EXECUTIVE_VISIT) ? "客户总经理办公室"
				: met.isEmpty() ? "客户会议室" : met.get(0).department() + "会议室";
		int duration = switch (entry.type()) {
			case PROJECT_EXCHANGE -> 120;
			case SALES_VISIT -> 90;
			case EXECUTIVE_VISIT -> 60;
			default -> 15;
		};
		PhoneSteps steps = (entry.type() == ActivityType.PHONE_INVITATION) ? new PhoneSteps(true, true, false) : null;
		List<Long> participants = (entry.type() == ActivityType.EXECUTIVE_VISIT)
				? List.of(viewer("SZ".equals(history.account.teamCode()) ? "manager.south" : "manager.east").userId())
				: List.of();
		ActivityDetails details = new ActivityDetails(entry.type(), entry.at(), duration, place, null, purposes,
				Set.of(), entry.summary().replace("{p}", who), commitments, nextStep, nextStepDate, steps);
		long mark = (entry.dealId() != null) ? historyMark() : 0;
		long id = this.activities.log(new NewActivity(history.accountId, entry.dealId(), details,
				met.stream().map(ContactRow::id).toList(), participants, null, follows), history.owner);
		this.written.add(id);
		if (entry.dealId() != null) {
			stampHistory(mark, entry.at());
		}
		return id;
	}

	/**
	 * The done activities' own times: entered when they took place, next steps taken on
	 * their date (all but those of the present, which are still open).
	 */
	private void dateWritten() {
		for (int from = 0; from < this.written.size(); from += 500) {
			List<Long> ids = this.written.subList(from, Math.min(from + 500, this.written.size()));
			this.jdbc
				.sql("update activity set created_at = occurred_at,"
						+ " completed_at = occurred_at + make_interval(mins => duration_minutes),"
						+ " next_step_done_at = case when next_step_done_at is null then null"
						+ " else greatest(occurred_at + interval '1 day',"
						+ " (next_step_date + time '10:00') at time zone 'Asia/Shanghai') end where id in (:ids)")
				.param("ids", ids)
				.update();
		}
	}

	private long historyMark() {
		return this.jdbc.sql("select coalesce(max(id), 0) from history_entry").query(Long.class).single();
	}

	private void stampHistory(long mark, Instant at) {
		this.jdbc.sql("update history_entry set occurred_at = :at where id > :mark")
			.param("at", Timestamp.from(at))
			.param("mark", mark)
			.update();
	}

	private void update(String sql, Instant at, long id) {
		this.jdbc.sql(sql).param("at", Timestamp.from(at)).param("id", id).update();
	}

	/** {@code hour:minute} in China on {@code day}, moved back to a weekday. */
	private static Instant working(LocalDate day, int hour, int minute) {
		LocalDate weekday = switch (day.getDayOfWeek()) {
			case SATURDAY -> day.minusDays(1);
			case SUNDAY -> day.minusDays(2);
			default -> day;
		};
		return weekday.atTime(LocalTime.of(hour, minute)).atZone(ZONE).toInstant();
	}

	/** {@code days} days before today at {@code hour:minute} (not moved to a weekday). */
	private Instant daysAgo(int days, int hour, int minute) {
		return this.today.minusDays(days).atTime(LocalTime.of(hour, minute)).atZone(ZONE).toInstant();
	}

	/**
	 * The {@code n}th working day after today (before, for a negative {@code n}).
	 */
	private LocalDate workingDay(int n) {
		LocalDate day = this.today;
		int step = (n >= 0) ? 1 : -1;
		for (int i = 0; i < Math.abs(n); i++) {
			do {
				day = day.plusDays(step);
			}
			while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY);
		}
		return day;
	}

	private static Instant instant(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof Timestamp timestamp) {
			return timestamp.toInstant();
		}
		if (value instanceof java.time.OffsetDateTime time) {
			return time.toInstant();
		}
		if (value instanceof Instant time) {
			return time;
		}
		throw new IllegalStateException("Not a time: " + value);
	}

}
