package com.kacrm.persistence.expense;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.kacrm.domain.expense.ExpenseStatus;
import com.kacrm.domain.expense.ExpenseType;
import com.kacrm.domain.expense.NewExpense;
import com.kacrm.domain.expense.SalesExpense;
import com.kacrm.domain.history.HistorySubject;
import com.kacrm.domain.inbox.Notice;
import com.kacrm.domain.inbox.NoticeKind;
import com.kacrm.domain.opportunity.Opportunity;
import com.kacrm.domain.organisation.Role;
import com.kacrm.domain.organisation.Team;
import com.kacrm.domain.organisation.User;
import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.domain.shared.Violation;
import com.kacrm.persistence.account.AccountService;
import com.kacrm.persistence.contact.ContactService;
import com.kacrm.persistence.history.HistoryRow;
import com.kacrm.persistence.history.HistoryService;
import com.kacrm.persistence.opportunity.OpportunityNotFoundException;
import com.kacrm.persistence.opportunity.OpportunityService;
import com.kacrm.persistence.shared.BusinessCalendar;
import com.kacrm.persistence.shared.NotPermittedException;
import com.kacrm.persistence.shared.Viewer;
import com.kacrm.persistence.test.OrgChartWorld;
import com.kacrm.persistence.test.PersistenceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Sales expenses on the real database: refused before the 立项 request is approved,
 * recorded within the budget, pending beyond it until the manager of the deal's team
 * decides, each step in the deal's history; other teams find nothing, reps decide
 * nothing; a pending overrun reaches the manager's inbox. Each test rolls back.
 */
@PersistenceTest
class ExpenseServiceIntegrationTests {

	@Autowired
	ExpenseService expenses;

	@Autowired
	AccountService accounts;

	@Autowired
	ContactService contacts;

	@Autowired
	HistoryService history;

	@Autowired
	BusinessCalendar calendar;

	@Autowired
	TestEntityManager entities;

	OrgChartWorld world;

	Viewer manager;

	LocalDate today;

	@BeforeEach
	void createWorld() {
		this.world = new OrgChartWorld(this.entities, this.accounts, this.contacts);
		Team team = this.entities.find(Opportunity.class, this.world.opportunityId).getTeam();
		User boss = this.entities
			.persist(new User("mgr" + this.world.opportunityId, "测试经理", "{test}x", Role.MANAGER, team, Instant.now()));
		team.appointManager(boss);
		this.entities.flush();
		this.manager = new Viewer(boss.getId(), boss.getDisplayName(), Role.MANAGER, team.getCode());
		this.today = this.calendar.today();
	}

	@Test
	void beforeTheRequestIsApprovedNothingIsRecorded() {
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> this.expenses.record(this.world.opportunityId, travel("800", null), this.world.rep))
			.satisfies((ex) -> assertThat(ex.violations()).extracting(Violation::field, Violation::messageKey)
				.containsExactly(tuple(null, "expense.error.noBudget")));
		this.world.clear();

