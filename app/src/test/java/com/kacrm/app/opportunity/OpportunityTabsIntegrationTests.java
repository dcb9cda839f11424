package com.kacrm.app.opportunity;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import com.kacrm.app.test.CrmIntegrationTest;
import com.kacrm.domain.activity.Activity;
import com.kacrm.domain.assessment.AssessmentQuestion;
import com.kacrm.domain.contact.ContactDetails;
import com.kacrm.domain.contact.ContactLevel;
import com.kacrm.domain.history.HistorySubject;
import com.kacrm.domain.opportunity.MilestoneMove;
import com.kacrm.domain.playbook.AutomaticRule;
import com.kacrm.domain.playbook.Milestone;
import com.kacrm.domain.shared.Actor;
import com.kacrm.persistence.account.AccountService;
import com.kacrm.persistence.account.NewAccount;
import com.kacrm.persistence.activity.ActivityRow;
import com.kacrm.persistence.activity.ActivityService;
import com.kacrm.persistence.assessment.AssessmentRow;
import com.kacrm.persistence.assessment.AssessmentService;
import com.kacrm.persistence.contact.ContactService;
import com.kacrm.persistence.contact.NewContact;
import com.kacrm.persistence.history.HistoryRow;
import com.kacrm.persistence.history.HistoryService;
import com.kacrm.persistence.opportunity.ChecklistEntry;
import com.kacrm.persistence.opportunity.DealTeamService;
import com.kacrm.persistence.opportunity.MilestoneService;
import com.kacrm.persistence.opportunity.OpportunityService;
import com.kacrm.persistence.opportunity.OpportunityView;
import com.kacrm.persistence.opportunity.PaymentService;
import com.kacrm.persistence.opportunity.Payments;
import com.kacrm.persistence.opportunity.TeamMemberRow;
import com.kacrm.persistence.shared.Viewer;
import com.kacrm.web.shared.CurrentUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The activities, assessment, team and contract tabs of a deal: each renders, each form
 * saves and redirects, refusals show next to their fields with nothing saved, a rep of
 * another team (rep.wang, SH) gets 404 on an SZ deal, and what they record satisfies the
 * milestones' automatic checklist items. Each test creates its own SZ account and deal.
 */
@CrmIntegrationTest
class OpportunityTabsIntegrationTests {

	private static final DateTimeFormatter LOCAL_MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	AccountService accounts;

	@Autowired
	ContactService contacts;

	@Autowired
	OpportunityService opportunities;

	@Autowired
	MilestoneService milestones;

	@Autowired
	ActivityService activities;

	@Autowired
	AssessmentService assessments;

	@Autowired
	DealTeamService teams;

	@Autowired
	PaymentService payments;

	@Autowired
	HistoryService history;

	long account;

	long deal;

	long contact;

	@BeforeEach
	void ownDeal() {
		this.account = this.accounts.create(
				new NewAccount("深圳测试商机页" + code(), "SZ", "rep.zhang", "AUTO_PARTS", 30, null, null),
				Actor.system("test"), true);
		this.deal = this.opportunities.open(this.account, "散热器替换项目", viewer("rep.zhang"));
		this.contact = this.contacts.add(this.account,
				new NewContact(new ContactDetails("陈采购", "采购经理", "采购部", null, null, ContactLevel.DECISION, null, null),
						2, null),
				viewer("rep.zhang"));
	}

