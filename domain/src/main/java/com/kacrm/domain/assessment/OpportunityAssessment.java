package com.kacrm.domain.assessment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.kacrm.domain.shared.Actor;
import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.domain.shared.Violations;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

/**
 * One dated opportunity assessment 是否我的商机 of a deal: the ten questions answered yes,
 * partly or no, each with a note, and what they make of the deal.
 *
 * <p>
 * The rule: yes scores 2, partly 1, no 0, so the score is 0–20. A deal is
 * {@link FunnelStep#QUALIFIED 落实项目} when the five qualification questions score at least
 * {@value #PART_PASS} of 10 with no "no"; it is {@link FunnelStep#MINE 我的项目} when it is
 * qualified and the last five questions also score at least {@value #PART_PASS} with no
 * "no"; otherwise it is a {@link FunnelStep#POTENTIAL 潜在商机}. The assessment passes (the
 * milestone-5 criterion) when the deal is 我的项目. Assessments are kept, never changed; the
 * latest counts.
 */
@Entity
@Table(name = "opportunity_assessment")
public class OpportunityAssessment {

	/** The least score of each half (of 10) that passes it. */
	public static final int PART_PASS = 8;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "opportunity_id", nullable = false, updatable = false)
	private Long opportunityId;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "opportunity_assessment_answer", joinColumns = @JoinColumn(name = "assessment_id"))
	private List<AssessmentAnswer> answers = new ArrayList<>();

	@Column(nullable = false, updatable = false)
	private int score;

	@Enumerated(EnumType.STRING)
	@Column(name = "funnel_step", nullable = false, updatable = false, length = 16)
	private FunnelStep funnelStep;

	@Column(nullable = false, updatable = false)
	private boolean passed;

	@Column(name = "assessed_at", nullable = false, updatable = false)
	private Instant assessedAt;

	@Column(name = "assessed_by_id", updatable = false)
	private Long assessedById;

	@Column(name = "assessed_by_name", nullable = false, updatable = false, length = 100)
	private String assessedByName;

	protected OpportunityAssessment() {
	}

	/**
	 * Assesses deal {@code opportunityId} with an answer to every question.
	 * @throws ChangeRejected when a question is unanswered or a note too long, by field
	 * {@code answers[QUESTION]} / {@code notes[QUESTION]}
	 */
	public OpportunityAssessment(long opportunityId, List<AssessmentAnswer> given, Actor by, Instant at) {
		Map<AssessmentQuestion, AssessmentAnswer> byQuestion = new EnumMap<>(AssessmentQuestion.class);
		for (AssessmentAnswer answer : given) {
			byQuestion.put(answer.getQuestion(), answer);
		}
		Violations violations = new Violations();
		for (AssessmentQuestion question : AssessmentQuestion.values()) {
			AssessmentAnswer answer = byQuestion.get(question);
			if (answer == null || answer.getAnswer() == null) {
				violations.add("answers[" + question.name() + "]", "assessment.error.unanswered", question.number());
			}
			else {
				violations.optionalText("notes[" + question.name() + "]", answer.getNote(), AssessmentAnswer.MAX_NOTE);
			}
		}
		violations.throwIfAny();
		this.opportunityId = opportunityId;
		this.answers.addAll(byQuestion.values());
		this.answers.sort(Comparator.comparing(AssessmentAnswer::getQuestion));
		this.score = this.answers.stream().mapToInt((answer) -> answer.getAnswer().points()).sum();
		this.funnelStep = stepOf(byQuestion);
		this.passed = this.funnelStep == FunnelStep.MINE;
		this.assessedById = Objects.requireNonNull(by, "by").userId();
		this.assessedByName = by.name();
		this.assessedAt = Objects.requireNonNull(at, "at");
	}

	private static FunnelStep stepOf(Map<AssessmentQuestion, AssessmentAnswer> answers) {
		if (!partPasses(answers, true)) {
			return FunnelStep.POTENTIAL;
		}
		return partPasses(answers, false) ? FunnelStep.MINE : FunnelStep.QUALIFIED;
	}

	private static boolean partPasses(Map<AssessmentQuestion, AssessmentAnswer> answers, boolean qualification) {
		List<Answer> part = answers.values()
			.stream()
			.filter((answer) -> answer.getQuestion().qualifies() == qualification)
			.map(AssessmentAnswer::getAnswer)
			.toList();
		return part.stream().noneMatch((answer) -> answer == Answer.NO)
				&& part.stream().mapToInt(Answer::points).sum() >= PART_PASS;
	}

	public Long getId() {
		return this.id;
	}

	public Long getOpportunityId() {
		return this.opportunityId;
	}

	/** The answers in question order. */
	public List<AssessmentAnswer> getAnswers() {
		return this.answers.stream().sorted(Comparator.comparing(AssessmentAnswer::getQuestion)).toList();
	}

	public int getScore() {
		return this.score;
	}

	public FunnelStep getFunnelStep() {
		return this.funnelStep;
	}

	public boolean isPassed() {
		return this.passed;
	}

	public Instant getAssessedAt() {
		return this.assessedAt;
	}

	public Long getAssessedById() {
		return this.assessedById;
	}

	public String getAssessedByName() {
		return this.assessedByName;
	}

}
