package com.kacrm.domain.expense;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.kacrm.domain.opportunity.Opportunity;
import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.domain.shared.Violation;
import org.junit.jupiter.api.Test;

import static com.kacrm.domain.expense.Expenses.MANAGER;
import static com.kacrm.domain.expense.Expenses.NOW;
import static com.kacrm.domain.expense.Expenses.OPENED_ON;
import static com.kacrm.domain.expense.Expenses.SHANGHAI;
import static com.kacrm.domain.expense.Expenses.TODAY;
import static com.kacrm.domain.expense.Expenses.expense;
import static com.kacrm.domain.expense.Expenses.record;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The budget rule of SPEC 6: no expense before the 立项 request is approved; within what is
 * left an expense is simply recorded; beyond it only with a reason, pending until the
 * manager approves (or approved at once when the manager records it); spent = recorded +
 * approved overruns.
 */
class ExpenseBudgetTests {

	private final Expenses expenses = new Expenses();

	@Test
	void beforeTheRequestIsApprovedThereIsNoBudgetAndEveryExpenseIsRefused() {
		ExpenseBudget budget = ExpenseBudget.of(this.expenses.dealWithoutBudget(), List.of(), SHANGHAI);

		assertThat(budget.isOpen()).isFalse();
		assertThat(budget.remaining()).isNull();
		assertThat(budget.percentSpent()).isZero();
		assertThatExceptionOfType(ChangeRejected.class).isThrownBy(() -> budget.admit(expense("100"), true, TODAY))
			.satisfies((ex) -> assertThat(ex.violations()).extracting(Violation::field, Violation::messageKey)
				.containsExactly(tuple(null, "expense.error.noBudget")));
	}

	@Test
	void theBudgetOpensOnTheBusinessDayOfTheApproval() {
		ExpenseBudget budget = ExpenseBudget.of(this.expenses.dealWithBudget("10000"), List.of(), SHANGHAI);

		assertThat(budget.isOpen()).isTrue();
		assertThat(budget.budget()).isEqualByComparingTo("10000");
		assertThat(budget.openedOn()).isEqualTo(OPENED_ON);
		assertThat(budget.remaining()).isEqualByComparingTo("10000");
	}

	@Test
	void anExpenseWithinWhatIsLeftIsRecordedUpToTheLastYuan() {
		ExpenseBudget budget = new ExpenseBudget(new BigDecimal("10000"), OPENED_ON, new BigDecimal("9000"),
				BigDecimal.ZERO);

		assertThat(budget.admit(expense("999.99"), false, TODAY)).isEqualTo(ExpenseStatus.RECORDED);
		assertThat(budget.admit(expense("1000.00"), false, TODAY)).isEqualTo(ExpenseStatus.RECORDED);
		assertThat(budget.isExceededBy(new BigDecimal("1000.01"))).isTrue();
	}

	@Test
	void anExpenseBeyondTheBudgetNeedsAReasonAndSaysWhatIsLeft() {
		ExpenseBudget budget = new ExpenseBudget(new BigDecimal("10000"), OPENED_ON, new BigDecimal("9000"),
				BigDecimal.ZERO);

		assertThatExceptionOfType(ChangeRejected.class).isThrownBy(() -> budget.admit(expense("1500"), false, TODAY))
			.satisfies((ex) -> assertThat(ex.violations())
				.extracting(Violation::field, Violation::messageKey, Violation::arguments)
				.containsExactly(tuple("overrunReason", "expense.error.overrunReasonRequired", List.of("1000.00"))));
	}

	@Test
	void aRepsOverrunWithAReasonWaitsForTheManagerWhileTheManagersOwnIsApprovedAtOnce() {
		ExpenseBudget budget = new ExpenseBudget(new BigDecimal("10000"), OPENED_ON, new BigDecimal("9000"),
				BigDecimal.ZERO);

		assertThat(budget.admit(expense("1500", "客户临时增加一次现场考察"), false, TODAY))
			.isEqualTo(ExpenseStatus.OVERRUN_PENDING);
		assertThat(budget.admit(expense("1500", "客户临时增加一次现场考察"), true, TODAY))
			.isEqualTo(ExpenseStatus.OVERRUN_APPROVED);
	}

	@Test
	void withAZeroBudgetEveryExpenseIsAnOverrun() {
		ExpenseBudget budget = ExpenseBudget.of(this.expenses.dealWithBudget("0"), List.of(), SHANGHAI);

		assertThat(budget.admit(expense("1", "样品运费"), false, TODAY)).isEqualTo(ExpenseStatus.OVERRUN_PENDING);
		assertThat(budget.percentSpent()).isZero();
	}

