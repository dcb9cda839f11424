package com.kacrm.persistence.assessment;

import java.util.Arrays;
import java.util.List;

import com.kacrm.domain.assessment.Answer;
import com.kacrm.domain.assessment.AssessmentAnswer;
import com.kacrm.domain.assessment.AssessmentQuestion;
import com.kacrm.domain.assessment.FunnelStep;
import com.kacrm.domain.history.HistorySubject;
import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.domain.shared.Violation;
import com.kacrm.persistence.account.AccountService;
import com.kacrm.persistence.contact.ContactService;
import com.kacrm.persistence.history.HistoryRow;
import com.kacrm.persistence.history.HistoryService;
import com.kacrm.persistence.opportunity.OpportunityNotFoundException;
import com.kacrm.persistence.opportunity.OpportunityService;
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
 * Opportunity assessments 是否我的商机 on the real database: kept dated, the latest counts,
 * each in the deal's history with the funnel step it moved from and to, and only for
 * those who may see the deal. Each test rolls back.
 */
@PersistenceTest
class AssessmentServiceIntegrationTests {

	@Autowired
	AssessmentService assessments;

	@Autowired
	AccountService accounts;

	@Autowired
	ContactService contacts;

	@Autowired
	HistoryService history;

	@Autowired
	TestEntityManager entities;

	OrgChartWorld world;

	@BeforeEach
	void createWorld() {
		this.world = new OrgChartWorld(this.entities, this.accounts, this.contacts);
	}

	@Test
	void everyAssessmentIsKeptAndTheLatestCounts() {
		this.assessments.assess(this.world.opportunityId, all(Answer.PARTLY), this.world.rep);
		AssessmentRow second = this.assessments.assess(this.world.opportunityId, all(Answer.YES), this.world.rep);
		this.world.clear();

		AssessmentRow latest = this.assessments.history(this.world.opportunityId, this.world.rep).get(0);
		assertThat(latest.id()).isEqualTo(second.id());
		assertThat(latest.score()).isEqualTo(20);
		assertThat(latest.funnelStep()).isEqualTo(FunnelStep.MINE);
		assertThat(latest.passed()).isTrue();
		assertThat(latest.answers()).hasSize(10).first().satisfies((answer) -> {
			assertThat(answer.question()).isEqualTo(AssessmentQuestion.NEED_REAL);
			assertThat(answer.note()).isEqualTo("依据 1");
		});
		assertThat(this.assessments.history(this.world.opportunityId, this.world.rep))
			.extracting(AssessmentRow::score, AssessmentRow::funnelStep, AssessmentRow::passed)
			.containsExactly(tuple(20, FunnelStep.MINE, true), tuple(10, FunnelStep.POTENTIAL, false));
		assertThat(this.assessments.history(this.world.otherOpportunityId, this.world.rep)).isEmpty();
	}

	@Test
	void theDealsHistoryShowsTheFunnelStepOfEachAssessment() {
		this.assessments.assess(this.world.opportunityId, all(Answer.PARTLY), this.world.rep);
		this.assessments.assess(this.world.opportunityId, all(Answer.YES), this.world.rep);
		this.world.clear();

		List<HistoryRow> rows = this.history
			.latestOf(new HistorySubject(OpportunityService.OPPORTUNITY, this.world.opportunityId));
		assertThat(rows).filteredOn((row) -> row.field().equals(AssessmentService.ASSESSED_FIELD))
			.extracting(HistoryRow::oldValue, HistoryRow::newValue)
			.containsExactlyInAnyOrder(tuple(null, "POTENTIAL"), tuple("POTENTIAL", "MINE"));
	}

	@Test
	void anUnansweredQuestionIsRefusedNextToItAndNothingIsSaved() {
		List<AssessmentAnswer> missingBudget = all(Answer.YES).stream()
			.filter((answer) -> answer.getQuestion() != AssessmentQuestion.BUDGET)
			.toList();

		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> this.assessments.assess(this.world.opportunityId, missingBudget, this.world.rep))
			.satisfies((ex) -> assertThat(ex.violations()).extracting(Violation::field, Violation::messageKey)
				.containsExactly(tuple("answers[BUDGET]", "assessment.error.unanswered")));
		assertThat(this.assessments.history(this.world.opportunityId, this.world.rep)).isEmpty();
	}

	@Test
	void aRepOfAnotherTeamCanNeitherSeeNorAssessTheDeal() {
		assertThatExceptionOfType(OpportunityNotFoundException.class).isThrownBy(
				() -> this.assessments.assess(this.world.opportunityId, all(Answer.YES), this.world.otherTeamRep));
		assertThatExceptionOfType(OpportunityNotFoundException.class)
			.isThrownBy(() -> this.assessments.history(this.world.opportunityId, this.world.otherTeamRep));
		assertThat(this.assessments.history(this.world.opportunityId, this.world.rep)).isEmpty();
	}

	private static List<AssessmentAnswer> all(Answer answer) {
		return Arrays.stream(AssessmentQuestion.values())
			.map((question) -> new AssessmentAnswer(question, answer, "依据 " + question.number()))
			.toList();
	}

}
