package com.kacrm.web.opportunity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.kacrm.domain.assessment.Answer;
import com.kacrm.domain.assessment.AssessmentAnswer;
import com.kacrm.domain.assessment.AssessmentQuestion;
import com.kacrm.persistence.assessment.AssessmentRow;

/**
 * The ten questions of the opportunity assessment 是否我的商机, by question name: the answer
 * ({@code YES}, {@code PARTLY} or {@code NO}) in {@code answers[QUESTION]} and the note
 * in {@code notes[QUESTION]}, the field names the domain's refusals use.
 */
public class OpportunityAssessmentForm {

	private Map<String, String> answers = new LinkedHashMap<>();

	private Map<String, String> notes = new LinkedHashMap<>();

	/**
	 * Every question with an empty answer and note, so a refusal of any question finds
	 * its field.
	 */
	public OpportunityAssessmentForm() {
		for (AssessmentQuestion question : AssessmentQuestion.values()) {
			this.answers.put(question.name(), "");
			this.notes.put(question.name(), "");
		}
	}

	/** The answers of {@code latest} to start from; empty without one. */
	static OpportunityAssessmentForm from(AssessmentRow latest) {
		OpportunityAssessmentForm form = new OpportunityAssessmentForm();
		if (latest != null) {
			for (AssessmentRow.AnswerRow answer : latest.answers()) {
				form.answers.put(answer.question().name(), answer.answer().name());
				if (answer.note() != null) {
					form.notes.put(answer.question().name(), answer.note());
				}
			}
		}
		return form;
	}

	/** The answers given; an unknown or missing answer stays unanswered. */
	List<AssessmentAnswer> toAnswers() {
		List<AssessmentAnswer> given = new ArrayList<>();
		for (AssessmentQuestion question : AssessmentQuestion.values()) {
			Answer answer = answerOf(this.answers.get(question.name()));
			given.add(new AssessmentAnswer(question, answer, this.notes.get(question.name())));
		}
		return given;
	}

	private static Answer answerOf(String value) {
		for (Answer answer : Answer.values()) {
			if (answer.name().equals(value)) {
				return answer;
			}
		}
		return null;
	}

	public Map<String, String> getAnswers() {
		return this.answers;
	}

	public void setAnswers(Map<String, String> answers) {
		this.answers = answers;
	}

	public Map<String, String> getNotes() {
		return this.notes;
	}

	public void setNotes(Map<String, String> notes) {
		this.notes = notes;
	}

}