	@Test
	void spentIsWhatIsRecordedAndApprovedPendingOverrunsAreApartAndRefusedOnesCountNowhere() {
		Opportunity deal = this.expenses.dealWithBudget("10000");
		List<SalesExpense> all = new ArrayList<>();
		all.add(record(deal, all, "6000", null));
		SalesExpense approved = record(deal, all, "5000", "客户高层来访");
		all.add(approved);
		approved.approveOverrun(null, MANAGER, NOW);
		SalesExpense refused = record(deal, all, "3000", "追加样品");
		all.add(refused);
		refused.refuseOverrun("样品费用请走市场部预算", MANAGER, NOW);
		all.add(record(deal, all, "2000", "再次考察"));

		ExpenseBudget budget = ExpenseBudget.of(deal, all, SHANGHAI);

		assertThat(budget.spent()).isEqualByComparingTo("11000");
		assertThat(budget.pending()).isEqualByComparingTo("2000");
		assertThat(budget.remaining()).isEqualByComparingTo("-1000");
		assertThat(budget.percentSpent()).isEqualTo(100);
	}

	@Test
	void percentSpentIsRoundedDown() {
		assertThat(new ExpenseBudget(new BigDecimal("3000"), OPENED_ON, new BigDecimal("1999.99"), BigDecimal.ZERO)
			.percentSpent()).isEqualTo(66);
	}

	@Test
	void theFormsRulesAreReportedTogetherByField() {
		ExpenseBudget budget = new ExpenseBudget(new BigDecimal("10000"), OPENED_ON, BigDecimal.ZERO, BigDecimal.ZERO);

		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> budget.admit(new NewExpense(null, TODAY.plusDays(1), new BigDecimal("0"), "  ", null),
					false, TODAY))
			.satisfies((ex) -> assertThat(ex.violations()).extracting(Violation::field, Violation::messageKey)
				.containsExactlyInAnyOrder(tuple("type", "form.required"), tuple("spentOn", "expense.error.inFuture"),
						tuple("amount", "expense.error.amountPositive"), tuple("description", "form.required")));
		assertThatExceptionOfType(ChangeRejected.class).isThrownBy(() -> budget
			.admit(new NewExpense(ExpenseType.TRAVEL, null, new BigDecimal("-5"), "x".repeat(501), null), false, TODAY))
			.satisfies((ex) -> assertThat(ex.violations()).extracting(Violation::field, Violation::messageKey)
				.containsExactlyInAnyOrder(tuple("spentOn", "form.required"),
						tuple("amount", "expense.error.amountPositive"), tuple("description", "form.tooLong")));
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> budget.admit(new NewExpense(ExpenseType.SAMPLES, TODAY, null, "样品", null), false, TODAY))
			.satisfies((ex) -> assertThat(ex.violations()).extracting(Violation::field, Violation::messageKey)
				.containsExactly(tuple("amount", "form.required")));
	}

	@Test
	void anAmountHasAtMostTwoDecimalsAndFitsTheColumn() {
		ExpenseBudget budget = new ExpenseBudget(new BigDecimal("10000"), OPENED_ON, BigDecimal.ZERO, BigDecimal.ZERO);

		assertThatExceptionOfType(ChangeRejected.class).isThrownBy(() -> budget.admit(expense("12.345"), false, TODAY))
			.satisfies((ex) -> assertThat(ex.violations()).extracting(Violation::field, Violation::messageKey)
				.containsExactly(tuple("amount", "expense.error.amountFormat")));
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> budget.admit(expense("1000000000000", "大额"), false, TODAY))
			.satisfies((ex) -> assertThat(ex.violations()).extracting(Violation::messageKey)
				.containsExactly("expense.error.amountFormat"));
		assertThat(budget.admit(expense("12.300"), false, TODAY)).isEqualTo(ExpenseStatus.RECORDED);
	}

	@Test
	void noExpenseIsDatedBeforeTheBudgetOpened() {
		ExpenseBudget budget = new ExpenseBudget(new BigDecimal("10000"), OPENED_ON, BigDecimal.ZERO, BigDecimal.ZERO);

		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> budget.admit(
					new NewExpense(ExpenseType.TRAVEL, OPENED_ON.minusDays(1), BigDecimal.TEN, "差旅", null), false,
					TODAY))
			.satisfies((ex) -> assertThat(ex.violations())
				.extracting(Violation::field, Violation::messageKey, Violation::arguments)
				.containsExactly(tuple("spentOn", "expense.error.beforeApproval", List.of("2025-06-02"))));
		assertThat(
				budget.admit(new NewExpense(ExpenseType.TRAVEL, OPENED_ON, BigDecimal.TEN, "差旅", null), false, TODAY))
			.isEqualTo(ExpenseStatus.RECORDED);
	}

}
