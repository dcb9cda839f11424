package com.kacrm.persistence.expense;

import java.time.Clock;
import java.util.List;

import com.kacrm.domain.expense.ExpenseBudget;
import com.kacrm.domain.expense.ExpenseStatus;
import com.kacrm.domain.expense.NewExpense;
import com.kacrm.domain.expense.SalesExpense;
import com.kacrm.domain.history.FieldChange;
import com.kacrm.domain.inbox.Notice;
import com.kacrm.domain.inbox.NoticeKind;
import com.kacrm.domain.opportunity.Opportunity;
import com.kacrm.domain.organisation.User;
import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.persistence.history.HistoryService;
import com.kacrm.persistence.opportunity.OpportunityAccess;
import com.kacrm.persistence.opportunity.OpportunityNotFoundException;
import com.kacrm.persistence.opportunity.OpportunityService;
import com.kacrm.persistence.shared.BusinessCalendar;
import com.kacrm.persistence.shared.NotPermittedException;
import com.kacrm.persistence.shared.Viewer;
import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sales expenses (销售费用, SPEC 6) recorded against the budget an approved 立项 request opened
 * on a deal: the deal's expenses with budget, spent, pending and remaining; recording
 * one; the manager's decision on an overrun. Who sees the deal records its expenses; the
 * manager of its team (or an admin) decides overruns. The rules are the domain's
 * ({@link ExpenseBudget}); this service locks the deal so that two expenses recorded at
 * the same moment never both pass the budget check on the same old total, and writes the
 * deal's history. An overrun waiting for a decision goes to the inboxes of the deal's
 * deciders ({@link OpportunityAccess#deciders}).
 */
@Service
public class ExpenseService {

	private final EntityManager entityManager;

	private final OpportunityAccess access;

	private final HistoryService history;

	private final BusinessCalendar calendar;

	private final Clock clock;

	ExpenseService(EntityManager entityManager, OpportunityAccess access, HistoryService history,
			BusinessCalendar calendar, Clock clock) {
		this.entityManager = entityManager;
		this.access = access;
		this.history = history;
		this.calendar = calendar;
		this.clock = clock;
	}

	/**
	 * The deal's expenses, newest first, against its budget.
	 * @throws OpportunityNotFoundException when the viewer may not see the deal
	 */
	@Transactional(readOnly = true)
	public DealExpenses expenses(long opportunityId, Viewer viewer) {
		Opportunity opportunity = this.access.visible(opportunityId, viewer);
		List<SalesExpense> expenses = expensesOf(opportunityId);
		ExpenseBudget budget = ExpenseBudget.of(opportunity, expenses, this.calendar.zone());
		boolean mayManage = this.access.mayManage(opportunity, viewer);
		List<ExpenseRow> rows = expenses.stream()
			.map((e) -> new ExpenseRow(e.getId(), e.getType(), e.getSpentOn(), e.getAmount(), e.getDescription(),
					e.getStatus(), e.getOverrunReason(), e.getRecordedByName(), e.getRecordedAt(), e.getDecidedByName(),
					e.getDecidedAt(), e.getDecisionComment(),
					mayManage && e.getStatus() == ExpenseStatus.OVERRUN_PENDING))
			.toList();
		return new DealExpenses(opportunityId, budget.isOpen(), budget.budget(), opportunity.getExpenseBudgetOpenedAt(),
				budget.spent(), budget.pending(), budget.remaining(), budget.percentSpent(), rows, mayManage);
	}

	/**
	 * Records an expense on the deal: within what is left it is spent at once; beyond it
	 * (with a reason) it waits for the manager, unless the viewer manages the deal.
	 * @return the expense's id and status (recorded, or an overrun pending or approved)
	 * @throws OpportunityNotFoundException when the viewer may not see the deal
	 * @throws ChangeRejected before the deal's request is approved
	 * ({@code expense.error.noBudget}), or when the expense breaks a rule
	 */
	@Transactional
	public RecordedExpense record(long opportunityId, NewExpense expense, Viewer viewer) {
		Opportunity opportunity = this.access.forChange(opportunityId, null, viewer);
		ExpenseBudget budget = ExpenseBudget.of(opportunity, expensesOf(opportunityId), this.calendar.zone());
		SalesExpense recorded = new SalesExpense(opportunity, budget, expense,
				this.access.mayManage(opportunity, viewer), this.calendar.today(), viewer.actor(),
				this.clock.instant());
		this.entityManager.persist(recorded);
		this.history.record(OpportunityService.subject(opportunity), recorded.recordedChanges(), viewer.actor(),
				(recorded.getOverrunReason() != null) ? recorded.getOverrunReason() : recorded.getDescription());
		if (recorded.getStatus() == ExpenseStatus.OVERRUN_PENDING) {
			tellDeciders(opportunity, recorded);
		}
		this.entityManager.flush();
		return new RecordedExpense(recorded.getId(), recorded.getStatus());
	}

	/**
	 * Approves or refuses an overrun waiting on the deal. Deciders act one after the
	 * other (the deal is locked), so the second one is told who decided first.
	 * @throws OpportunityNotFoundException when the viewer may not see the deal
	 * @throws ExpenseNotFoundException when the deal has no such expense
	 * @throws NotPermittedException unless the viewer manages the deal
	 * @throws ChangeRejected when it is not pending any more, or a refusal has no comment
	 */
	@Transactional
	public void decideOverrun(long opportunityId, long expenseId, boolean approve, String comment, Viewer viewer) {
		Opportunity opportunity = this.access.forChange(opportunityId, null, viewer);
		SalesExpense expense = this.entityManager
			.createQuery("select e from SalesExpense e where e.id = :id and e.opportunity.id = :opportunity",
					SalesExpense.class)
			.setParameter("id", expenseId)
			.setParameter("opportunity", opportunityId)
			.getResultStream()
			.findFirst()
			.orElseThrow(() -> new ExpenseNotFoundException(expenseId));
		this.access.requireManage(opportunity, viewer);
		List<FieldChange> changes = approve ? expense.approveOverrun(comment, viewer.actor(), this.clock.instant())
				: expense.refuseOverrun(comment, viewer.actor(), this.clock.instant());
		this.history.record(OpportunityService.subject(opportunity), changes, viewer.actor(),
				expense.getDecisionComment());
		this.entityManager.flush();
	}

	/**
	 * Puts an overrun waiting for a decision in the inboxes of the deal's deciders (the
	 * recorder excluded), in the recording's transaction: {0} the deal, {1} the amount in
	 * 元, {2} who recorded it, {3} why.
	 */
	private void tellDeciders(Opportunity opportunity, SalesExpense overrun) {
		List<String> arguments = List.of(opportunity.getName(), overrun.getAmount().setScale(2).toPlainString(),
				overrun.getRecordedByName(), overrun.getOverrunReason());
		for (User decider : this.access.deciders(opportunity, overrun.getRecordedById())) {
			this.entityManager.persist(new Notice(decider, NoticeKind.EXPENSE_OVERRUN, OpportunityService.OPPORTUNITY,
					opportunity.getId(), arguments, this.clock.instant()));
		}
	}

	private List<SalesExpense> expensesOf(long opportunityId) {
		return this.entityManager
			.createQuery("select e from SalesExpense e where e.opportunity.id = :id order by e.spentOn desc, e.id desc",
					SalesExpense.class)
			.setParameter("id", opportunityId)
			.getResultList();
	}

}
