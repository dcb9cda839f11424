package com.kacrm.web.valuation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.kacrm.domain.valuation.ValueCriterion;

/**
 * The "try it" form of the value-model screen: a score 1–5 per criterion (line i is
 * criterion i), assessed with the current model without saving anything.
 */
public class AssessmentForm {

	private List<ScoreLine> scores = new ArrayList<>();

	/** Makes sure there is one line per criterion, so every row can be shown. */
	void complete() {
		while (this.scores.size() < ValueCriterion.values().length) {
			this.scores.add(new ScoreLine());
		}
		for (int i = 0; i < this.scores.size(); i++) {
			if (this.scores.get(i) == null) {
				this.scores.set(i, new ScoreLine());
			}
		}
	}

	Map<ValueCriterion, Integer> toScores() {
		Map<ValueCriterion, Integer> map = new EnumMap<>(ValueCriterion.class);
		for (ValueCriterion criterion : ValueCriterion.values()) {
			int i = criterion.ordinal();
			Integer score = (i < this.scores.size() && this.scores.get(i) != null) ? this.scores.get(i).getScore()
					: null;
			map.put(criterion, score);
		}
		return map;
	}

	public List<ScoreLine> getScores() {
		return this.scores;
	}

	public void setScores(List<ScoreLine> scores) {
		this.scores = scores;
	}

	/** The score of one criterion. */
	public static class ScoreLine {

		private Integer score;

		public Integer getScore() {
			return this.score;
		}

		public void setScore(Integer score) {
			this.score = score;
		}

	}

}
