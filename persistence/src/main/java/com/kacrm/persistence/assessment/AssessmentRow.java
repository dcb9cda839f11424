package com.kacrm.persistence.assessment;

import java.time.Instant;
import java.util.List;

import com.kacrm.domain.assessment.Answer;
import com.kacrm.domain.assessment.AssessmentQuestion;
import com.kacrm.domain.assessment.FunnelStep;

/**
 * One dated opportunity assessment 是否我的商机 of a deal as its tab shows it.
 *
 * @param score 0 to {@link #MAX_SCORE}
 * @param passed whether the deal is 我的项目, the milestone-5 criterion
 * @param answers the ten answers in question order
 */
public record AssessmentRow(long id, Instant assessedAt, String assessedByName, int score, FunnelStep funnelStep,
		boolean passed, List<AnswerRow> answers) {

	/** The highest score: ten questions of 2 points. */
	public static final int MAX_SCORE = 20;

	public AssessmentRow {
		answers = List.copyOf(answers);
	}

	/** One question answered, with its note. */
	public record AnswerRow(AssessmentQuestion question, Answer answer, String note) {

	}

}
