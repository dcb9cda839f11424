package com.kacrm.domain.approval;

import java.math.BigDecimal;

import com.kacrm.domain.history.FieldChange;
import com.kacrm.domain.opportunity.Opportunity;
import com.kacrm.domain.opportunity.OpportunityDetails;
import com.kacrm.domain.opportunity.OpportunityStatus;
import com.kacrm.domain.playbook.Milestone;
import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.domain.shared.Violation;
import org.junit.jupiter.api.Test;

import static com.kacrm.domain.approval.Approvals.ADMIN;
import static com.kacrm.domain.approval.Approvals.REP;
import static com.kacrm.domain.approval.Approvals.T0;
import static com.kacrm.domain.approval.Approvals.TODAY;
import static com.kacrm.domain.approval.Approvals.openGate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * While its 立项 request is submitted a deal's key fields are locked (SPEC 6): amount,
 * expected date, milestone and status stay as the decider reads them; only an admin
 * passes the lock, and that is marked in the history.
 */
class ApprovalLockTests {

	private final Opportunity deal = new Approvals().submitted().getOpportunity();

	@Test
	void theAmountAndExpectedDateCannotBeChangedByTheRep() {
		OpportunityDetails details = this.deal.details();

		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> this.deal.edit(new OpportunityDetails(details.name(), details.solution(),
					new BigDecimal("999"), TODAY.plusYears(1), details.nextStep(), details.nextStepDate())))
			.satisfies((ex) -> assertThat(ex.violations()).extracting(Violation::field, Violation::messageKey)
				.containsExactly(tuple("estimatedAmount", "opportunity.error.lockedForApproval"),
						tuple("expectedSigningDate", "opportunity.error.lockedForApproval")));
		assertThat(this.deal.getEstimatedAmount()).isEqualByComparingTo("120");
	}

	@Test
	void theOtherFieldsStayEditable() {
		OpportunityDetails details = this.deal.details();

		this.deal.edit(new OpportunityDetails("散热器替换项目（一期）", details.solution(), details.estimatedAmount(),
				details.expectedSigningDate(), "约技术交流", TODAY.plusDays(7)));

		assertThat(this.deal.getName()).isEqualTo("散热器替换项目（一期）");
	}

	@Test
	void anAdminPassesTheLockAndTheHistorySaysSo() {
		OpportunityDetails details = this.deal.details();

		var changes = this.deal.edit(new OpportunityDetails(details.name(), details.solution(), new BigDecimal("200"),
				details.expectedSigningDate(), details.nextStep(), details.nextStepDate()), true);

		assertThat(changes).extracting(FieldChange::field)
			.containsExactly("opportunity.estimatedAmount", Opportunity.LOCK_PASSED_FIELD);
		assertThat(this.deal.getEstimatedAmount()).isEqualByComparingTo("200");
	}

	@Test
	void theMilestoneAndStatusCannotBeChangedByTheRep() {
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> this.deal.move(Milestone.PROJECT_APPROVAL, null, false,
					openGate(Milestone.CALL_AND_VISIT), 25, REP, T0))
			.satisfies((ex) -> assertThat(ex.violations()).extracting(Violation::messageKey)
				.containsExactly("opportunity.error.lockedForApproval"));
		assertThatExceptionOfType(ChangeRejected.class).isThrownBy(() -> this.deal.markLost("丢单", REP, T0));
		assertThatExceptionOfType(ChangeRejected.class).isThrownBy(() -> this.deal.putOnHold("暂停", REP, T0));
		assertThat(this.deal.getMilestone()).isEqualTo(Milestone.CALL_AND_VISIT);
		assertThat(this.deal.getStatus()).isEqualTo(OpportunityStatus.OPEN);
	}

	@Test
	void anAdminMayMoveALockedDeal() {
		this.deal.move(Milestone.PLANNING, "客户需求变化，退回规划", false, null, 5, true, ADMIN, T0);

		assertThat(this.deal.getMilestone()).isEqualTo(Milestone.PLANNING);
	}

	@Test
	void nobodyClosesADealWhoseRequestIsPendingSoNoRequestWaitsForAClosedDeal() {
		assertThatExceptionOfType(ChangeRejected.class).isThrownBy(() -> this.deal.putOnHold("客户冻结预算", ADMIN, T0))
			.satisfies((ex) -> assertThat(ex.violations()).extracting(Violation::messageKey)
				.containsExactly("opportunity.error.lockedForApproval"));
		assertThat(this.deal.getStatus()).isEqualTo(OpportunityStatus.OPEN);
	}

	@Test
	void aDealIsLockedByOneRequestAtATime() {
		assertThatExceptionOfType(IllegalStateException.class).isThrownBy(this.deal::lockForApproval);
	}

}
