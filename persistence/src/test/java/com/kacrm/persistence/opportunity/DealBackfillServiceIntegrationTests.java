package com.kacrm.persistence.opportunity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import com.kacrm.domain.assessment.Answer;
import com.kacrm.domain.assessment.AssessmentAnswer;
import com.kacrm.domain.assessment.AssessmentQuestion;
import com.kacrm.domain.assessment.FunnelStep;
import com.kacrm.domain.assessment.OpportunityAssessment;
import com.kacrm.domain.history.HistorySubject;
import com.kacrm.domain.opportunity.TeamMember;
import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.persistence.account.AccountService;
import com.kacrm.persistence.contact.ContactService;
import com.kacrm.persistence.history.HistoryRow;
import com.kacrm.persistence.history.HistoryService;
import com.kacrm.persistence.test.OrgChartWorld;
import com.kacrm.persistence.test.PersistenceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.data.domain.Pageable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Recording paper facts on a deal: team members of the deal's team once each, the
 * assessment with its score and funnel step, payments only against a contract, each in
 * the deal's history and only on deals the viewer sees. Each test rolls back.
 */
@PersistenceTest
class DealBackfillServiceIntegrationTests {

	@Autowired
	DealBackfillService backfill;

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
	void aMemberOfTheDealsTeamJoinsOnceAndOthersNever() {
		long deal = this.world.opportunityId;
		this.backfill.addTeamMember(deal, this.world.rep.userId(), "项目负责人", this.world.rep);
		this.world.clear();

		assertThat(this.entities.find(TeamMember.class, new TeamMember.Key(deal, this.world.rep.userId()))
			.getResponsibility()).isEqualTo("项目负责人");
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> this.backfill.addTeamMember(deal, this.world.rep.userId(), null, this.world.rep))
			.satisfies((ex) -> assertThat(ex.violations().get(0).messageKey())
				.isEqualTo("opportunityBackfill.teamMember.already"));
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> this.backfill.addTeamMember(deal, this.world.otherTeamRep.userId(), null, this.world.rep))
			.satisfies(
					(ex) -> assertThat(ex.violations().get(0).messageKey()).isEqualTo("opportunity.team.outsideTeam"));
		assertThatExceptionOfType(OpportunityNotFoundException.class).isThrownBy(() -> this.backfill.addTeamMember(deal,
				this.world.otherTeamRep.userId(), null, this.world.otherTeamRep));
		assertThat(historyOf(deal)).extracting(HistoryRow::field)
			.containsExactly(DealBackfillService.TEAM_MEMBER_FIELD);
	}

	@Test
	void anAssessmentIsScoredAndWritten() {
		List<AssessmentAnswer> answers = Arrays.stream(AssessmentQuestion.values())
			.map((question) -> new AssessmentAnswer(question,
					(question == AssessmentQuestion.BUDGET) ? Answer.PARTLY : Answer.YES, null))
			.toList();
		long id = this.backfill.recordAssessment(this.world.opportunityId, answers, this.world.rep);
		this.world.clear();

		OpportunityAssessment assessment = this.entities.find(OpportunityAssessment.class, id);
		assertThat(assessment.getScore()).isEqualTo(19);
		assertThat(assessment.getFunnelStep()).isEqualTo(FunnelStep.MINE);
		assertThat(assessment.isPassed()).isTrue();
		assertThat(historyOf(this.world.opportunityId)).extracting(HistoryRow::field)
			.containsExactly(DealBackfillService.ASSESSMENT_FIELD);
		assertThatExceptionOfType(ChangeRejected.class).isThrownBy(
				() -> this.backfill.recordAssessment(this.world.opportunityId, answers.subList(0, 9), this.world.rep));
	}

	@Test
	void aPaymentNeedsAContract() {
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> this.backfill.recordPayment(this.world.opportunityId, BigDecimal.TEN,
					LocalDate.now().minusDays(1), "预付款", this.world.rep))
			.satisfies((ex) -> assertThat(ex.violations().get(0).messageKey())
				.isEqualTo("opportunity.payment.noContract"));
		assertThat(historyOf(this.world.opportunityId)).isEmpty();
	}

	private List<HistoryRow> historyOf(long opportunityId) {
		return this.history
			.historyOf(new HistorySubject(OpportunityService.OPPORTUNITY, opportunityId, null), Pageable.ofSize(20))
			.getContent();
	}

}
