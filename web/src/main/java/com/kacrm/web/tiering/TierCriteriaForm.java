package com.kacrm.web.tiering;

import java.util.ArrayList;
import java.util.List;

import com.kacrm.domain.reference.TierCriterion;
import com.kacrm.persistence.tiering.TierCriteriaView;

/**
 * The tier-criteria form: one row per tier, the version it was opened on (so an apply on
 * top of someone else's newer version is a conflict) and a note on why.
 */
public class TierCriteriaForm {

	private int basedOnVersion;

	private String note;

	private List<TierCriterionForm> tiers = new ArrayList<>();

	static TierCriteriaForm of(TierCriteriaView criteria) {
		TierCriteriaForm form = new TierCriteriaForm();
		form.basedOnVersion = criteria.versionNumber();
		form.tiers = new ArrayList<>(criteria.criteria().stream().map(TierCriterionForm::of).toList());
		return form;
	}

	List<TierCriterion> toCriteria() {
		return this.tiers.stream().map(TierCriterionForm::toCriterion).toList();
	}

	public int getBasedOnVersion() {
		return this.basedOnVersion;
	}

	public void setBasedOnVersion(int basedOnVersion) {
		this.basedOnVersion = basedOnVersion;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public List<TierCriterionForm> getTiers() {
		return this.tiers;
	}

	public void setTiers(List<TierCriterionForm> tiers) {
		this.tiers = tiers;
	}

}
