package com.kacrm.domain.approval;

import java.math.BigDecimal;
import java.util.List;

import com.kacrm.domain.shared.Violation;
import org.junit.jupiter.api.Test;

import static com.kacrm.domain.approval.Approvals.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

/** The rules of the 立项申请表's fields, for drafts and for submission. */
class ApprovalFormTests {

	@Test
	void aCompleteFormBreaksNoRule() {
		assertThat(Approvals.complete().violations()).isEmpty();
		assertThat(Approvals.complete().submissionViolations(TODAY)).isEmpty();
	}

	@Test
	void blankTextsBecomeMissingAndDuplicateCompetitorsCountOnce() {
		ApprovalForm form = new ApprovalForm(" 项目 ", "  ", null, null, null, null, null, List.of(5L, 5L, 6L), null,
				null, null);

		assertThat(form.projectName()).isEqualTo("项目");
		assertThat(form.customerNeeds()).isNull();
		assertThat(form.competitorIds()).containsExactly(5L, 6L);
	}

	@Test
	void aBudgetIsYuanWithAtMostTwoDecimalsAndNotNegative() {
		assertThat(withBudget("-0.01")).extracting(Violation::field).containsExactly("requestedBudget");
		assertThat(withBudget("10.005")).extracting(Violation::messageKey).containsExactly("approval.error.budget");
		assertThat(withBudget("1000000000000")).extracting(Violation::field).containsExactly("requestedBudget");
		assertThat(withBudget("0")).isEmpty();
		assertThat(withBudget("30000.50")).isEmpty();
	}

	@Test
	void thePeopleAndTeamMembersAreNamedOnceEach() {
		ApprovalForm form = new ApprovalForm("项目", null, null, null, null, null,
				List.of(new KeyPerson(1L, null, null, null), new KeyPerson(1L, null, null, null)), null,
				List.of(new ProposedMember(3L, null), new ProposedMember(3L, "重复")), null, null);

		assertThat(form.violations()).extracting(Violation::messageKey)
			.containsExactly("approval.error.personTwice", "approval.error.memberTwice");
	}

	@Test
	void anExpectedContractDateInThePastIsRefusedOnSubmission() {
		ApprovalForm complete = Approvals.complete();
		ApprovalForm late = new ApprovalForm(complete.projectName(), complete.customerNeeds(),
				complete.valuePositioning(), complete.estimatedAmount(), TODAY.minusDays(1), complete.decisionProcess(),
				complete.keyPeople(), complete.competitorIds(), complete.proposedTeam(), complete.requestedBudget(),
				complete.risks());

		assertThat(late.violations()).isEmpty();
		assertThat(late.submissionViolations(TODAY)).extracting(Violation::messageKey)
			.containsExactly("approval.error.dateInPast");
	}

	@Test
	void noCompetitorIsAllowedOnSubmission() {
		ApprovalForm complete = Approvals.complete();
		ApprovalForm alone = new ApprovalForm(complete.projectName(), complete.customerNeeds(),
				complete.valuePositioning(), complete.estimatedAmount(), complete.expectedContractDate(),
				complete.decisionProcess(), complete.keyPeople(), List.of(), complete.proposedTeam(),
				complete.requestedBudget(), complete.risks());

		assertThat(alone.submissionViolations(TODAY)).isEmpty();
	}

	private static List<Violation> withBudget(String budget) {
		return new ApprovalForm("项目", null, null, null, null, null, null, null, null, new BigDecimal(budget), null)
			.violations();
	}

}
