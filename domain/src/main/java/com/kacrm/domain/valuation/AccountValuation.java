package com.kacrm.domain.valuation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

import com.kacrm.domain.shared.Actor;
import com.kacrm.domain.shared.Text;
import com.kacrm.domain.shared.ChangeRejected;
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
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;

/**
 * One dated value assessment of an account (客户价值评估): the rep's score of each of the eight
 * criteria and what the value model made of them at the time (group scores, total,
 * portfolio class, pyramid level). Assessments are kept, never changed: a later one is a
 * new record, and the series is the account's value trend. The result is stored, not
 * recomputed, so a later change of weights does not rewrite the past.
 */
@Entity
@Table(name = "value_assessment")
public class AccountValuation {

	public static final int MAX_NOTE = 500;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "account_id", nullable = false, updatable = false)
	private Long accountId;

	@Column(name = "assessed_at", nullable = false, updatable = false)
	private Instant assessedAt;

	@Column(name = "assessed_by_id", updatable = false)
	private Long assessedById;

	@Column(name = "assessed_by_name", nullable = false, updatable = false, length = 100)
	private String assessedByName;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "value_assessment_score", joinColumns = @JoinColumn(name = "value_assessment_id"))
	@MapKeyEnumerated(EnumType.STRING)
	@MapKeyColumn(name = "criterion", length = 32)
	@Column(name = "score", nullable = false)
	private Map<ValueCriterion, Integer> scores = new EnumMap<>(ValueCriterion.class);

	@Column(name = "current_score", nullable = false, updatable = false, precision = 3, scale = 2)
	private BigDecimal currentScore;

	@Column(name = "potential_score", nullable = false, updatable = false, precision = 3, scale = 2)
	private BigDecimal potentialScore;

	@Column(name = "strategic_score", nullable = false, updatable = false, precision = 3, scale = 2)
	private BigDecimal strategicScore;

	@Column(name = "total_score", nullable = false, updatable = false, precision = 3, scale = 2)
	private BigDecimal totalScore;

	@Enumerated(EnumType.STRING)
	@Column(name = "portfolio_class", nullable = false, updatable = false, length = 16)
	private PortfolioClass portfolioClass;

	@Enumerated(EnumType.STRING)
	@Column(name = "pyramid_level", nullable = false, updatable = false, length = 16)
	private PyramidLevel pyramidLevel;

	@Column(updatable = false, length = MAX_NOTE)
	private String note;

	protected AccountValuation() {
	}

	/**
	 * Assesses account {@code accountId} with {@code model}.
	 * @throws ChangeRejected when a score is missing or out of range, or the note is too
	 * long
	 */
	public AccountValuation(long accountId, ValueModel model, Map<ValueCriterion, Integer> scores, String note,
			Actor by, Instant at) {
		ValueAssessment assessment = model.assess(scores);
		String stripped = Text.optional(note);
		if (stripped != null && stripped.length() > MAX_NOTE) {
			throw ChangeRejected.of("note", "form.tooLong", MAX_NOTE);
		}
		this.accountId = accountId;
		this.scores.putAll(scores);
		this.currentScore = assessment.currentScore();
		this.potentialScore = assessment.potentialScore();
		this.strategicScore = assessment.strategicScore();
		this.totalScore = assessment.totalScore();
		this.portfolioClass = assessment.portfolioClass();
		this.pyramidLevel = assessment.pyramidLevel();
		this.note = stripped;
		this.assessedById = Objects.requireNonNull(by, "by").userId();
		this.assessedByName = by.name();
		this.assessedAt = Objects.requireNonNull(at, "at");
	}

	/** The result as the model gave it at the time. */
	public ValueAssessment result() {
		return new ValueAssessment(this.currentScore, this.potentialScore, this.strategicScore, this.totalScore,
				this.portfolioClass, this.pyramidLevel);
	}

	public Long getId() {
		return this.id;
	}

	public Long getAccountId() {
		return this.accountId;
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

	public Map<ValueCriterion, Integer> getScores() {
		return Map.copyOf(this.scores);
	}

	public String getNote() {
		return this.note;
	}

}
