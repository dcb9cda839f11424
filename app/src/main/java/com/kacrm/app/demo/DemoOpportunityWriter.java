package com.kacrm.app.demo;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.kacrm.app.demo.DemoOpportunities.Deal;
import com.kacrm.app.demo.DemoOpportunities.Story;
import com.kacrm.domain.approval.ApprovalForm;
import com.kacrm.domain.approval.ProposedMember;
import com.kacrm.domain.activity.ActivityType;
import com.kacrm.domain.activity.Appointment;
import com.kacrm.domain.assessment.Answer;
import com.kacrm.domain.assessment.AssessmentAnswer;
import com.kacrm.domain.assessment.AssessmentQuestion;
import com.kacrm.domain.buyingcentre.Attitude;
import com.kacrm.domain.buyingcentre.BuyingRole;
import com.kacrm.domain.buyingcentre.Support;
import com.kacrm.domain.expense.ExpenseType;
import com.kacrm.domain.expense.NewExpense;
import com.kacrm.domain.opportunity.OpportunityDetails;
import com.kacrm.domain.opportunity.OpportunityStatus;
import com.kacrm.domain.playbook.AutomaticRule;
import com.kacrm.domain.playbook.Milestone;
import com.kacrm.persistence.account.AccountService;
import com.kacrm.persistence.account.AccountView;
import com.kacrm.domain.activity.ActivityDetails;
import com.kacrm.persistence.activity.ActivitySaved;
import com.kacrm.persistence.activity.ActivityService;
import com.kacrm.persistence.activity.Completion;
import com.kacrm.persistence.activity.NewActivity;
import com.kacrm.persistence.approval.ApprovalService;
import com.kacrm.persistence.buyingcentre.BuyingCentreService;
import com.kacrm.persistence.contact.ContactRow;
import com.kacrm.persistence.contact.ContactService;
import com.kacrm.persistence.expense.ExpenseService;
import com.kacrm.persistence.opportunity.ChecklistEntry;
import com.kacrm.persistence.assessment.AssessmentService;
import com.kacrm.persistence.opportunity.PaymentService;
import com.kacrm.persistence.opportunity.MilestoneScreen;
import com.kacrm.persistence.opportunity.MilestoneService;
import com.kacrm.persistence.opportunity.OpportunityService;
import com.kacrm.persistence.organisation.OrganisationService;
import com.kacrm.persistence.shared.Viewer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes the demo deals ({@link DemoOpportunities}) the way the team would have worked
 * them: each deal is opened by the account's rep and walked through the real gates —
 * manual checklist items ticked with evidence, calls and visits logged, buying-centre
 * roles assigned from the account's people, the development team formed, the assessment
 * recorded, the contract and payments entered — and moved by the milestone service, so
 * every move is a gated one. A deal reaches 项目立项 the way the product wants it: the rep
 * files and submits the 项目立项申请表 once milestone 2's work is done, and the team manager
 * approves it (after a rejection or a return for some), which moves the deal, records its
 * development team and opens its expense budget; deals still at milestone 2 have their
 * request pending, returned, withdrawn or in draft ({@link DemoOpportunities.Story}). One
 * gate cannot open by data and is passed by the team manager's override with the reason
 * written on paper: milestone 1's lead-sheet item for customers that were never on the
 * lead sheet.
 *
 * <p>
 * The services stamp everything with the present. So that the funnel and aging reports
 * see 18 months of history, each step is given a time on the deal's own timeline (opened
 * {@code startDaysAgo}, last move {@code lastDaysAgo}, the milestones in between evenly,
 * every step during working hours and in order), and right after the step the rows it
 * wrote are backdated to that time with plain SQL: the deal's {@code created_at} and
 * {@code milestone_entered_at}, the move's {@code moved_at}, the activity's
 * {@code created_at} (its {@code occurred_at} is given), the tick's {@code ticked_at},
 * the team member's, assessment's and payment's times, the request's and its trail's
 * times (and its number's year), the notices it sent, and the history entries the step
 * wrote (those above the last id seen). A request is submitted with an expected contract
 * date in the future, as the product demands; for deals long won or lost the date is put
 * back afterwards. Demo code only: the application never rewrites times.
 *
 * <p>
 * Idempotent: a deal whose account already has a deal of its name is skipped.
 */
@Component
class DemoOpportunityWriter {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	/**
	 * The deal whose samples went beyond its budget, waiting for the manager's approval.
	 */
	private static final String OVER_BUDGET = "惠州基地氮气保护系统";

	private static final String OVERRIDE_LEAD_SHEET = "老客户，建档早于线索汇总表 JTF001（上线前补录）";

	private final OrganisationService organisation;

	private final AccountService accounts;

	private final ContactService contacts;

	private final OpportunityService opportunities;

	private final MilestoneService milestones;

	private final ActivityService activities;

	private final BuyingCentreService buyingCentres;

	private final AssessmentService assessments;

	private final PaymentService payments;

	private final ApprovalService approvals;

	private final ExpenseService expenses;

	private final JdbcClient jdbc;

	private long historyMark;

	DemoOpportunityWriter(OrganisationService organisation, AccountService accounts, ContactService contacts,
			OpportunityService opportunities, MilestoneService milestones, ActivityService activities,
			BuyingCentreService buyingCentres, AssessmentService assessments, PaymentService payments,
			ApprovalService approvals, ExpenseService expenses, JdbcClient jdbc) {
		this.organisation = organisation;
		this.accounts = accounts;
		this.contacts = contacts;
		this.opportunities = opportunities;
		this.milestones = milestones;
		this.activities = activities;
		this.buyingCentres = buyingCentres;
		this.assessments = assessments;
		this.payments = payments;
		this.approvals = approvals;
		this.expenses = expenses;
		this.jdbc = jdbc;
	}

	/** Writes every demo deal whose account exists and has no deal of that name yet. */
	void writeAll() {
		Instant now = Instant.now();
		for (Deal deal : DemoOpportunities.DEALS) {
			Long accountId = this.accounts.duplicatesOf(deal.account())
				.stream()
				.filter((match) -> match.name().equals(deal.account()))
				.map((match) -> match.id())
				.findFirst()
				.orElse(null);
			if (accountId == null || exists(accountId, deal.name())) {
				continue;
			}
			this.historyMark = this.jdbc.sql("select coalesce(max(id), 0) from history_entry")
				.query(Long.class)
				.single();
			new Walk(deal, accountId, now).run();
		}
	}

	private boolean exists(long accountId, String name) {
		return this.jdbc.sql("select count(*) from opportunity where account_id = :account and name = :name")
			.param("account", accountId)
			.param("name", name)
			.query(Long.class)
			.single() > 0;
	}

	/** The history entries written since the last step happened at {@code at}. */
	private void stampHistory(Instant at) {
		List<Long> ids = this.jdbc.sql("update history_entry set occurred_at = :at where id > :mark returning id")
			.param("at", java.sql.Timestamp.from(at))
			.param("mark", this.historyMark)
			.query(Long.class)
			.list();
		this.historyMark = ids.stream().mapToLong(Long::longValue).max().orElse(this.historyMark);
	}

	private void update(String sql, Instant at, long id) {
		this.jdbc.sql(sql).param("at", java.sql.Timestamp.from(at)).param("id", id).update();
	}

	/** One deal walked from its opening to where it stands. */
	private final class Walk {

		private final Deal deal;

		private final long accountId;

		private final Instant now;

		private final Viewer rep;

		private final Viewer manager;

		private final String colleague;

		private final Map<String, Long> people = new HashMap<>();

		private long id;

		private Instant lastMove;

		private long plannedVisit;

		private LocalDate signing;

		Walk(Deal deal, long accountId, Instant now) {
			this.deal = deal;
			this.accountId = accountId;
			this.now = now;
			Viewer admin = DemoOpportunityWriter.this.organisation.viewerOf("admin");
			AccountView account = DemoOpportunityWriter.this.accounts.show(accountId, admin);
			this.rep = DemoOpportunityWriter.this.organisation.viewerOf(account.ownerUsername());
			boolean south = "SZ".equals(account.teamCode());
			this.manager = DemoOpportunityWriter.this.organisation.viewerOf(south ? "manager.south" : "manager.east");
			this.colleague = !south ? null : "rep.zhang".equals(account.ownerUsername()) ? "rep.li" : "rep.zhang";
			for (ContactRow row : DemoOpportunityWriter.this.contacts.contactsOf(accountId, false, this.rep)) {
				this.people.putIfAbsent(row.title(), row.id());
			}
		}

		void run() {
			Instant start = daysAgo(this.deal.startDaysAgo());
			this.lastMove = daysAgo(this.deal.lastDaysAgo());
			boolean closed = this.deal.status() == OpportunityStatus.LOST
					|| this.deal.status() == OpportunityStatus.ON_HOLD;
			int moves = this.deal.reached() - 1 + (closed ? 1 : 0);
			Duration leg = Duration.between(start, this.lastMove).dividedBy(Math.max(moves, 1));
			open(start);
			Instant from = start;
			for (int position = 1; position < this.deal.reached(); position++) {
				Milestone milestone = Milestone.at(position);
				Instant to = from.plus(leg);
				List<Step> work = work(milestone, true);
				steps(from, to, work);
				Instant moved = working(to);
				if (milestone == Milestone.CALL_AND_VISIT) {
					// the approval window: after the last step of the milestone's work
					approved(to.minus(leg.dividedBy(work.size() + 1)), moved);
				}
				else {
					at(moved, () -> moveOn(milestone, moved));
				}
				from = to;
			}
			Milestone current = Milestone.at(this.deal.reached());
			Story story = DemoOpportunities.storyOf(this.deal);
			boolean requested = story == Story.SUBMITTED || story == Story.RETURNED || story == Story.WITHDRAWN;
			boolean complete = requested || (this.deal.status() == OpportunityStatus.WON
					&& (current == Milestone.CONTRACT_SIGNED || this.deal.payments() >= 2));
			if (closed) {
				Instant closedAt = working(this.lastMove);
				steps(from, requested ? closedAt.minus(Duration.ofDays(8)) : this.lastMove, work(current, complete));
				if (story == Story.WITHDRAWN) {
					withdrawn(closedAt);
				}
				at(closedAt, () -> close(closedAt));
			}
			else {
				int age = 1 + (this.deal.amount() / 10) % 6;
				Instant end = this.now.minus(Duration.ofDays(requested ? age + 8 : 2));
				steps(from, end, work(current, complete));
				switch (story) {
					case SUBMITTED -> pending(daysAgo(age + 1), daysAgo(age));
					case RETURNED -> returned(daysAgo(7));
					case DRAFT -> draft(daysAgo(3));
					default -> {
					}
				}
			}
		}

		private void open(Instant at) {
			this.signing = (this.deal.status() == OpportunityStatus.OPEN)
					? LocalDate.now(ZONE).plusDays(30 + this.deal.amount() % 150)
					: this.lastMove.atZone(ZONE).toLocalDate().plusDays(20);
			OpportunityDetails details = new OpportunityDetails(this.deal.name(), this.deal.solution(),
					BigDecimal.valueOf(this.deal.amount()), this.signing, null, null);
			Instant opened = working(at);
			at(opened, () -> {
				this.id = DemoOpportunityWriter.this.opportunities.create(this.accountId, details, this.rep);
				update("update opportunity set created_at = :at, milestone_entered_at = :at where id = :id", opened,
						this.id);
			});
		}

		/** The steps of the work at {@code milestone}: all of them, or its first half. */
		private List<Step> work(Milestone milestone, boolean all) {
			List<Step> steps = new ArrayList<>(switch (milestone) {
				case PLANNING -> List.of((at) -> tick(at, "已按行业战略", "目标行业属本公司重点进攻的行业，列入年度重点开发名单", null),
						(at) -> tick(at, "客户符合目标客户", "行业排名与营业额符合大客户分级标准", null),
						(at) -> tick(at, "对客户状况有初步了解", "已了解客户扩产计划、现有设备和采购习惯", null));
				case CALL_AND_VISIT ->
					List.of((at) -> invite(at, "电话邀约采购部经理：介绍公司与本人负责的区域，讲了同行业客户节能 20% 的案例，约定上门拜访", "采购部经理", "客户技术中心"),
							(at) -> completeVisit(at, "上门拜访技术副总和采购部经理，了解设备选型与采购流程", "技术副总经理", "采购部经理"), (at) -> {
								seat("技术副总经理", BuyingRole.DECISION_MAKER, Support.SUPPORTER, Attitude.PRAGMATIST);
								seat("采购部经理", BuyingRole.PURCHASER, Support.NEUTRAL, Attitude.CONSERVATIVE);
							}, (at) -> tick(at, "明确客户采购流程", "采购流程：技术部提需求，采购部比价，总经理审批", null),
							(at) -> tick(at, "双方达成共识", "客户同意我们参与方案设计和投标", null));
				case PROJECT_APPROVAL -> List.of((at) -> tick(at, "客户需求基本明确", "产能、工艺和交期要求已书面确认", null),
						(at) -> expense(at, ExpenseType.ENTERTAINMENT, 1800, "与技术副总、采购部经理工作餐，沟通立项后的推进计划"),
						(at) -> tick(at, "价值定位与公司产品定位", "客户看重炉温均匀性和售后响应，正是我方强项", null));
				case DEEP_CONTACT ->
					List.of((at) -> log(ActivityType.TECHNICAL_SEMINAR, at, "在客户技术中心举办钎焊工艺技术交流会", "总工程师", "技术副总经理",
							"设备部经理"), (at) -> expense(at, ExpenseType.TRAVEL, 3200, "技术交流会：工艺专家往返差旅和住宿"), (at) -> {
								seat("总经理", BuyingRole.FINAL_APPROVER, Support.SUPPORTER, Attitude.PRAGMATIST);
								seat("总工程师", BuyingRole.EVALUATOR, Support.CHAMPION, Attitude.EARLY_ADOPTER);
								seat("设备部经理", BuyingRole.END_USER, Support.SUPPORTER, Attitude.PRAGMATIST);
							}, (at) -> tick(at, "与客户在多个层面建立关系", "已与总经理、技术副总、总工和设备部建立联系", null),
							(at) -> log(ActivityType.SITE_VISIT, at, "陪同客户考察我方样板客户的钎焊线", "总工程师", "设备部经理"),
							(at) -> tick(at, "深入分析客户需求", "完成需求分析报告：产能、能耗、场地和维护要求", null));
				case SOLUTION_AND_TENDER -> List.of((at) -> {
					long demo = log(ActivityType.DEMONSTRATION, at, "向客户技术团队演示方案与炉温曲线", "总工程师", "技术副总经理");
					tick(at, "解决方案已设计并向客户演示", "方案演示获技术团队认可", demo);
				}, (at) -> assess(at), (at) -> tick(at, "已提交建议书或投标文件", "技术标与商务标已按时递交", null),
						(at) -> tick(at, "掌握竞争对手及其方案", "已掌握主要竞争对手的报价区间与方案要点", null));
				case NEGOTIATION ->
					List.of((at) -> log(ActivityType.NEGOTIATION, at, "与采购部和总经理进行商务谈判，确认价格与付款条件", "总经理", "采购部经理"),
							(at) -> tick(at, "价格与商务条款谈判完成", "价格、付款方式（3-6-1）和质保期已谈定", null),
							(at) -> tick(at, "客户的决策因素已确认", "决策因素：炉温均匀性、能耗、服务响应", null),
							(at) -> tick(at, "决策日期已确认", "总经理办公会确定签约日期", null));
				case CONTRACT_SIGNED -> List.of((at) -> contract(at), (at) -> tick(at, "已签合同文本存档", "合同原件已交财务部存档", null),
						(at) -> tick(at, "交付计划已与客户确认", "交付与安装调试计划已与设备部确认", null));
				case DELIVERY_AND_PAYMENT -> deliveryAndPayment();
			});
			return all ? steps : steps.subList(0, (steps.size() + 1) / 2);
		}

		private List<Step> deliveryAndPayment() {
			BigDecimal contract = BigDecimal.valueOf(this.deal.contract());
			BigDecimal first = contract.multiply(BigDecimal.valueOf(3)).divide(BigDecimal.TEN);
			List<Step> steps = new ArrayList<>(List.of((at) -> pay(first, at, "预付款 30%")));
			if (this.deal.payments() >= 2) {
				steps.add((at) -> tick(at, "交付已通过客户验收", "设备安装调试完成，客户签署验收单", null));
				steps.add((at) -> pay(contract.subtract(first), at, "验收款及尾款"));
				steps.add((at) -> tick(at, "已回访客户满意度", "回访设备部与车间，满意度评分 9/10", null));
				steps.add((at) -> tick(at, "已请客户引荐新项目", "客户总工推荐了集团内另一家工厂的项目", null));
			}
			return steps;
		}

		/** Runs {@code steps} evenly between {@code from} and {@code to}. */
		private void steps(Instant from, Instant to, List<Step> steps) {
			Duration gap = Duration.between(from, to).dividedBy(steps.size() + 1);
			for (int i = 0; i < steps.size(); i++) {
				Instant at = working(from.plus(gap.multipliedBy(i + 1)));
				Step step = steps.get(i);
				at(at, () -> step.run(at));
			}
		}

		/** Does {@code action} and dates the history it wrote at {@code at}. */
		private void at(Instant at, Runnable action) {
			action.run();
			stampHistory(at);
		}

		/**
		 * {@code at} moved into the working day of its date (09:00–17:00 in China),
		 * keeping the order of any two times.
		 */
		private Instant working(Instant at) {
			ZonedDateTime local = at.atZone(ZONE);
			long secondOfDay = local.toLocalTime().toSecondOfDay();
			return local.toLocalDate().atTime(LocalTime.of(9, 0).plusSeconds(secondOfDay / 3)).atZone(ZONE).toInstant();
		}

		private Instant daysAgo(int days) {
			return this.now.minus(Duration.ofDays(days)).minus(Duration.ofHours(3));
		}

		private void tick(Instant at, String itemStart, String note, Long activityId) {
			MilestoneScreen screen = DemoOpportunityWriter.this.milestones.screen(this.id, this.rep);
			ChecklistEntry item = screen.checklist()
				.stream()
				.filter((entry) -> entry.textZh().contains(itemStart))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("No item " + itemStart + " at " + screen.milestone()));
			DemoOpportunityWriter.this.milestones.tick(this.id, item.itemId(), note, activityId, this.rep);
			DemoOpportunityWriter.this.jdbc.sql(
					"update checklist_tick set ticked_at = :at where opportunity_id = :id and checklist_item_id = :item")
				.param("at", java.sql.Timestamp.from(at))
				.param("id", this.id)
				.param("item", item.itemId())
				.update();
		}

		/**
		 * A phone invitation at {@code at} through the manual's three steps, whose
		 * appointment with {@code title} plans a visit two days later; the plan is made
		 * for tomorrow (a plan is never made for the past) and then dated back.
		 */
		private void invite(Instant at, String summary, String title, String place) {
			long contact = this.people.get(title);
			NewActivity invitation = NewActivity.phoneInvitation(this.accountId, this.id, at, summary, contact,
					this.now.plus(Duration.ofDays(1)), place);
			// The appointment says what the visit is for, as the rep would type it.
			ActivitySaved call = DemoOpportunityWriter.this.activities
				.record(new NewActivity(this.accountId, this.id, invitation.details(), invitation.contactIds(),
						List.of(), new Appointment(invitation.appointment().at(), place, contact,
								"了解" + this.deal.name() + "的设备选型与采购流程"),
						null), this.rep);
			Instant visitAt = working(at.plus(Duration.ofDays(2)));
			update("update activity set created_at = :at, completed_at = :at where id = :id", at, call.id());
			update("update activity set created_at = :at where id = :id", at, call.plannedVisitId());
			update("update activity set occurred_at = :at where id = :id", visitAt, call.plannedVisitId());
			this.plannedVisit = call.plannedVisitId();
		}

		/**
		 * Completes the visit the phone invitation planned: it took place at {@code at}.
		 */
		private void completeVisit(Instant at, String summary, String... titles) {
			List<Long> met = Arrays.stream(titles).map(this.people::get).filter((person) -> person != null).toList();
			DemoOpportunityWriter.this.activities.complete(this.plannedVisit, null, new Completion(
					new ActivityDetails.Outcome(at, summary, null, null, null, null, null), met, null, null), this.rep);
			update("update activity set completed_at = :at where id = :id", at, this.plannedVisit);
		}

		private long log(ActivityType type, Instant at, String summary, String... titles) {
			List<Long> met = Arrays.stream(titles).map(this.people::get).filter((person) -> person != null).toList();
			Instant when = at;
			long activity = DemoOpportunityWriter.this.activities
				.log(new NewActivity(this.accountId, this.id, type, when, summary, met), this.rep);
			update("update activity set created_at = :at, completed_at = :at where id = :id", when, activity);
			return activity;
		}

		private void seat(String title, BuyingRole role, Support support, Attitude attitude) {
			Long person = this.people.get(title);
			if (person != null) {
				DemoOpportunityWriter.this.buyingCentres.assign(this.id, person, role, attitude, support, this.rep);
			}
		}

		/**
		 * The rep's request approved by the manager at {@code approvedAt}, which moves
		 * the deal to 项目立项; before it, in the window from {@code after}, a first request
		 * rejected or returned when the deal's story says so.
		 */
		private void approved(Instant after, Instant approvedAt) {
			Duration window = Duration.between(after, approvedAt);
			Instant step = after;
			long request;
			switch (DemoOpportunities.storyOf(this.deal)) {
				case REJECTED_THEN_APPROVED -> {
					long first = file(working(step.plus(window.multipliedBy(1).dividedBy(10))));
					submit(first, working(step.plus(window.multipliedBy(2).dividedBy(10))));
					decide(first, working(step.plus(window.multipliedBy(4).dividedBy(10))),
							(id) -> DemoOpportunityWriter.this.approvals.reject(id, "客户今年的技改预算尚未批复，暂不立项；预算落实后重新申请",
									this.manager));
					request = file(working(step.plus(window.multipliedBy(6).dividedBy(10))));
					submit(request, working(step.plus(window.multipliedBy(8).dividedBy(10))));
				}
				case RETURNED_THEN_APPROVED -> {
					request = file(working(step.plus(window.multipliedBy(1).dividedBy(10))));
					submit(request, working(step.plus(window.multipliedBy(2).dividedBy(10))));
					decide(request, working(step.plus(window.multipliedBy(4).dividedBy(10))),
							(id) -> DemoOpportunityWriter.this.approvals.returnForRevision(id, "请补充竞争对手报价和费用预算明细，再提交",
									this.manager));
					submit(request, working(step.plus(window.multipliedBy(7).dividedBy(10))));
				}
				default -> {
					request = file(working(step.plus(window.dividedBy(4))));
					submit(request, working(step.plus(window.dividedBy(2))));
				}
			}
			decide(request, approvedAt,
					(id) -> DemoOpportunityWriter.this.approvals.approve(id, "同意立项，开拓小组按申请组建", this.manager));
			update("update milestone_move set moved_at = :at where id = (select max(id) from milestone_move"
					+ " where opportunity_id = :id)", approvedAt, this.id);
			update("update opportunity set milestone_entered_at = :at, expense_budget_opened_at = :at where id = :id",
					approvedAt, this.id);
			update("update opportunity_team_member set added_at = :at where opportunity_id = :id", approvedAt, this.id);
			restoreSigningDate(request);
			markNoticesRead(request);
		}

		/** A request submitted at {@code submittedAt}, waiting for the manager. */
		private void pending(Instant filedAt, Instant submittedAt) {
			long request = file(working(filedAt));
			submit(request, working(submittedAt));
		}

		/** A request the manager returned with a comment, to be revised by the rep. */
		private void returned(Instant filedAt) {
			long request = file(working(filedAt));
			submit(request, working(filedAt.plus(Duration.ofDays(1))));
			decide(request, working(filedAt.plus(Duration.ofDays(3))), (id) -> DemoOpportunityWriter.this.approvals
				.returnForRevision(id, "关键人物只写了采购部，请补充技术负责人的态度和决策流程后再提交", this.manager));
		}

		/** A request the rep withdrew before the deal was lost or put on hold. */
		private void withdrawn(Instant closedAt) {
			long request = file(working(closedAt.minus(Duration.ofDays(6))));
			submit(request, working(closedAt.minus(Duration.ofDays(5))));
			decide(request, working(closedAt.minus(Duration.ofDays(1))),
					(id) -> DemoOpportunityWriter.this.approvals.withdraw(id, "客户项目暂缓，先撤回申请", this.rep));
			markNoticesRead(request);
		}

		/** A draft the rep started and has not submitted. */
		private void draft(Instant at) {
			file(working(at));
		}

		/**
		 * The rep files a request for the deal at {@code at}, proposing the deal's team.
		 */
		private long file(Instant at) {
			ApprovalService service = DemoOpportunityWriter.this.approvals;
			ApprovalForm prefilled = service.newRequest(this.id, this.rep).form();
			List<ProposedMember> team = new ArrayList<>(
					List.of(new ProposedMember(this.manager.userId(), "小组组长，负责商务决策")));
			if (this.colleague != null) {
				team.add(new ProposedMember(DemoOpportunityWriter.this.organisation.viewerOf(this.colleague).userId(),
						"技术方案与现场支持"));
			}
			team.add(new ProposedMember(this.rep.userId(), "客户经理，项目负责人"));
			LocalDate today = LocalDate.now(ZONE);
			LocalDate signing = prefilled.expectedContractDate();
			BigDecimal budget = BigDecimal.valueOf(this.deal.amount() * 150L).max(BigDecimal.valueOf(5000));
			ApprovalForm form = new ApprovalForm(prefilled.projectName(),
					"客户计划采购" + this.deal.solution() + "，要求年内完成选型、安装和调试", "我方设备炉温均匀、能耗低、售后响应快，与公司中高端产品定位相符",
					prefilled.estimatedAmount(),
					(signing != null && signing.isAfter(today)) ? signing : today.plusDays(60),
					"技术部提出需求 → 设备部评估 → 采购部比价 → 总经理办公会审批", prefilled.keyPeople(), prefilled.competitorIds(), team,
					budget, "竞争对手可能低价竞标；客户预算审批周期不确定");
			long[] request = new long[1];
			at(at, () -> {
				request[0] = service.create(this.id, form, this.rep);
				stampRequest(request[0], at, "created_at = :at, last_acted_at = :at, number = regexp_replace(number,"
						+ " '^LX-[0-9]{4}-', 'LX-' || extract(year from cast(:at as timestamptz)) || '-')");
			});
			return request[0];
		}

		private void submit(long request, Instant at) {
			at(at, () -> {
				DemoOpportunityWriter.this.approvals.submit(request, null, this.rep);
				stampRequest(request, at, "submitted_at = :at, last_acted_at = :at");
			});
		}

		private void decide(long request, Instant at, java.util.function.LongConsumer decision) {
			at(at, () -> {
				decision.accept(request);
				stampRequest(request, at, "last_acted_at = :at");
			});
		}

		/**
		 * Dates the request's latest step, its trail's latest row and the notices it
		 * sent.
		 */
		private void stampRequest(long request, Instant at, String assignments) {
			update("update approval_request set " + assignments + " where id = :id", at, request);
			update("update approval_transition set acted_at = :at where id = (select max(id) from approval_transition"
					+ " where request_id = :id)", at, request);
			update("update notice set created_at = :at where subject_type = 'APPROVAL_REQUEST' and subject_id = :id"
					+ " and created_at > now() - interval '1 minute'", at, request);
		}

		private void restoreSigningDate(long request) {
			for (String sql : List.of("update approval_request set expected_contract_date = :signing where id = :id",
					"update opportunity set expected_signing_date = :signing where id = :deal")) {
				DemoOpportunityWriter.this.jdbc.sql(sql)
					.param("signing", this.signing)
					.param("id", request)
					.param("deal", this.id)
					.update();
			}
		}

		/** The notices of a decided request were read long ago. */
		private void markNoticesRead(long request) {
			DemoOpportunityWriter.this.jdbc
				.sql("update notice set read_at = created_at where subject_type = 'APPROVAL_REQUEST'"
						+ " and subject_id = :id and read_at is null")
				.param("id", request)
				.update();
		}

		/**
		 * A sales expense against the approved budget; for the deal marked as over budget
		 * a sample shipment beyond it, waiting for the manager.
		 */
		private void expense(Instant at, ExpenseType type, int amount, String description) {
			ExpenseService service = DemoOpportunityWriter.this.expenses;
			LocalDate day = at.atZone(ZONE).toLocalDate();
			long expense = service
				.record(this.id, new NewExpense(type, day, BigDecimal.valueOf(amount), description, null), this.rep)
				.id();
			update("update sales_expense set recorded_at = :at where id = :id", at, expense);
			if (type == ExpenseType.TRAVEL && OVER_BUDGET.equals(this.deal.name())) {
				BigDecimal left = service.expenses(this.id, this.rep).remaining();
				long overrun = service
					.record(this.id,
							new NewExpense(ExpenseType.SAMPLES, day, left.add(BigDecimal.valueOf(8000)),
									"向客户寄送两套氮气发生器样机做现场试用", "客户要求现场试用后才进入方案设计，样机运费和保险超出预算"),
							this.rep)
					.id();
				update("update sales_expense set recorded_at = :at where id = :id", at, overrun);
			}
		}

		private void assess(Instant at) {
			List<AssessmentAnswer> answers = Arrays.stream(AssessmentQuestion.values())
				.map((question) -> new AssessmentAnswer(question,
						(question == AssessmentQuestion.COMPETITION) ? Answer.PARTLY : Answer.YES,
						(question == AssessmentQuestion.COMPETITION) ? "竞争对手的最终报价还不确定" : null))
				.toList();
			long assessment = DemoOpportunityWriter.this.assessments.assess(this.id, answers, this.rep).id();
			update("update opportunity_assessment set assessed_at = :at where id = :id", at, assessment);
		}

		private void contract(Instant at) {
			long version = DemoOpportunityWriter.this.opportunities.show(this.id, this.rep).version();
			DemoOpportunityWriter.this.opportunities.recordContract(this.id, version,
					BigDecimal.valueOf(this.deal.contract()),
					(this.deal.profit() != null) ? BigDecimal.valueOf(this.deal.profit()) : null,
					at.atZone(ZONE).toLocalDate(), this.rep);
		}

		private void pay(BigDecimal amount, Instant at, String note) {
			long payment = DemoOpportunityWriter.this.payments.record(this.id, amount, at.atZone(ZONE).toLocalDate(),
					note, this.rep);
			update("update opportunity_payment set recorded_at = :at where id = :id", at, payment);
		}

		/**
		 * Moves on from {@code milestone}: through the open gate as the rep, or by the
		 * manager's override when only a gate the data cannot open yet is closed.
		 */
		private void moveOn(Milestone milestone, Instant at) {
			Milestone next = milestone.next().orElseThrow();
			MilestoneScreen screen = DemoOpportunityWriter.this.milestones.screen(this.id, this.rep);
			if (screen.isGateOpen()) {
				DemoOpportunityWriter.this.milestones.move(this.id, null, next, null, false, this.rep);
			}
			else {
				List<AutomaticRule> unmet = screen.unmet().stream().map(ChecklistEntry::rule).toList();
				if (!unmet.equals(List.of(AutomaticRule.ON_LEAD_SHEET))) {
					throw new IllegalStateException("Demo deal " + this.deal.name() + " misses " + screen.unmet());
				}
				DemoOpportunityWriter.this.milestones.move(this.id, null, next, OVERRIDE_LEAD_SHEET, true,
						this.manager);
			}
			update("update milestone_move set moved_at = :at where id = (select max(id) from milestone_move"
					+ " where opportunity_id = :id)", at, this.id);
			update("update opportunity set milestone_entered_at = :at where id = :id", at, this.id);
			if (next == Milestone.CONTRACT_SIGNED) {
				// won at that moment: the win/loss report counts it by its closing day
				update("update opportunity set closed_at = :at where id = :id", at, this.id);
			}
		}

		private void close(Instant at) {
			long version = DemoOpportunityWriter.this.opportunities.show(this.id, this.rep).version();
			if (this.deal.status() == OpportunityStatus.LOST) {
				DemoOpportunityWriter.this.opportunities.markLost(this.id, version, this.deal.lossReason(),
						competitorId(this.deal.lostTo()), this.deal.reason(), this.rep);
				update("update opportunity set closed_at = :at where id = :id", at, this.id);
			}
			else {
				DemoOpportunityWriter.this.opportunities.putOnHold(this.id, version, this.deal.reason(), this.rep);
			}
			update("update milestone_move set moved_at = :at where id = (select max(id) from milestone_move"
					+ " where opportunity_id = :id)", at, this.id);
		}

		/**
		 * The demo competitor of that name, filed with the account files; null if none.
		 */
		private Long competitorId(String name) {
			if (name == null) {
				return null;
			}
			return DemoOpportunityWriter.this.jdbc.sql("select id from competitor where name = :name")
				.param("name", name)
				.query(Long.class)
				.optional()
				.orElse(null);
		}

	}

	/** One thing done on a deal at a time of its timeline. */
	@FunctionalInterface
	private interface Step {

		void run(Instant at);

	}

}