		DealExpenses result = this.expenses.expenses(this.world.opportunityId, this.world.rep);
		assertThat(result.open()).isFalse();
		assertThat(result.budget()).isNull();
		assertThat(result.rows()).isEmpty();
		assertThat(count()).isZero();
	}

	@Test
	void anExpenseWithinTheBudgetIsSpentAndInTheDealsHistory() {
		openBudget("10000");
		long id = this.expenses.record(this.world.opportunityId, travel("2500.50", null), this.world.rep).id();
		this.world.clear();

		DealExpenses result = this.expenses.expenses(this.world.opportunityId, this.world.rep);
		assertThat(result.open()).isTrue();
		assertThat(result.budget()).isEqualByComparingTo("10000");
		assertThat(result.spent()).isEqualByComparingTo("2500.50");
		assertThat(result.pending()).isEqualByComparingTo("0");
		assertThat(result.remaining()).isEqualByComparingTo("7499.50");
		assertThat(result.percentSpent()).isEqualTo(25);
		assertThat(result.mayManage()).isFalse();
		assertThat(result.rows())
			.extracting(ExpenseRow::id, ExpenseRow::type, ExpenseRow::status, ExpenseRow::description,
					ExpenseRow::mayDecide)
			.containsExactly(tuple(id, ExpenseType.TRAVEL, ExpenseStatus.RECORDED, "深圳—上海 现场考察差旅", false));
		assertThat(dealHistory()).filteredOn((row) -> row.field().startsWith("expense."))
			.extracting(HistoryRow::field, HistoryRow::newValue, HistoryRow::reason)
			.containsExactly(tuple("expense.history.TRAVEL", "2500.5", "深圳—上海 现场考察差旅"));
	}

	@Test
	void anOverrunWaitsUntilTheTeamsManagerApprovesItAndARepCannotApprove() {
		openBudget("3000");
		this.expenses.record(this.world.opportunityId, travel("2000", null), this.world.rep);
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> this.expenses.record(this.world.opportunityId, travel("1500", null), this.world.rep))
			.satisfies((ex) -> assertThat(ex.violations())
				.extracting(Violation::field, Violation::messageKey, Violation::arguments)
				.containsExactly(tuple("overrunReason", "expense.error.overrunReasonRequired", List.of("1000.00"))));
		long overrun = this.expenses.record(this.world.opportunityId, travel("1500", "客户要求增加一次工厂考察"), this.world.rep)
			.id();
		this.world.clear();
		assertThat(overrunNotices()).as("the overrun waits in the inbox of the team's manager")
			.extracting((n) -> n.getRecipient().getId(), Notice::getSubjectType, Notice::getSubjectId,
					Notice::getArguments)
			.containsExactly(tuple(this.manager.userId(), OpportunityService.OPPORTUNITY, this.world.opportunityId,
					List.of(dealName(), "1500.00", this.world.rep.name(), "客户要求增加一次工厂考察")));

		DealExpenses waiting = this.expenses.expenses(this.world.opportunityId, this.world.rep);
		assertThat(waiting.spent()).isEqualByComparingTo("2000");
		assertThat(waiting.pending()).isEqualByComparingTo("1500");
		assertThat(waiting.pendingCount()).isEqualTo(1);
		assertThat(waiting.rows()).filteredOn((row) -> row.id() == overrun)
			.extracting(ExpenseRow::status, ExpenseRow::overrunReason, ExpenseRow::mayDecide)
			.containsExactly(tuple(ExpenseStatus.OVERRUN_PENDING, "客户要求增加一次工厂考察", false));
		assertThat(this.expenses.expenses(this.world.opportunityId, this.manager).rows())
			.filteredOn((row) -> row.id() == overrun)
			.extracting(ExpenseRow::mayDecide)
			.containsExactly(true);

		assertThatExceptionOfType(NotPermittedException.class).isThrownBy(
				() -> this.expenses.decideOverrun(this.world.opportunityId, overrun, true, null, this.world.rep));
		this.expenses.decideOverrun(this.world.opportunityId, overrun, true, "同意，注意控制", this.manager);
		this.world.clear();

		DealExpenses decided = this.expenses.expenses(this.world.opportunityId, this.world.rep);
		assertThat(decided.spent()).isEqualByComparingTo("3500");
		assertThat(decided.pending()).isEqualByComparingTo("0");
		assertThat(decided.remaining()).isEqualByComparingTo("-500");
		assertThat(decided.overBudget()).isTrue();
		assertThat(decided.rows()).filteredOn((row) -> row.id() == overrun)
			.extracting(ExpenseRow::status, ExpenseRow::decidedByName, ExpenseRow::decisionComment)
			.containsExactly(tuple(ExpenseStatus.OVERRUN_APPROVED, "测试经理", "同意，注意控制"));
		assertThat(dealHistory()).filteredOn((row) -> row.field().equals(SalesExpense.OVERRUN_FIELD))
			.extracting(HistoryRow::oldValue, HistoryRow::newValue, HistoryRow::reason)
			.containsExactlyInAnyOrder(tuple(null, "OVERRUN_PENDING", "客户要求增加一次工厂考察"),
					tuple("OVERRUN_PENDING", "OVERRUN_APPROVED", "同意，注意控制"));
	}

	@Test
	void aRefusedOverrunIsNeverSpentAndTheSecondDecisionIsToldWhoDecided() {
		openBudget("1000");
		long overrun = this.expenses.record(this.world.opportunityId, travel("1500", "参加行业展会"), this.world.rep).id();
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> this.expenses.decideOverrun(this.world.opportunityId, overrun, false, " ", this.manager))
			.satisfies((ex) -> assertThat(ex.violations()).extracting(Violation::field).containsExactly("comment"));
		this.expenses.decideOverrun(this.world.opportunityId, overrun, false, "展会费用走市场部", this.manager);
		this.world.clear();

		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> this.expenses.decideOverrun(this.world.opportunityId, overrun, true, null, this.manager))
			.satisfies((ex) -> assertThat(ex.violations()).extracting(Violation::messageKey, Violation::arguments)
				.containsExactly(tuple("expense.error.alreadyRefused", List.of("测试经理"))));
		DealExpenses result = this.expenses.expenses(this.world.opportunityId, this.world.rep);
		assertThat(result.spent()).isEqualByComparingTo("0");
		assertThat(result.pending()).isEqualByComparingTo("0");
		assertThat(result.rows()).extracting(ExpenseRow::status, ExpenseRow::decisionComment)
			.containsExactly(tuple(ExpenseStatus.OVERRUN_REFUSED, "展会费用走市场部"));
	}

	@Test
	void theManagersOwnOverrunIsApprovedAsItIsRecorded() {
		openBudget("1000");
		this.expenses.record(this.world.opportunityId, travel("1500", "总监陪同拜访客户高层"), this.manager);
		this.world.clear();

		DealExpenses result = this.expenses.expenses(this.world.opportunityId, this.manager);
		assertThat(result.mayManage()).isTrue();
		assertThat(result.spent()).isEqualByComparingTo("1500");
		assertThat(result.rows()).extracting(ExpenseRow::status, ExpenseRow::decidedByName, ExpenseRow::mayDecide)
			.containsExactly(tuple(ExpenseStatus.OVERRUN_APPROVED, "测试经理", false));
		assertThat(overrunNotices()).as("approved at once: nobody has anything to decide").isEmpty();
	}

	@Test
	void anotherTeamFindsNeitherTheDealNorItsExpensesAndAnExpenseBelongsToItsDeal() {
		openBudget("1000");
		long id = this.expenses.record(this.world.opportunityId, travel("1500", "参加行业展会"), this.world.rep).id();

		assertThatExceptionOfType(OpportunityNotFoundException.class)
			.isThrownBy(() -> this.expenses.expenses(this.world.opportunityId, this.world.otherTeamRep));
		assertThatExceptionOfType(OpportunityNotFoundException.class).isThrownBy(
				() -> this.expenses.record(this.world.opportunityId, travel("10", null), this.world.otherTeamRep));
		assertThatExceptionOfType(OpportunityNotFoundException.class).isThrownBy(
				() -> this.expenses.decideOverrun(this.world.opportunityId, id, true, null, this.world.otherTeamRep));
		assertThatExceptionOfType(ExpenseNotFoundException.class)
			.isThrownBy(() -> this.expenses.decideOverrun(this.world.otherOpportunityId, id, true, null, this.manager));
		assertThat(count()).isEqualTo(1);
	}

	private NewExpense travel(String amount, String overrunReason) {
		return new NewExpense(ExpenseType.TRAVEL, this.today, new BigDecimal(amount), "深圳—上海 现场考察差旅", overrunReason);
	}

	/** Opens the deal's budget as an approved request does, earlier today. */
	private void openBudget(String budget) {
		Opportunity deal = this.entities.find(Opportunity.class, this.world.opportunityId);
		deal.openExpenseBudget(new BigDecimal(budget),
				this.today.atStartOfDay(this.calendar.zone()).toInstant().plusSeconds(60));
		this.world.clear();
	}

	private long count() {
		return this.entities.getEntityManager()
			.createQuery("select count(e) from SalesExpense e where e.opportunity.id = :id", Long.class)
			.setParameter("id", this.world.opportunityId)
			.getSingleResult();
	}

	private List<Notice> overrunNotices() {
		return this.entities.getEntityManager()
			.createQuery("select n from Notice n where n.kind = :kind and n.subjectId = :id order by n.id",
					Notice.class)
			.setParameter("kind", NoticeKind.EXPENSE_OVERRUN)
			.setParameter("id", this.world.opportunityId)
			.getResultList();
	}

	private String dealName() {
		return this.entities.find(Opportunity.class, this.world.opportunityId).getName();
	}

	private List<HistoryRow> dealHistory() {
		return this.history.latestOf(new HistorySubject(OpportunityService.OPPORTUNITY, this.world.opportunityId));
	}

}
