package com.kacrm.persistence.valuation;

import java.util.Map;

import com.kacrm.domain.history.FieldChanges;
import com.kacrm.domain.history.HistorySubject;
import com.kacrm.domain.shared.Actor;
import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.domain.valuation.ValueAssessment;
import com.kacrm.domain.valuation.ValueCriterion;
import com.kacrm.domain.valuation.ValueModel;
import com.kacrm.domain.valuation.ValueModelSettings;
import com.kacrm.persistence.history.HistoryRow;
import com.kacrm.persistence.history.HistoryService;
import com.kacrm.persistence.shared.ConcurrentEditException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and changes the value model (weights and portfolio thresholds) and assesses
 * accounts with it. Every change is kept in the model's history (subject
 * {@value #SUBJECT_TYPE}).
 */
@Service
public class ValueModelService {

	public static final String SUBJECT_TYPE = "VALUE_MODEL";

	private final ValueModelRepository models;

	private final HistoryService history;

	ValueModelService(ValueModelRepository models, HistoryService history) {
		this.models = models;
		this.history = history;
	}

	@Transactional(readOnly = true)
	public ValueModelView current() {
		ValueModel model = load();
		return new ValueModelView(model.getId(), model.getVersion(), model.settings());
	}

	/**
	 * Replaces the model's weights and thresholds, recording each changed value.
	 * @throws ConcurrentEditException when the model has changed since version
	 * {@code expectedVersion} was read
	 * @throws ChangeRejected when the settings break the model's rules
	 */
	@Transactional
	public void update(ValueModelSettings settings, long expectedVersion, Actor actor) {
		ValueModel model = load();
		ConcurrentEditException.check(model, expectedVersion);
		ValueModelSettings before = model.settings();
		model.update(settings);
		ValueModelSettings after = model.settings();
		FieldChanges changes = new FieldChanges();
		for (ValueCriterion criterion : ValueCriterion.values()) {
			changes.add("valueModel.weight." + criterion.name(), before.weight(criterion), after.weight(criterion));
		}
		changes.add("valueModel.currentHighThreshold", before.currentHighThreshold(), after.currentHighThreshold())
			.add("valueModel.potentialHighThreshold", before.potentialHighThreshold(), after.potentialHighThreshold())
			.add("valueModel.smallThreshold", before.smallThreshold(), after.smallThreshold())
			.add("valueModel.ratProfitScore", before.ratProfitScore(), after.ratProfitScore())
			.add("valueModel.pyramidTopThreshold", before.pyramidTopThreshold(), after.pyramidTopThreshold())
			.add("valueModel.pyramidMiddleThreshold", before.pyramidMiddleThreshold(), after.pyramidMiddleThreshold());
		this.history.record(new HistorySubject(SUBJECT_TYPE, model.getId()), changes.list(), actor, null);
	}

	/**
	 * Assesses an account from its score of every criterion with the current model.
	 * @throws ChangeRejected when a score is missing or not 1–5
	 */
	@Transactional(readOnly = true)
	public ValueAssessment assess(Map<ValueCriterion, Integer> scores) {
		return load().assess(scores);
	}

	/** The model's changes, newest first. */
	@Transactional(readOnly = true)
	public Page<HistoryRow> history(Pageable pageable) {
		return this.history.historyOf(new HistorySubject(SUBJECT_TYPE, load().getId()), pageable);
	}

	private ValueModel load() {
		return this.models.findFirstByOrderByIdAsc()
			.orElseThrow(() -> new IllegalStateException("The value model is missing; migration V006 seeds it"));
	}

}
