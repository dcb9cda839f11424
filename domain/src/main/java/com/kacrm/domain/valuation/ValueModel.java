package com.kacrm.domain.valuation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.domain.shared.VersionedEntity;
import com.kacrm.domain.shared.Violation;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;

/**
 * The value model (客户价值评估模型): the admin's weights of the eight criteria and the
 * thresholds that place an assessed account in the manual's portfolio. There is one
 * model; admins change it, they never create or delete it.
 *
 * <p>
 * Assessing an account: each group's score is the weighted average of its criteria's
 * scores (1–5), the total the weighted average of all criteria, all rounded to two
 * decimals. The account is then
 * <ol>
 * <li>a 硕鼠 ({@link PortfolioClass#RAT}) when its profit-contribution score is at or below
 * {@code ratProfitScore}: it costs more than it brings, whatever else it promises;</li>
 * <li>otherwise a 肥羊, 驯鹿 or 猎狗 when its current or potential value is high (a score
 * exactly at a threshold counts as high): both high is a 肥羊, only current a 驯鹿, only
 * potential a 猎狗;</li>
 * <li>otherwise (neither high) a 野兔 when both its current and potential scores are below
 * {@code smallThreshold}: a small account served opportunistically;</li>
 * <li>otherwise a middle-sized account, classed by its stronger side: a 驯鹿 to harvest
 * when its current score is at least its potential score, a 猎狗 to invest in when its
 * potential is the greater.</li>
 * </ol>
 * The strategic score does not move the class; it counts in the total score, which places
 * the account in the value pyramid: at the top from {@code pyramidTopThreshold}, in the
 * middle from {@code pyramidMiddleThreshold}, else at the base.
 *
 * <p>
 * Invariants: weights are 0–100 and each group has a positive total (else its score is
 * undefined); thresholds lie within 1–5 with at most two decimals; the small threshold is
 * below both high thresholds; the 硕鼠 score is 1–4 (at 5 every account would be one).
 */
@Entity
@Table(name = "value_model")
public class ValueModel extends VersionedEntity {

	public static final int MAX_WEIGHT = 100;

	/** The highest 硕鼠 score: at {@link ValueCriterion#MAX_SCORE} every account is one. */
	public static final int MAX_RAT_PROFIT_SCORE = ValueCriterion.MAX_SCORE - 1;

	private static final BigDecimal MIN = BigDecimal.valueOf(ValueCriterion.MIN_SCORE);

	private static final BigDecimal MAX = BigDecimal.valueOf(ValueCriterion.MAX_SCORE);

