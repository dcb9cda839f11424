package com.kacrm.domain.assessment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.kacrm.domain.shared.Actor;
import com.kacrm.domain.shared.ChangeRejected;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The opportunity assessment 是否我的商机: score, funnel step and pass. */
class OpportunityAssessmentTests {

	static final Instant AT = Instant.parse("2026-03-01T02:00:00Z");

	static List<AssessmentAnswer> answers(Answer qualification, Answer ours, Map<AssessmentQuestion, Answer> except) {
		List<AssessmentAnswer> answers = new ArrayList<>();
		for (AssessmentQuestion question : AssessmentQuestion.values()) {
			Answer answer = except.getOrDefault(question, question.qualifies() ? qualification : ours);
			answers.add(new AssessmentAnswer(question, answer, "说明 " + question.number()));
		}
		return answers;
	}

	static OpportunityAssessment assess(List<AssessmentAnswer> answers) {
		return new OpportunityAssessment(7L, answers, new Actor(3L, "张伟"), AT);
	}

	@Test
	void yesScoresTwoPartlyOneNoNothing() {
		assertThat(assess(answers(Answer.YES, Answer.YES, Map.of())).getScore()).isEqualTo(20);
		assertThat(assess(answers(Answer.PARTLY, Answer.PARTLY, Map.of())).getScore()).isEqualTo(10);
		assertThat(assess(answers(Answer.NO, Answer.NO, Map.of())).getScore()).isZero();
		assertThat(assess(answers(Answer.YES, Answer.NO, Map.of())).getScore()).isEqualTo(10);
	}

	@Test
	void allYesIsMyProjectAndPasses() {
		OpportunityAssessment assessment = assess(answers(Answer.YES, Answer.YES, Map.of()));
		assertThat(assessment.getFunnelStep()).isEqualTo(FunnelStep.MINE);
		assertThat(assessment.isPassed()).isTrue();
	}

	@Test
	void aQualifiedDealThatIsNotYetOursIsALandedProjectAndDoesNotPass() {
		OpportunityAssessment assessment = assess(answers(Answer.YES, Answer.PARTLY, Map.of()));
		assertThat(assessment.getFunnelStep()).isEqualTo(FunnelStep.QUALIFIED);
		assertThat(assessment.isPassed()).isFalse();
	}

	@Test
	void anyNoAmongTheQualificationQuestionsKeepsItAPotentialOpportunity() {
		OpportunityAssessment assessment = assess(
				answers(Answer.YES, Answer.YES, Map.of(AssessmentQuestion.BUDGET, Answer.NO)));
		assertThat(assessment.getScore()).isEqualTo(18);
		assertThat(assessment.getFunnelStep()).isEqualTo(FunnelStep.POTENTIAL);
		assertThat(assessment.isPassed()).isFalse();
	}

	@Test
	void eachHalfPassesFromEightOfTenWithoutANo() {
		Map<AssessmentQuestion, Answer> twoPartly = Map.of(AssessmentQuestion.SOLUTION_FIT, Answer.PARTLY,
				AssessmentQuestion.RESOURCES, Answer.PARTLY);
		assertThat(assess(answers(Answer.YES, Answer.YES, twoPartly)).getFunnelStep()).isEqualTo(FunnelStep.MINE);
		Map<AssessmentQuestion, Answer> threePartly = Map.of(AssessmentQuestion.SOLUTION_FIT, Answer.PARTLY,
				AssessmentQuestion.RESOURCES, Answer.PARTLY, AssessmentQuestion.RELATIONSHIP, Answer.PARTLY);
		assertThat(assess(answers(Answer.YES, Answer.YES, threePartly)).getFunnelStep())
			.isEqualTo(FunnelStep.QUALIFIED);
		assertThat(assess(answers(Answer.YES, Answer.YES, Map.of(AssessmentQuestion.UNIQUE_VALUE, Answer.NO)))
			.getFunnelStep()).isEqualTo(FunnelStep.QUALIFIED);
	}

	@Test
	void everyQuestionMustBeAnsweredAndEachMissingOneIsNamed() {
		List<AssessmentAnswer> answers = new ArrayList<>(answers(Answer.YES, Answer.YES, Map.of()));
		answers.removeIf((a) -> a.getQuestion() == AssessmentQuestion.TIMELINE);
		answers.add(new AssessmentAnswer(AssessmentQuestion.TIMELINE, null, null));
		answers.removeIf((a) -> a.getQuestion() == AssessmentQuestion.UNIQUE_VALUE);
		assertThatExceptionOfType(ChangeRejected.class).isThrownBy(() -> assess(answers))
			.satisfies((ex) -> assertThat(ex.violations()).extracting((v) -> v.field())
				.containsExactly("answers[TIMELINE]", "answers[UNIQUE_VALUE]"));
	}

	@Test
	void notesAreAtMostFiveHundredCharacters() {
		List<AssessmentAnswer> answers = new ArrayList<>(answers(Answer.YES, Answer.YES, Map.of()));
		answers.set(0, new AssessmentAnswer(AssessmentQuestion.NEED_REAL, Answer.YES, "长".repeat(501)));
		assertThatExceptionOfType(ChangeRejected.class).isThrownBy(() -> assess(answers))
			.satisfies((ex) -> assertThat(ex.violations()).singleElement()
				.satisfies((v) -> assertThat(v.field()).isEqualTo("notes[NEED_REAL]")));
	}

	@Test
	void answersAreKeptInTheManualsOrder() {
		List<AssessmentAnswer> answers = new ArrayList<>(answers(Answer.YES, Answer.PARTLY, Map.of()));
		java.util.Collections.reverse(answers);
		assertThat(assess(answers).getAnswers()).extracting(AssessmentAnswer::getQuestion)
			.containsExactly(AssessmentQuestion.values());
		assertThat(Arrays.stream(AssessmentQuestion.values()).filter(AssessmentQuestion::qualifies)).hasSize(5);
	}

}
