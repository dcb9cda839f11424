package com.kacrm.domain.assessment;

import java.util.Objects;

import com.kacrm.domain.shared.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One question answered, with the rep's note. */
@Embeddable
public class AssessmentAnswer {

	public static final int MAX_NOTE = 500;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 32)
	private AssessmentQuestion question;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 8)
	private Answer answer;

	@Column(length = MAX_NOTE)
	private String note;

	protected AssessmentAnswer() {
	}

	public AssessmentAnswer(AssessmentQuestion question, Answer answer, String note) {
		this.question = Objects.requireNonNull(question, "question");
		this.answer = answer;
		this.note = Text.optional(note);
	}

	public AssessmentQuestion getQuestion() {
		return this.question;
	}

	public Answer getAnswer() {
		return this.answer;
	}

	public String getNote() {
		return this.note;
	}

}
