package com.kacrm.domain.expense;

import java.util.ArrayList;
import java.util.List;

import com.kacrm.domain.history.FieldChange;
import com.kacrm.domain.opportunity.Opportunity;
import com.kacrm.domain.shared.Actor;
import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.domain.shared.Violation;
import org.junit.jupiter.api.Test;

import static com.kacrm.domain.expense.Expenses.MANAGER;
import static com.kacrm.domain.expense.Expenses.NOW;
import static com.kacrm.domain.expense.Expenses.SHANGHAI;
import static com.kacrm.domain.expense.Expenses.TODAY;
import static com.kacrm.domain.expense.Expenses.expense;
import static com.kacrm.domain.expense.Expenses.record;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A sales expense's life: recorded within the budget without a reason or decision; an
 * overrun keeps its reason and is decided once — approved (with or without a comment) or
 * refused (with one); a manager's own overrun is approved as it is recorded.
 */
class SalesExpenseTests {

	private final Expenses expenses = new Expenses();

	private final Opportunity deal = this.expenses.dealWithBudget("10000");

	@Test
	void anExpenseWithinTheBudgetIsRecordedWithoutReasonOrDecision() {
		SalesExpense expense = record(this.deal, List.of(), "800", "不需要的原因");

		assertThat(expense.getStatus()).isEqualTo(ExpenseStatus.RECORDED);
		assertThat(expense.getOverrunReason()).isNull();
		assertThat(expense.getDecidedByName()).isNull();
		assertThat(expense.getRecordedByName()).isEqualTo("张伟");
		assertThat(expense.getRecordedById()).isEqualTo(3L);
		assertThat(expense.getDescription()).isEqualTo("宴请设备部王部长");
		assertThat(expense.recordedChanges())
			.extracting(FieldChange::field, FieldChange::oldValue, FieldChange::newValue)
			.containsExactly(tuple("expense.history.ENTERTAINMENT", null, "800"));
	}

	@Test
	void aRepsOverrunKeepsItsReasonAndWaits() {
		SalesExpense expense = record(this.deal, List.of(), "12000", "  客户组织两次现场考察  ");

		assertThat(expense.getStatus()).isEqualTo(ExpenseStatus.OVERRUN_PENDING);
		assertThat(expense.getOverrunReason()).isEqualTo("客户组织两次现场考察");
		assertThat(expense.getDecidedAt()).isNull();
		assertThat(expense.recordedChanges()).extracting(FieldChange::field, FieldChange::newValue)
			.containsExactly(tuple("expense.history.ENTERTAINMENT", "12000"),
					tuple(SalesExpense.OVERRUN_FIELD, "OVERRUN_PENDING"));
	}

	@Test
	void aManagersOwnOverrunIsApprovedAsItIsRecordedButStillNeedsAReason() {
		ExpenseBudget budget = ExpenseBudget.of(this.deal, List.of(), SHANGHAI);
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> new SalesExpense(this.deal, budget, expense("12000"), true, TODAY, MANAGER, NOW))
			.satisfies(
					(ex) -> assertThat(ex.violations()).extracting(Violation::field).containsExactly("overrunReason"));

		SalesExpense expense = new SalesExpense(this.deal, budget, expense("12000", "总监陪同高层拜访"), true, TODAY, MANAGER,
				NOW);

		assertThat(expense.getStatus()).isEqualTo(ExpenseStatus.OVERRUN_APPROVED);
		assertThat(expense.getDecidedByName()).isEqualTo("陈志强");
		assertThat(expense.getDecidedAt()).isEqualTo(NOW);
	}

	@Test
	void theManagerApprovesAPendingOverrunOnce() {
		SalesExpense expense = record(this.deal, List.of(), "12000", "客户高层来访");

		List<FieldChange> changes = expense.approveOverrun("  同意  ", MANAGER, NOW);

		assertThat(expense.getStatus()).isEqualTo(ExpenseStatus.OVERRUN_APPROVED);
		assertThat(expense.getDecisionComment()).isEqualTo("同意");
		assertThat(expense.getDecidedByName()).isEqualTo("陈志强");
		assertThat(changes).extracting(FieldChange::field, FieldChange::oldValue, FieldChange::newValue)
			.containsExactly(tuple(SalesExpense.OVERRUN_FIELD, "OVERRUN_PENDING", "OVERRUN_APPROVED"));
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> expense.refuseOverrun("改主意了", new Actor(9L, "管理员"), NOW))
			.satisfies((ex) -> assertThat(ex.violations()).extracting(Violation::messageKey, Violation::arguments)
				.containsExactly(tuple("expense.error.alreadyApproved", List.of("陈志强"))));
		assertThat(expense.getStatus()).isEqualTo(ExpenseStatus.OVERRUN_APPROVED);
	}

	@Test
	void aRefusalNeedsACommentAndIsFinal() {
		SalesExpense expense = record(this.deal, List.of(), "12000", "追加样品");

		assertThatExceptionOfType(ChangeRejected.class).isThrownBy(() -> expense.refuseOverrun("  ", MANAGER, NOW))
			.satisfies((ex) -> assertThat(ex.violations()).extracting(Violation::field, Violation::messageKey)
				.containsExactly(tuple("comment", "expense.error.commentRequired")));
		assertThat(expense.getStatus()).isEqualTo(ExpenseStatus.OVERRUN_PENDING);

		expense.refuseOverrun("样品费用请走市场部预算", MANAGER, NOW);

		assertThat(expense.getStatus()).isEqualTo(ExpenseStatus.OVERRUN_REFUSED);
		assertThat(expense.getDecisionComment()).isEqualTo("样品费用请走市场部预算");
		assertThatExceptionOfType(ChangeRejected.class).isThrownBy(() -> expense.approveOverrun(null, MANAGER, NOW))
			.satisfies((ex) -> assertThat(ex.violations()).extracting(Violation::messageKey)
				.containsExactly("expense.error.alreadyRefused"));
	}

	@Test
	void anExpenseWithinTheBudgetHasNothingToDecide() {
		SalesExpense expense = record(this.deal, List.of(), "100", null);

		assertThatExceptionOfType(ChangeRejected.class).isThrownBy(() -> expense.approveOverrun(null, MANAGER, NOW))
			.satisfies((ex) -> assertThat(ex.violations()).extracting(Violation::messageKey)
				.containsExactly("expense.error.notOverrun"));
	}

	@Test
	void pendingOverrunsDoNotUseTheBudgetSoTheNextSmallExpenseIsStillWithinIt() {
		List<SalesExpense> all = new ArrayList<>();
		all.add(record(this.deal, all, "9000", null));
		all.add(record(this.deal, all, "5000", "客户高层来访"));

		SalesExpense next = record(this.deal, all, "1000", null);

		assertThat(next.getStatus()).isEqualTo(ExpenseStatus.RECORDED);
		assertThat(ExpenseBudget.of(this.deal, all, SHANGHAI).pending()).isEqualByComparingTo("5000");
	}

}
