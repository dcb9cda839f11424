package com.kacrm.app.opportunity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.kacrm.app.test.CrmIntegrationTest;
import com.kacrm.domain.approval.ApprovalForm;
import com.kacrm.domain.expense.ExpenseStatus;
import com.kacrm.domain.expense.ExpenseType;
import com.kacrm.domain.expense.NewExpense;
import com.kacrm.domain.expense.SalesExpense;
import com.kacrm.domain.history.HistorySubject;
import com.kacrm.domain.inbox.NoticeKind;
import com.kacrm.domain.opportunity.Opportunity;
import com.kacrm.domain.playbook.Milestone;
import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.domain.shared.Violation;
import com.kacrm.persistence.approval.ApprovalService;
import com.kacrm.persistence.expense.DealExpenses;
import com.kacrm.persistence.expense.ExpenseRow;
import com.kacrm.persistence.expense.ExpenseService;
import com.kacrm.persistence.expense.RecordedExpense;
import com.kacrm.persistence.history.HistoryRow;
import com.kacrm.persistence.history.HistoryService;
import com.kacrm.persistence.inbox.InboxService;
import com.kacrm.persistence.inbox.NoticeRow;
import com.kacrm.persistence.lead.ConversionResult;
import com.kacrm.persistence.opportunity.OpportunityService;
import com.kacrm.persistence.shared.BusinessCalendar;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The sales-expense tab of a deal (销售费用, SPEC 6): before the 立项 request is approved it
 * explains why nothing can be recorded and refuses expenses; within the approved budget
 * an expense is recorded; beyond it, it waits (with a notice in the inbox that leads to
 * the tab) until manager.south (manager of rep.zhang's team SZ) approves or refuses it; a
 * rep cannot decide (403); rep.wang of team SH finds nothing (404); two expenses recorded
 * at once never both pass the budget check. Each test makes its own SZ deal; most open
 * its budget directly on the deal as an approval does, one goes through the real
 * approval.
 */
@CrmIntegrationTest
class OpportunityExpensesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	ExpenseService expenses;

	@Autowired
	ApprovalService approvals;

	@Autowired
	HistoryService history;

	@Autowired
	InboxService inbox;

	@Autowired
	BusinessCalendar calendar;

	@Autowired
	EntityManager entityManager;

	@Autowired
	TransactionTemplate transactions;

	DealPageFixture deals;

	long accountId;

	long dealId;

	LocalDate today;

	@BeforeEach
	void createDeal() {
		this.deals = new DealPageFixture(this.context);
		ConversionResult result = this.deals.newDeal("销售费用测试");
		this.accountId = result.accountId();
		this.dealId = result.opportunityId();
		this.today = this.calendar.today();
	}

	@Test
	void beforeTheRequestIsApprovedTheTabExplainsWhyAndNothingIsSaved() throws Exception {
		this.mvc.perform(get("/opportunities/{id}", this.dealId).with(this.deals.as("rep.zhang")))
			.andExpect(content().string(containsString("data-tab=\"expenses\"")))
			.andExpect(content().string(containsString("销售费用")));
		this.mvc.perform(get("/opportunities/{id}/expenses", this.dealId).with(this.deals.as("rep.zhang")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("aria-current=\"page\" data-tab=\"expenses\"")))
			.andExpect(content().string(containsString("data-testid=\"expenses-not-open\"")))
			.andExpect(content().string(containsString("只能在项目立项申请获批后登记")))
			.andExpect(content().string(containsString("href=\"/opportunities/" + this.dealId + "\"")))
			.andExpect(content().string(not(containsString("id=\"expense-form\""))));

		this.mvc.perform(record("ENTERTAINMENT", "800", null).with(this.deals.as("rep.zhang")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"form-errors\"")))
			.andExpect(content().string(containsString("项目立项申请获批后才能登记销售费用")));
		assertThat(count()).isZero();
	}

	@Test
	void anExpenseWithinTheBudgetIsRecordedAndShownAgainstIt() throws Exception {
		openBudget("10000");
		this.mvc.perform(get("/opportunities/{id}/expenses", this.dealId).with(this.deals.as("rep.zhang")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"expense-form\"")))
			.andExpect(content().string(containsString("data-testid=\"expenses-none\"")))
			.andExpect(content().string(containsString("超支费用须经团队经理批准后才计入已用")));

		this.mvc.perform(record("TRAVEL", "2500", null).with(this.deals.as("rep.zhang")))
			.andExpect(redirectedUrl("/opportunities/" + this.dealId + "/expenses"))
			.andExpect(flash().attribute("flashSuccess", "expense.recorded"));

		this.mvc.perform(get("/opportunities/{id}/expenses", this.dealId).with(this.deals.as("rep.zhang")))
			.andExpect(content().string(containsString("data-testid=\"expense-budget\">10,000.00<")))
			.andExpect(content().string(containsString("data-testid=\"expense-spent\">2,500.00<")))
			.andExpect(content().string(containsString("data-testid=\"expense-pending\">0.00<")))
			.andExpect(content().string(containsString(">7,500.00<")))
			.andExpect(content().string(containsString("progress-step-25")))
			.andExpect(content().string(containsString("data-status=\"RECORDED\"")))
			.andExpect(content().string(containsString("宴请与差旅说明")));
		assertThat(dealHistory()).filteredOn((row) -> row.field().equals("expense.history.TRAVEL"))
			.extracting(HistoryRow::newValue, HistoryRow::reason)
			.containsExactly(tuple("2500", "宴请与差旅说明"));
	}

	@Test
	void brokenRulesShowNextToTheirFieldsAndNothingIsSaved() throws Exception {
		openBudget("10000");
		this.mvc
			.perform(post("/opportunities/{id}/expenses", this.dealId).param("type", "")
				.param("spentOn", this.today.plusDays(2).toString())
				.param("amount", "-5")
				.param("description", " ")
				.with(this.deals.as("rep.zhang"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-error-for=\"type\"")))
			.andExpect(content().string(containsString("data-error-for=\"spentOn\"")))
			.andExpect(content().string(containsString("费用日期不能晚于今天")))
			.andExpect(content().string(containsString("data-error-for=\"amount\"")))
			.andExpect(content().string(containsString("金额必须大于 0")))
			.andExpect(content().string(containsString("data-error-for=\"description\"")));
		assertThat(count()).isZero();
	}

	@Test
	void anOverrunWaitsUntilTheTeamsManagerApprovesItAndARepMayNotApprove() throws Exception {
		openBudget("1000");
		this.mvc.perform(record("EVENTS", "1500", null).with(this.deals.as("rep.zhang")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-error-for=\"overrunReason\"")))
			.andExpect(content().string(containsString("金额超出剩余预算（1000.00 元），请填写超支原因")));
		assertThat(count()).isZero();

		this.mvc.perform(record("EVENTS", "1500", "客户技术交流会场地费").with(this.deals.as("rep.zhang")))
			.andExpect(redirectedUrl("/opportunities/" + this.dealId + "/expenses"))
			.andExpect(flash().attribute("flashSuccess", "expense.recordedPending"));
		ExpenseRow pending = onlyRow();
		assertThat(pending.status()).isEqualTo(ExpenseStatus.OVERRUN_PENDING);
		this.mvc.perform(get("/opportunities/{id}/expenses", this.dealId).with(this.deals.as("rep.zhang")))
			.andExpect(content().string(containsString("data-testid=\"expense-spent\">0.00<")))
			.andExpect(content().string(containsString("data-testid=\"expense-pending\">1,500.00<")))
			.andExpect(content().string(containsString("超支原因：</span><span class=\"text-prewrap\">客户技术交流会场地费")))
			.andExpect(content().string(not(containsString("data-testid=\"expense-approve\""))));
		this.mvc.perform(get("/opportunities/{id}/expenses", this.dealId).with(this.deals.as("manager.south")))
			.andExpect(content().string(containsString("data-testid=\"expenses-pending-notice\"")))
			.andExpect(content().string(containsString("data-testid=\"expense-approve\"")));
		NoticeRow notice = this.inbox.notices(this.deals.viewer("manager.south"), PageRequest.of(0, 50))
			.stream()
			.filter((n) -> n.kind() == NoticeKind.EXPENSE_OVERRUN && Long.valueOf(this.dealId).equals(n.subjectId()))
			.findFirst()
			.orElseThrow();
		this.mvc.perform(get("/inbox").with(this.deals.as("manager.south")))
			.andExpect(content().string(containsString("费用超预算待审批")))
			.andExpect(content().string(containsString("1500.00 元，等待您审批。原因：客户技术交流会场地费")));
		this.mvc.perform(post("/inbox/{id}/open", notice.id()).with(this.deals.as("manager.south")).with(csrf()))
			.andExpect(redirectedUrl("/opportunities/" + this.dealId + "/expenses"));

		this.mvc.perform(decide(pending.id(), "approve", null).with(this.deals.as("rep.zhang")))
			.andExpect(status().isForbidden());
		this.mvc.perform(decide(pending.id(), "approve", null).with(this.deals.as("rep.li")))
			.andExpect(status().isForbidden());
		assertThat(onlyRow().status()).isEqualTo(ExpenseStatus.OVERRUN_PENDING);

		this.mvc.perform(decide(pending.id(), "approve", "同意，会后提交小结").with(this.deals.as("manager.south")))
			.andExpect(redirectedUrl("/opportunities/" + this.dealId + "/expenses#expense-" + pending.id()))
			.andExpect(flash().attribute("flashSuccess", "expense.approved"));
		assertThat(onlyRow()).extracting(ExpenseRow::status, ExpenseRow::decidedByName, ExpenseRow::decisionComment)
			.containsExactly(ExpenseStatus.OVERRUN_APPROVED, "陈志强", "同意，会后提交小结");
		this.mvc.perform(get("/opportunities/{id}/expenses", this.dealId).with(this.deals.as("rep.zhang")))
			.andExpect(content().string(containsString("data-testid=\"expense-spent\">1,500.00<")))
			.andExpect(content().string(containsString("已超出预算")))
			.andExpect(content().string(containsString("data-testid=\"expense-decision\"")));

		this.mvc.perform(decide(pending.id(), "refuse", "晚了").with(this.deals.as("admin")))
			.andExpect(flash().attribute("flashError", "expense.error.alreadyApproved"));
		assertThat(dealHistory()).filteredOn((row) -> row.field().equals(SalesExpense.OVERRUN_FIELD))
			.extracting(HistoryRow::oldValue, HistoryRow::newValue)
			.containsExactlyInAnyOrder(tuple(null, "OVERRUN_PENDING"), tuple("OVERRUN_PENDING", "OVERRUN_APPROVED"));
	}

	@Test
	void aRefusalNeedsAReasonAndARefusedOverrunIsNotSpent() throws Exception {
		openBudget("1000");
		long id = this.expenses.record(this.dealId, expense("SAMPLES", "1200", "追加样品"), this.deals.viewer("rep.zhang"))
			.id();

		this.mvc.perform(decide(id, "refuse", " ").with(this.deals.as("manager.south")))
			.andExpect(status().isOk())
			.andExpect(content().string(matchesPattern("(?s).*/expenses/" + id
					+ "/refuse\".*data-error-for=\"comment\".*不批准超支费用时必须填写意见.*data-testid=\"expense-refuse\".*")))
			.andExpect(content().string(not(containsString("alert-dismissible"))));
		assertThat(onlyRow().status()).isEqualTo(ExpenseStatus.OVERRUN_PENDING);
		this.mvc.perform(decide(id, "refuse", "样品费用走市场部预算").with(this.deals.as("manager.south")))
			.andExpect(flash().attribute("flashSuccess", "expense.refused"));

		DealExpenses result = this.expenses.expenses(this.dealId, this.deals.viewer("rep.zhang"));
		assertThat(result.spent()).isEqualByComparingTo("0");
		assertThat(result.pending()).isEqualByComparingTo("0");
		assertThat(result.rows()).extracting(ExpenseRow::status, ExpenseRow::decisionComment)
			.containsExactly(tuple(ExpenseStatus.OVERRUN_REFUSED, "样品费用走市场部预算"));
	}

	@Test
	void theManagersOwnOverrunIsApprovedAsItIsRecorded() throws Exception {
		openBudget("1000");
		this.mvc.perform(get("/opportunities/{id}/expenses", this.dealId).with(this.deals.as("manager.south")))
			.andExpect(content().string(containsString("您登记的超支费用即时批准")));
		this.mvc.perform(record("ENTERTAINMENT", "1800", "总监陪同拜访客户总经理").with(this.deals.as("manager.south")))
			.andExpect(flash().attribute("flashSuccess", "expense.recordedApproved"));
		assertThat(onlyRow()).extracting(ExpenseRow::status, ExpenseRow::decidedByName)
			.containsExactly(ExpenseStatus.OVERRUN_APPROVED, "陈志强");
	}

	@Test
	void aRepOfAnotherTeamFindsNeitherTheTabNorTheExpenses() throws Exception {
		openBudget("1000");
		long id = this.expenses.record(this.dealId, expense("TRAVEL", "1500", "多一次出差"), this.deals.viewer("rep.zhang"))
			.id();

		this.mvc.perform(get("/opportunities/{id}/expenses", this.dealId).with(this.deals.as("rep.wang")))
			.andExpect(status().isNotFound());
		this.mvc.perform(record("TRAVEL", "10", null).with(this.deals.as("rep.wang"))).andExpect(status().isNotFound());
		this.mvc.perform(decide(id, "approve", null).with(this.deals.as("manager.east")))
			.andExpect(status().isNotFound());
		assertThat(onlyRow().status()).isEqualTo(ExpenseStatus.OVERRUN_PENDING);
		assertThat(count()).isEqualTo(1);
	}

	@Test
	void twoExpensesRecordedAtOnceNeverBothPassTheBudgetCheck() throws Exception {
		openBudget("1000");
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			CountDownLatch start = new CountDownLatch(1);
			Callable<Object> attempt = () -> {
				start.await();
				try {
					return this.expenses.record(this.dealId, expense("TRAVEL", "600", null),
							this.deals.viewer("rep.zhang"));
				}
				catch (ChangeRejected ex) {
					return ex;
				}
			};
			List<Future<Object>> results = new ArrayList<>();
			results.add(pool.submit(attempt));
			results.add(pool.submit(attempt));
			start.countDown();
			List<Object> outcomes = new ArrayList<>();
			for (Future<Object> result : results) {
				outcomes.add(result.get(30, TimeUnit.SECONDS));
			}
			assertThat(outcomes).filteredOn(RecordedExpense.class::isInstance).hasSize(1);
			assertThat(outcomes).filteredOn(ChangeRejected.class::isInstance)
				.singleElement()
				.satisfies((ex) -> assertThat(((ChangeRejected) ex).violations()).extracting(Violation::field)
					.containsExactly("overrunReason"));
		}
		finally {
			pool.shutdownNow();
		}
		DealExpenses result = this.expenses.expenses(this.dealId, this.deals.viewer("rep.zhang"));
		assertThat(result.spent()).isEqualByComparingTo("600");
		assertThat(result.rows()).hasSize(1);
	}

	@Test
	void theApprovedRequestOpensTheBudgetOnTheTab() throws Exception {
		this.deals.toCallAndVisit(this.dealId);
		this.deals.logVisit(this.accountId, this.dealId);
		long contact = this.deals.identifyContact(this.accountId, this.dealId);
		this.deals.inviteByPhone(this.accountId, this.dealId, contact);
		this.deals.tickManualItems(this.dealId);
		ApprovalForm prefilled = this.approvals.newRequest(this.dealId, this.deals.viewer("rep.zhang")).form();
		ApprovalForm form = new ApprovalForm(prefilled.projectName(), "替换老旧散热器", "高效散热器契合客户节能目标", new BigDecimal("120"),
				this.today.plusMonths(3), "设备部评估，总经理拍板", prefilled.keyPeople(), prefilled.competitorIds(),
				prefilled.proposedTeam(), new BigDecimal("5000"), "竞争对手价格低");
		long request = this.approvals.create(this.dealId, form, this.deals.viewer("rep.zhang"));
		this.approvals.submit(request, null, this.deals.viewer("rep.zhang"));
		this.approvals.approve(request, "同意立项", this.deals.viewer("manager.south"));
		assertThat(this.deals.show(this.dealId).milestone()).isEqualTo(Milestone.PROJECT_APPROVAL);

		this.mvc.perform(get("/opportunities/{id}/expenses", this.dealId).with(this.deals.as("rep.zhang")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("data-testid=\"expenses-not-open\""))))
			.andExpect(content().string(containsString("data-testid=\"expense-budget\">5,000.00<")))
			.andExpect(content().string(containsString("id=\"expense-form\"")));
		this.mvc.perform(record("ENTERTAINMENT", "1200", null).with(this.deals.as("rep.zhang")))
			.andExpect(flash().attribute("flashSuccess", "expense.recorded"));
		assertThat(this.expenses.expenses(this.dealId, this.deals.viewer("rep.zhang")).remaining())
			.isEqualByComparingTo("3800");
	}

	@Test
	void theApiRefusesExpensesBeforeApprovalAndRecordsThemAgainstTheBudgetAfterwards() throws Exception {
		String body = "{\"type\":\"TRAVEL\",\"spentOn\":\"" + this.today
				+ "\",\"amount\":1500,\"description\":\"上海现场考察\"}";
		this.mvc
			.perform(post("/api/v1/opportunities/{id}/expenses", this.dealId).contentType(MediaType.APPLICATION_JSON)
				.content(body)
				.with(httpBasic("rep.zhang", "demo1234")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[0].code").value("expense.error.noBudget"));
		openBudget("1000");
		this.mvc
			.perform(post("/api/v1/opportunities/{id}/expenses", this.dealId).contentType(MediaType.APPLICATION_JSON)
				.content(body)
				.with(httpBasic("rep.zhang", "demo1234")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[0].field").value("overrunReason"));
		String withReason = body.replace("}", ",\"overrunReason\":\"客户临时增加工厂考察\"}");
		this.mvc
			.perform(post("/api/v1/opportunities/{id}/expenses", this.dealId).contentType(MediaType.APPLICATION_JSON)
				.content(withReason)
				.with(httpBasic("rep.zhang", "demo1234")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("OVERRUN_PENDING"))
			.andExpect(jsonPath("$.amount").value(1500));
		long id = onlyRow().id();
		this.mvc
			.perform(post("/api/v1/opportunities/{id}/expenses/{e}/approve", this.dealId, id)
				.with(httpBasic("rep.zhang", "demo1234")))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/api/v1/opportunities/{id}/expenses/{e}/approve", this.dealId, id)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"comment\":\"同意\"}")
				.with(httpBasic("manager.south", "demo1234")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("OVERRUN_APPROVED"))
			.andExpect(jsonPath("$.decidedByName").value("陈志强"));
		this.mvc
			.perform(get("/api/v1/opportunities/{id}/expenses", this.dealId).with(httpBasic("rep.zhang", "demo1234")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.open").value(true))
			.andExpect(jsonPath("$.budget").value(1000))
			.andExpect(jsonPath("$.spent").value(1500))
			.andExpect(jsonPath("$.remaining").value(-500))
			.andExpect(jsonPath("$.overBudget").value(true))
			.andExpect(jsonPath("$.expenses[0].status").value("OVERRUN_APPROVED"));
		this.mvc
			.perform(get("/api/v1/opportunities/{id}/expenses", this.dealId).with(httpBasic("rep.wang", "demo1234")))
			.andExpect(status().isNotFound());
	}

	private MockHttpServletRequestBuilder record(String type, String amount, String overrunReason) {
		MockHttpServletRequestBuilder request = post("/opportunities/{id}/expenses", this.dealId).param("type", type)
			.param("spentOn", this.today.toString())
			.param("amount", amount)
			.param("description", "宴请与差旅说明")
			.with(csrf());
		return (overrunReason != null) ? request.param("overrunReason", overrunReason) : request;
	}

	private MockHttpServletRequestBuilder decide(long expenseId, String decision, String comment) {
		MockHttpServletRequestBuilder request = post("/opportunities/{id}/expenses/{e}/" + decision, this.dealId,
				expenseId)
			.with(csrf());
		return (comment != null) ? request.param("comment", comment) : request;
	}

	private NewExpense expense(String type, String amount, String overrunReason) {
		return new NewExpense(ExpenseType.valueOf(type), this.today, new BigDecimal(amount), "测试费用", overrunReason);
	}

	/** Opens the deal's budget as an approved request does, a minute into today. */
	private void openBudget(String budget) {
		ZoneId zone = this.calendar.zone();
		this.transactions.executeWithoutResult((status) -> this.entityManager.find(Opportunity.class, this.dealId)
			.openExpenseBudget(new BigDecimal(budget), this.today.atStartOfDay(zone).toInstant().plusSeconds(60)));
	}

	private ExpenseRow onlyRow() {
		List<ExpenseRow> rows = this.expenses.expenses(this.dealId, this.deals.viewer("rep.zhang")).rows();
		assertThat(rows).hasSize(1);
		return rows.get(0);
	}

	private long count() {
		return this.expenses.expenses(this.dealId, this.deals.viewer("rep.zhang")).rows().size();
	}

	private List<HistoryRow> dealHistory() {
		return this.history.latestOf(new HistorySubject(OpportunityService.OPPORTUNITY, this.dealId));
	}

}