	@Test
	void theActivitiesTabShowsTheFormWithASalesVisitNowAndThePeopleOfTheAccount() throws Exception {
		this.mvc.perform(get("/opportunities/{id}/activities", this.deal).with(as("rep.zhang")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"activities-none\"")))
			.andExpect(content().string(containsString("已拜访 0 次")))
			.andExpect(content().string(containsString("通常需要 4 次或更多拜访")))
			.andExpect(content()
				.string(matchesPattern("(?s).*<option value=\"SALES_VISIT\" selected=\"selected\">销售拜访.*")))
			.andExpect(content().string(containsString("type=\"datetime-local\"")))
			.andExpect(content().string(containsString("value=\"" + this.contact + "\"")))
			.andExpect(content().string(containsString("陈采购")));
	}

	@Test
	void aLoggedVisitIsListedCountedAndInTheDealsHistory() throws Exception {
		LocalDateTime when = LocalDateTime.now(ZoneId.of("Asia/Shanghai")).minusHours(2).withSecond(0).withNano(0);
		this.mvc
			.perform(post("/opportunities/{id}/activities", this.deal).with(as("rep.zhang"))
				.with(csrf())
				.param("type", "SALES_VISIT")
				.param("occurredAt", when.format(LOCAL_MINUTES))
				.param("contactIds", String.valueOf(this.contact))
				.param("summary", "介绍了新型散热器，陈采购同意安排技术交流"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/opportunities/" + this.deal + "/activities"))
			.andExpect(flash().attribute("flashSuccess", "opportunityActivity.logged"));

		List<ActivityRow> logged = this.activities.activitiesOf(this.deal, viewer("rep.zhang"));
		assertThat(logged).singleElement().satisfies((row) -> {
			assertThat(row.contactNames()).containsExactly("陈采购");
			assertThat(row.occurredAt()).isEqualTo(when.atZone(ZoneId.of("Asia/Shanghai")).toInstant());
		});
		this.mvc.perform(get("/opportunities/{id}/activities", this.deal).with(as("manager.south")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("已拜访 1 次")))
			.andExpect(content().string(containsString("介绍了新型散热器，陈采购同意安排技术交流")))
			.andExpect(content().string(containsString(when.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")))));
		assertThat(dealHistory()).extracting(HistoryRow::field, HistoryRow::newValue)
			.contains(tuple(ActivityService.LOGGED_FIELD, "ACTIVITY_SALES_VISIT"));
	}

	@Test
	void aPersonOfAnotherTeamsAccountIsUnknownHereAndNotNamed() throws Exception {
		long east = this.accounts.create(
				new NewAccount("上海保密客户" + code(), "SH", "rep.wang", "AUTO_PARTS", 30, null, null), Actor.system("test"),
				true);
		long stranger = this.contacts.add(east,
				new NewContact(new ContactDetails("保密的刘总", "总经理", null, null, null, ContactLevel.DECISION, null, null),
						2, null),
				viewer("rep.wang"));
		this.mvc
			.perform(post("/opportunities/{id}/activities", this.deal).with(as("rep.zhang"))
				.with(csrf())
				.param("type", "SALES_VISIT")
				.param("occurredAt", LocalDateTime.now(ZoneId.of("Asia/Shanghai")).minusHours(1).format(LOCAL_MINUTES))
				.param("contactIds", String.valueOf(stranger))
				.param("summary", "拜访"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-error-for=\"contactIds\"")))
			.andExpect(content().string(containsString("所选联系人不存在")))
			.andExpect(content().string(not(containsString("保密的刘总"))));
		assertThat(this.activities.activitiesOf(this.deal, viewer("rep.zhang"))).isEmpty();
	}

	@Test
	void longSummariesAndReasonsAreKeptWholeInTheDealsHistory() throws Exception {
		String summary = "长".repeat(Activity.MAX_SUMMARY);
		this.mvc
			.perform(post("/opportunities/{id}/activities", this.deal).with(as("rep.zhang"))
				.with(csrf())
				.param("type", "SALES_VISIT")
				.param("occurredAt", LocalDateTime.now(ZoneId.of("Asia/Shanghai")).minusHours(1).format(LOCAL_MINUTES))
				.param("summary", summary))
			.andExpect(status().isFound());
		moveTo(Milestone.CALL_AND_VISIT);
		String reason = "因".repeat(MilestoneMove.MAX_REASON);
		this.milestones.move(this.deal, null, Milestone.PLANNING, reason, false, viewer("rep.zhang"));
		assertThat(dealHistory()).extracting(HistoryRow::reason).contains(summary, reason);
	}

	@Test
	void anActivityWithoutSummaryOrInTheFutureIsRefusedNextToItsFieldsAndNothingSaved() throws Exception {
		LocalDateTime tomorrow = LocalDateTime.now(ZoneId.of("Asia/Shanghai")).plusDays(1);
		this.mvc
			.perform(post("/opportunities/{id}/activities", this.deal).with(as("rep.zhang"))
				.with(csrf())
				.param("type", "SALES_VISIT")
				.param("occurredAt", tomorrow.format(LOCAL_MINUTES))
				.param("summary", " "))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-error-for=\"summary\"")))
			.andExpect(content().string(containsString("data-error-for=\"occurredAt\"")))
			.andExpect(content().string(containsString("已发生的活动时间不能晚于现在")));
		assertThat(this.activities.activitiesOf(this.deal, viewer("rep.zhang"))).isEmpty();
	}

	@Test
	void theAssessmentTabShowsTheTenQuestionsAndTheFunnel() throws Exception {
		this.mvc.perform(get("/opportunities/{id}/assessment", this.deal).with(as("rep.zhang")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"assessment-none\"")))
			.andExpect(content().string(containsString("name=\"answers[NEED_REAL]\"")))
			.andExpect(content().string(containsString("name=\"notes[UNIQUE_VALUE]\"")))
			.andExpect(content().string(containsString("10. 独特价值能否体现")))
			.andExpect(content().string(matchesPattern("(?s).*潜在商机.*落实项目.*我的项目.*")));
	}

	@Test
	void aPassingAssessmentIsShownAsTheLatestWithTheEarlierOneBelow() throws Exception {
		this.mvc.perform(get("/opportunities/{id}", this.deal).with(as("rep.zhang")))
			.andExpect(content().string(containsString("尚未评估")));
		this.mvc.perform(assessment("PARTLY")).andExpect(status().isFound());
		this.mvc.perform(get("/opportunities/{id}", this.deal).with(as("rep.zhang")))
			.andExpect(content().string(containsString("10/20 · 潜在商机")))
			.andExpect(content().string(not(containsString("已通过"))));
		this.mvc.perform(assessment("YES"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/opportunities/" + this.deal + "/assessment"))
			.andExpect(flash().attribute("flashSuccess", "opportunityAssessment.saved"));

		this.mvc.perform(get("/opportunities/{id}/assessment", this.deal).with(as("rep.zhang")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("20 / 20 分")))
			.andExpect(content().string(containsString("评估通过")))
			.andExpect(content().string(matchesPattern(
					"(?s).*<span[^>]*text-bg-primary[^>]*data-funnel-step=\"MINE\"[^>]*" + "aria-current=\"step\".*")))
			.andExpect(content().string(not(matchesPattern("(?s).*data-funnel-step=\"POTENTIAL\"[^>]*aria-current.*"))))
			.andExpect(content().string(matchesPattern("(?s).*id=\"assessment-earlier\".*10 / 20 分.*潜在商机.*")));
		this.mvc.perform(get("/opportunities/{id}", this.deal).with(as("rep.zhang")))
			.andExpect(content().string(containsString("20/20 · 我的项目")))
			.andExpect(content().string(containsString("已通过")));
		assertThat(this.assessments.history(this.deal, viewer("rep.zhang"))).extracting(AssessmentRow::score)
			.containsExactly(20, 10);
		assertThat(dealHistory()).extracting(HistoryRow::field, HistoryRow::oldValue, HistoryRow::newValue)
			.contains(tuple(AssessmentService.ASSESSED_FIELD, "POTENTIAL", "MINE"));
	}

	@Test
	void anUnansweredQuestionIsRefusedNextToItAndNothingSaved() throws Exception {
		MockHttpServletRequestBuilder request = post("/opportunities/{id}/assessment", this.deal).with(as("rep.zhang"))
			.with(csrf());
		for (AssessmentQuestion question : AssessmentQuestion.values()) {
			if (question != AssessmentQuestion.BUDGET) {
				request.param("answers[" + question + "]", "YES");
			}
		}
		this.mvc.perform(request.param("notes[NEED_REAL]", "客户已立项"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-error-for=\"answers[BUDGET]\"")))
			.andExpect(content().string(containsString("请回答第 2 题")))
			.andExpect(content().string(containsString("value=\"客户已立项\"")));
		assertThat(this.assessments.history(this.deal, viewer("rep.zhang"))).isEmpty();
	}

	@Test
	void theTeamTabAddsAColleagueWithAResponsibilityAndRemovesThemAgain() throws Exception {
		long manager = viewer("manager.south").userId();
		this.mvc.perform(get("/opportunities/{id}/team", this.deal).with(as("rep.zhang")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"team-none\"")))
			.andExpect(content().string(containsString("项目立项申请表")))
			.andExpect(content().string(containsString("<option value=\"" + manager + "\">陈志强")))
			.andExpect(content().string(not(containsString("王强"))));

		this.mvc
			.perform(post("/opportunities/{id}/team", this.deal).with(as("rep.zhang"))
				.with(csrf())
				.param("userId", String.valueOf(manager))
				.param("responsibility", "高层关系"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/opportunities/" + this.deal + "/team"))
			.andExpect(flash().attribute("flashSuccess", "opportunityTeam.added"));
		assertThat(this.teams.members(this.deal, viewer("rep.zhang")))
			.extracting(TeamMemberRow::name, TeamMemberRow::responsibility)
			.containsExactly(tuple("陈志强", "高层关系"));
		this.mvc.perform(get("/opportunities/{id}/team", this.deal).with(as("rep.zhang")))
			.andExpect(status().isOk())
			.andExpect(content().string(matchesPattern("(?s).*id=\"team-members\".*陈志强.*高层关系.*")));

		this.mvc
			.perform(post("/opportunities/{id}/team/{userId}/remove", this.deal, manager).with(as("rep.zhang"))
				.with(csrf()))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("flashSuccess", "opportunityTeam.removed"));
		assertThat(this.teams.members(this.deal, viewer("rep.zhang"))).isEmpty();
		assertThat(dealHistory()).extracting(HistoryRow::field, HistoryRow::oldValue, HistoryRow::newValue)
			.contains(tuple(DealTeamService.MEMBERS_FIELD, null, "陈志强"),
					tuple(DealTeamService.MEMBERS_FIELD, "陈志强", null));
	}

	@Test
	void addingNobodyOrSomeoneOfAnotherTeamIsRefusedNextToTheChoiceAndNothingSaved() throws Exception {
		this.mvc
			.perform(post("/opportunities/{id}/team", this.deal).with(as("rep.zhang"))
				.with(csrf())
				.param("userId", "")
				.param("responsibility", "技术"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-error-for=\"userId\"")));
		this.mvc
			.perform(post("/opportunities/{id}/team", this.deal).with(as("rep.zhang"))
				.with(csrf())
				.param("userId", String.valueOf(viewer("rep.wang").userId())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-error-for=\"userId\"")))
			.andExpect(content().string(containsString("开拓小组成员必须是该商机所属团队的销售或经理")));
		assertThat(this.teams.members(this.deal, viewer("rep.zhang"))).isEmpty();
	}

	@Test
	void theContractTabOfAnOpenDealExplainsWhenTheContractIsRecorded() throws Exception {
		this.mvc.perform(get("/opportunities/{id}/contract", this.deal).with(as("rep.zhang")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"contract-not-won\"")))
			.andExpect(content().string(not(containsString("id=\"contract-form\""))))
			.andExpect(content().string(containsString("data-testid=\"payments-none\"")));
		this.mvc
			.perform(post("/opportunities/{id}/contract", this.deal).with(as("rep.zhang"))
				.with(csrf())
				.param("version", String.valueOf(show().version()))
				.param("contractAmount", "100")
				.param("contractSignedOn", LocalDate.now().toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"contract-not-won\"")));
		assertThat(show().contractAmount()).isNull();
	}

	@Test
	void aWonDealsContractAndPaymentsAddUpToWhatIsOutstanding() throws Exception {
		moveTo(Milestone.CONTRACT_SIGNED);
		this.mvc
			.perform(post("/opportunities/{id}/contract", this.deal).with(as("rep.zhang"))
				.with(csrf())
				.param("version", String.valueOf(show().version()))
				.param("contractAmount", "120")
				.param("contractSignedOn", LocalDate.now().minusDays(5).toString()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/opportunities/" + this.deal + "/contract"))
			.andExpect(flash().attribute("flashSuccess", "opportunityContract.saved"));
		this.mvc
			.perform(post("/opportunities/{id}/payments", this.deal).with(as("rep.zhang"))
				.with(csrf())
				.param("amount", "45.5")
				.param("receivedOn", LocalDate.now().minusDays(1).toString())
				.param("note", "首付款"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/opportunities/" + this.deal + "/contract#payments"))
			.andExpect(flash().attribute("flashSuccess", "opportunityContract.paymentRecorded"));

		this.mvc.perform(get("/opportunities/{id}/contract", this.deal).with(as("manager.south")))
			.andExpect(status().isOk())
			.andExpect(content().string(matchesPattern("(?s).*data-testid=\"contract-amount\">120\\.00<.*")))
			.andExpect(content().string(matchesPattern("(?s).*data-testid=\"payments-total\">45\\.50<.*")))
			.andExpect(content().string(matchesPattern("(?s).*data-testid=\"payments-outstanding\">74\\.50<.*")))
			.andExpect(content().string(containsString("首付款")));
		assertThat(dealHistory()).extracting(HistoryRow::field, HistoryRow::newValue)
			.contains(tuple("opportunity.contractAmount", "120"), tuple(PaymentService.PAYMENT_FIELD, "45.5"));
		assertThat(this.milestones.screen(this.deal, viewer("rep.zhang")).checklist())
			.filteredOn((entry) -> entry.rule() == AutomaticRule.CONTRACT_RECORDED)
			.singleElement()
			.extracting(ChecklistEntry::done)
			.isEqualTo(true);
	}

	@Test
	void aPaymentInTheFutureIsRefusedNextToItsDateAndNothingSaved() throws Exception {
		moveTo(Milestone.CONTRACT_SIGNED);
		this.opportunities.recordContract(this.deal, show().version(), new java.math.BigDecimal("80"), LocalDate.now(),
				viewer("rep.zhang"));
		this.mvc
			.perform(post("/opportunities/{id}/payments", this.deal).with(as("rep.zhang"))
				.with(csrf())
				.param("amount", "10")
				.param("receivedOn", LocalDate.now().plusDays(10).toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-error-for=\"receivedOn\"")))
			.andExpect(content().string(containsString("回款日期不能晚于今天")));
		Payments recorded = this.payments.payments(this.deal, viewer("rep.zhang"));
		assertThat(recorded.rows()).isEmpty();
		assertThat(recorded.outstanding()).isEqualByComparingTo("80");
	}

	@Test
	void aContractSavedOverAnotherUsersSaveShowsTheConflictWithTheCurrentValues() throws Exception {
		moveTo(Milestone.CONTRACT_SIGNED);
		long read = show().version();
		this.opportunities.recordContract(this.deal, read, new java.math.BigDecimal("90"), LocalDate.now(),
				viewer("manager.south"));
		this.mvc
			.perform(post("/opportunities/{id}/contract", this.deal).with(as("rep.zhang"))
				.with(csrf())
				.param("version", String.valueOf(read))
				.param("contractAmount", "150")
				.param("contractSignedOn", LocalDate.now().toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"form-errors\"")))
			.andExpect(content().string(containsString("name=\"contractAmount\" value=\"90")))
			.andExpect(content().string(containsString("name=\"version\" value=\"" + show().version() + "\"")));
		assertThat(show().contractAmount()).isEqualByComparingTo("90");
	}

	@Test
	void aRepOfAnotherTeamGetsNotFoundOnEveryTab() throws Exception {
		for (String tab : List.of("activities", "assessment", "team", "contract")) {
			this.mvc.perform(get("/opportunities/{id}/" + tab, this.deal).with(as("rep.wang")))
				.andExpect(status().isNotFound());
		}
		this.mvc
			.perform(post("/opportunities/{id}/activities", this.deal).with(as("rep.wang"))
				.with(csrf())
				.param("type", "SALES_VISIT")
				.param("summary", "越权"))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/opportunities/{id}/assessment", this.deal).with(as("rep.wang")).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/opportunities/{id}/team", this.deal).with(as("rep.wang"))
				.with(csrf())
				.param("userId", String.valueOf(viewer("rep.wang").userId())))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/opportunities/{id}/payments", this.deal).with(as("rep.wang"))
				.with(csrf())
				.param("amount", "1")
				.param("receivedOn", LocalDate.now().toString()))
			.andExpect(status().isNotFound());
		assertThat(this.activities.activitiesOf(this.deal, viewer("rep.zhang"))).isEmpty();
		assertThat(this.teams.members(this.deal, viewer("rep.zhang"))).isEmpty();
	}

	@Test
	void aLoggedVisitAndAPassedAssessmentSatisfyTheirMilestonesItems() throws Exception {
		moveTo(Milestone.CALL_AND_VISIT);
		assertThat(itemDone(AutomaticRule.VISIT_LOGGED)).isFalse();
		this.mvc
			.perform(post("/opportunities/{id}/activities", this.deal).with(as("rep.zhang"))
				.with(csrf())
				.param("type", "SALES_VISIT")
				.param("occurredAt", LocalDateTime.now(ZoneId.of("Asia/Shanghai")).minusHours(1).format(LOCAL_MINUTES))
				.param("summary", "首次上门拜访"))
			.andExpect(status().isFound());
		assertThat(itemDone(AutomaticRule.VISIT_LOGGED)).isTrue();

		moveTo(Milestone.SOLUTION_AND_TENDER);
		assertThat(itemDone(AutomaticRule.ASSESSMENT_PASSED)).isFalse();
		this.mvc.perform(assessment("YES")).andExpect(status().isFound());
		assertThat(itemDone(AutomaticRule.ASSESSMENT_PASSED)).isTrue();
	}

	private MockHttpServletRequestBuilder assessment(String answer) {
		MockHttpServletRequestBuilder request = post("/opportunities/{id}/assessment", this.deal).with(as("rep.zhang"))
			.with(csrf());
		for (AssessmentQuestion question : AssessmentQuestion.values()) {
			request.param("answers[" + question + "]", answer).param("notes[" + question + "]", "依据");
		}
		return request;
	}

	private boolean itemDone(AutomaticRule rule) {
		return this.milestones.screen(this.deal, viewer("rep.zhang"))
			.checklist()
			.stream()
			.filter((entry) -> entry.rule() == rule)
			.findFirst()
			.orElseThrow()
			.done();
	}

	/**
	 * Moves the deal forward step by step to {@code target} by the team manager's
	 * overrides.
	 */
	private void moveTo(Milestone target) {
		Viewer manager = viewer("manager.south");
		Milestone at = show().milestone();
		while (at != target) {
			at = at.next().orElseThrow();
			this.milestones.move(this.deal, null, at, "测试：经理越过关卡", true, manager);
		}
	}

	private OpportunityView show() {
		return this.opportunities.show(this.deal, viewer("rep.zhang"));
	}

	private List<HistoryRow> dealHistory() {
		return this.history.latestOf(new HistorySubject(OpportunityService.OPPORTUNITY, this.deal));
	}

	private Viewer viewer(String username) {
		return ((CurrentUser) this.users.loadUserByUsername(username)).viewer();
	}

	private RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

	private static String code() {
		return Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36 * 36), 36).toUpperCase();
	}

}
