package com.kacrm.web.valuation;

import java.util.ArrayList;
import java.util.List;

import com.kacrm.domain.valuation.ValueCriterion;
import com.kacrm.persistence.valuation.ValuationRow;

/**
 * A value assessment of an account (客户价值评估): a score 1–5 per criterion (line i is
 * criterion i) and an optional note; prefilled with the latest assessment's scores so a
 * rep changes only what moved.
 */
public class AccountAssessmentForm extends AssessmentForm {

	private String note;

	static AccountAssessmentForm startingFrom(ValuationRow latest) {
		AccountAssessmentForm form = new AccountAssessmentForm();
		if (latest != null) {
			List<ScoreLine> lines = new ArrayList<>();
			for (ValueCriterion criterion : ValueCriterion.values()) {
				ScoreLine line = new ScoreLine();
				line.setScore(latest.score(criterion));
				lines.add(line);
			}
			form.setScores(lines);
		}
		form.complete();
		return form;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

}