	private static final int SCALE = 2;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "value_model_weight", joinColumns = @JoinColumn(name = "value_model_id"))
	@MapKeyEnumerated(EnumType.STRING)
	@MapKeyColumn(name = "criterion", length = 32)
	@Column(name = "weight", nullable = false)
	private Map<ValueCriterion, Integer> weights = new EnumMap<>(ValueCriterion.class);

	@Column(name = "current_high_threshold", nullable = false, precision = 3, scale = 2)
	private BigDecimal currentHighThreshold;

	@Column(name = "potential_high_threshold", nullable = false, precision = 3, scale = 2)
	private BigDecimal potentialHighThreshold;

	@Column(name = "small_threshold", nullable = false, precision = 3, scale = 2)
	private BigDecimal smallThreshold;

	@Column(name = "rat_profit_score", nullable = false)
	private int ratProfitScore;

	@Column(name = "pyramid_top_threshold", nullable = false, precision = 3, scale = 2)
	private BigDecimal pyramidTopThreshold;

	@Column(name = "pyramid_middle_threshold", nullable = false, precision = 3, scale = 2)
	private BigDecimal pyramidMiddleThreshold;

	protected ValueModel() {
	}

	/**
	 * A model with {@code settings}.
	 * @throws ChangeRejected when the settings break the model's rules
	 */
	public ValueModel(ValueModelSettings settings) {
		apply(settings);
	}

	/**
	 * Replaces weights and thresholds with {@code settings}.
	 * @throws ChangeRejected with every broken rule, the model unchanged
	 */
	public void update(ValueModelSettings settings) {
		apply(settings);
	}

	/** The model's current weights and thresholds. */
	public ValueModelSettings settings() {
		return new ValueModelSettings(this.weights, this.currentHighThreshold, this.potentialHighThreshold,
				this.smallThreshold, this.ratProfitScore, this.pyramidTopThreshold, this.pyramidMiddleThreshold);
	}

	/**
	 * Assesses an account from its score of every criterion.
	 * @param scores a score 1–5 of each of the eight criteria
	 * @throws ChangeRejected when a score is missing or out of range (field
	 * {@code scores[i].score}, i the criterion's ordinal)
	 */
	public ValueAssessment assess(Map<ValueCriterion, Integer> scores) {
		List<Violation> violations = new ArrayList<>();
		for (ValueCriterion criterion : ValueCriterion.values()) {
			Integer score = scores.get(criterion);
			String field = "scores[" + criterion.ordinal() + "].score";
			if (score == null) {
				violations.add(Violation.of(field, "form.required"));
			}
			else if (score < ValueCriterion.MIN_SCORE || score > ValueCriterion.MAX_SCORE) {
				violations.add(Violation.of(field, "valueModel.error.scoreRange", ValueCriterion.MIN_SCORE,
						ValueCriterion.MAX_SCORE));
			}
		}
		ChangeRejected.throwIfAny(violations);
		BigDecimal current = average(scores, ValueCriterion.of(ValueGroup.CURRENT));
		BigDecimal potential = average(scores, ValueCriterion.of(ValueGroup.POTENTIAL));
		BigDecimal strategic = average(scores, ValueCriterion.of(ValueGroup.STRATEGIC));
		BigDecimal total = average(scores, List.of(ValueCriterion.values()));
		return new ValueAssessment(current, potential, strategic, total,
				classify(scores.get(ValueCriterion.PROFIT_CONTRIBUTION), current, potential), levelOf(total));
	}

	private PortfolioClass classify(int profitScore, BigDecimal current, BigDecimal potential) {
		if (profitScore <= this.ratProfitScore) {
			return PortfolioClass.RAT;
		}
		boolean currentHigh = current.compareTo(this.currentHighThreshold) >= 0;
		boolean potentialHigh = potential.compareTo(this.potentialHighThreshold) >= 0;
		if (currentHigh) {
			return potentialHigh ? PortfolioClass.FAT_SHEEP : PortfolioClass.REINDEER;
		}
		if (potentialHigh) {
			return PortfolioClass.HOUND;
		}
		if (current.compareTo(this.smallThreshold) < 0 && potential.compareTo(this.smallThreshold) < 0) {
			return PortfolioClass.HARE;
		}
		return (current.compareTo(potential) >= 0) ? PortfolioClass.REINDEER : PortfolioClass.HOUND;
	}

	/** The pyramid level of an account with total score {@code total}. */
	public PyramidLevel levelOf(BigDecimal total) {
		if (total.compareTo(this.pyramidTopThreshold) >= 0) {
			return PyramidLevel.TOP;
		}
		return (total.compareTo(this.pyramidMiddleThreshold) >= 0) ? PyramidLevel.MIDDLE : PyramidLevel.BASE;
	}

	private BigDecimal average(Map<ValueCriterion, Integer> scores, List<ValueCriterion> criteria) {
		long weighted = 0;
		long weightSum = 0;
		for (ValueCriterion criterion : criteria) {
			int weight = this.weights.get(criterion);
			weighted += (long) weight * scores.get(criterion);
			weightSum += weight;
		}
		return BigDecimal.valueOf(weighted).divide(BigDecimal.valueOf(weightSum), SCALE, RoundingMode.HALF_UP);
	}

	private void apply(ValueModelSettings settings) {
		Objects.requireNonNull(settings, "settings");
		ChangeRejected.throwIfAny(violationsOf(settings));
		for (ValueCriterion criterion : ValueCriterion.values()) {
			this.weights.put(criterion, settings.weight(criterion));
		}
		this.currentHighThreshold = settings.currentHighThreshold().setScale(SCALE);
		this.potentialHighThreshold = settings.potentialHighThreshold().setScale(SCALE);
		this.smallThreshold = settings.smallThreshold().setScale(SCALE);
		this.ratProfitScore = settings.ratProfitScore();
		this.pyramidTopThreshold = settings.pyramidTopThreshold().setScale(SCALE);
		this.pyramidMiddleThreshold = settings.pyramidMiddleThreshold().setScale(SCALE);
	}

	/**
	 * Every rule {@code settings} break, with the form field concerned:
	 * {@code weights[i].weight} (i the criterion's ordinal) and the threshold's name.
	 */
	public static List<Violation> violationsOf(ValueModelSettings settings) {
		List<Violation> violations = new ArrayList<>();
		for (ValueGroup group : ValueGroup.values()) {
			checkWeights(settings, group, violations);
		}
		boolean currentHigh = checkThreshold("currentHighThreshold", settings.currentHighThreshold(), violations);
		boolean potentialHigh = checkThreshold("potentialHighThreshold", settings.potentialHighThreshold(), violations);
		boolean small = checkThreshold("smallThreshold", settings.smallThreshold(), violations);
		if (small && currentHigh && potentialHigh
				&& (settings.smallThreshold().compareTo(settings.currentHighThreshold()) >= 0
						|| settings.smallThreshold().compareTo(settings.potentialHighThreshold()) >= 0)) {
			violations.add(Violation.of("smallThreshold", "valueModel.error.smallNotBelowHigh"));
		}
		boolean top = checkThreshold("pyramidTopThreshold", settings.pyramidTopThreshold(), violations);
		boolean middle = checkThreshold("pyramidMiddleThreshold", settings.pyramidMiddleThreshold(), violations);
		if (top && middle && settings.pyramidMiddleThreshold().compareTo(settings.pyramidTopThreshold()) >= 0) {
			violations.add(Violation.of("pyramidMiddleThreshold", "valueModel.error.pyramidMiddleNotBelowTop"));
		}
		Integer rat = settings.ratProfitScore();
		if (rat == null) {
			violations.add(Violation.of("ratProfitScore", "form.required"));
		}
		else if (rat < ValueCriterion.MIN_SCORE || rat > MAX_RAT_PROFIT_SCORE) {
			violations.add(Violation.of("ratProfitScore", "valueModel.error.ratProfitScoreRange",
					ValueCriterion.MIN_SCORE, MAX_RAT_PROFIT_SCORE));
		}
		return violations;
	}

	private static void checkWeights(ValueModelSettings settings, ValueGroup group, List<Violation> violations) {
		List<ValueCriterion> criteria = ValueCriterion.of(group);
		boolean allValid = true;
		int sum = 0;
		for (ValueCriterion criterion : criteria) {
			Integer weight = settings.weight(criterion);
			String field = weightField(criterion);
			if (weight == null) {
				violations.add(Violation.of(field, "form.required"));
				allValid = false;
			}
			else if (weight < 0 || weight > MAX_WEIGHT) {
				violations.add(Violation.of(field, "valueModel.error.weightRange", 0, MAX_WEIGHT));
				allValid = false;
			}
			else {
				sum += weight;
			}
		}
		if (allValid && sum == 0) {
			violations
				.add(Violation.of(weightField(criteria.get(0)), "valueModel.error.groupWeightZero." + group.name()));
		}
	}

	/** The form field of a criterion's weight. */
	public static String weightField(ValueCriterion criterion) {
		return "weights[" + criterion.ordinal() + "].weight";
	}

	private static boolean checkThreshold(String field, BigDecimal value, List<Violation> violations) {
		if (value == null) {
			violations.add(Violation.of(field, "form.required"));
			return false;
		}
		if (value.compareTo(MIN) < 0 || value.compareTo(MAX) > 0) {
			violations.add(Violation.of(field, "valueModel.error.thresholdRange", ValueCriterion.MIN_SCORE,
					ValueCriterion.MAX_SCORE));
			return false;
		}
		if (value.stripTrailingZeros().scale() > SCALE) {
			violations.add(Violation.of(field, "valueModel.error.thresholdDecimals", SCALE));
			return false;
		}
		return true;
	}

	public Map<ValueCriterion, Integer> getWeights() {
		return settings().weights();
	}

	public BigDecimal getCurrentHighThreshold() {
		return this.currentHighThreshold;
	}

	public BigDecimal getPotentialHighThreshold() {
		return this.potentialHighThreshold;
	}

	public BigDecimal getSmallThreshold() {
		return this.smallThreshold;
	}

	public int getRatProfitScore() {
		return this.ratProfitScore;
	}

	public BigDecimal getPyramidTopThreshold() {
		return this.pyramidTopThreshold;
	}

	public BigDecimal getPyramidMiddleThreshold() {
		return this.pyramidMiddleThreshold;
	}

}
