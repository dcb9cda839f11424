package com.kacrm.web.valuation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.kacrm.domain.valuation.ValueCriterion;
import com.kacrm.domain.valuation.ValueModelSettings;
import com.kacrm.persistence.valuation.ValueModelView;

/**
 * The value-model edit form: one weight line per criterion, in the criteria's order (line
 * i is criterion i, whatever the browser sends), the thresholds and the version the edit
 * is based on.
 */
public class ValueModelForm {

	/**
	 * -1 until bound: an edit posted without its version meets a conflict, never
	 * overwrites.
	 */
	private long version = -1;

	private List<WeightLine> weights = new ArrayList<>();

	private BigDecimal currentHighThreshold;

	private BigDecimal potentialHighThreshold;

	private BigDecimal smallThreshold;

	private Integer ratProfitScore;

	private BigDecimal pyramidTopThreshold;

	private BigDecimal pyramidMiddleThreshold;

	static ValueModelForm of(ValueModelView model) {
		ValueModelForm form = new ValueModelForm();
		form.fill(model);
		return form;
	}

	/** Replaces every value with the model's, e.g. after someone else saved it. */
	void fill(ValueModelView model) {
		ValueModelSettings settings = model.settings();
		this.version = model.version();
		this.weights = new ArrayList<>();
		for (ValueCriterion criterion : ValueCriterion.values()) {
			this.weights.add(new WeightLine(settings.weight(criterion)));
		}
		this.currentHighThreshold = settings.currentHighThreshold();
		this.potentialHighThreshold = settings.potentialHighThreshold();
		this.smallThreshold = settings.smallThreshold();
		this.ratProfitScore = settings.ratProfitScore();
		this.pyramidTopThreshold = settings.pyramidTopThreshold();
		this.pyramidMiddleThreshold = settings.pyramidMiddleThreshold();
	}

	/** Makes sure there is one line per criterion, so every row can be shown again. */
	void complete() {
		while (this.weights.size() < ValueCriterion.values().length) {
			this.weights.add(new WeightLine(null));
		}
		for (int i = 0; i < this.weights.size(); i++) {
			if (this.weights.get(i) == null) {
				this.weights.set(i, new WeightLine(null));
			}
		}
	}

	ValueModelSettings toSettings() {
		Map<ValueCriterion, Integer> map = new EnumMap<>(ValueCriterion.class);
		for (ValueCriterion criterion : ValueCriterion.values()) {
			int i = criterion.ordinal();
			map.put(criterion,
					(i < this.weights.size() && this.weights.get(i) != null) ? this.weights.get(i).getWeight() : null);
		}
		return new ValueModelSettings(map, this.currentHighThreshold, this.potentialHighThreshold, this.smallThreshold,
				this.ratProfitScore, this.pyramidTopThreshold, this.pyramidMiddleThreshold);
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public List<WeightLine> getWeights() {
		return this.weights;
	}

	public void setWeights(List<WeightLine> weights) {
		this.weights = weights;
	}

	public BigDecimal getCurrentHighThreshold() {
		return this.currentHighThreshold;
	}

	public void setCurrentHighThreshold(BigDecimal currentHighThreshold) {
		this.currentHighThreshold = currentHighThreshold;
	}

	public BigDecimal getPotentialHighThreshold() {
		return this.potentialHighThreshold;
	}

	public void setPotentialHighThreshold(BigDecimal potentialHighThreshold) {
		this.potentialHighThreshold = potentialHighThreshold;
	}

	public BigDecimal getSmallThreshold() {
		return this.smallThreshold;
	}

	public void setSmallThreshold(BigDecimal smallThreshold) {
		this.smallThreshold = smallThreshold;
	}

	public Integer getRatProfitScore() {
		return this.ratProfitScore;
	}

	public void setRatProfitScore(Integer ratProfitScore) {
		this.ratProfitScore = ratProfitScore;
	}

	public BigDecimal getPyramidTopThreshold() {
		return this.pyramidTopThreshold;
	}

	public void setPyramidTopThreshold(BigDecimal pyramidTopThreshold) {
		this.pyramidTopThreshold = pyramidTopThreshold;
	}

	public BigDecimal getPyramidMiddleThreshold() {
		return this.pyramidMiddleThreshold;
	}

	public void setPyramidMiddleThreshold(BigDecimal pyramidMiddleThreshold) {
		this.pyramidMiddleThreshold = pyramidMiddleThreshold;
	}

	/** The weight of one criterion. */
	public static class WeightLine {

		private Integer weight;

		public WeightLine() {
		}

		WeightLine(Integer weight) {
			this.weight = weight;
		}

		public Integer getWeight() {
			return this.weight;
		}

		public void setWeight(Integer weight) {
			this.weight = weight;
		}

	}

}
