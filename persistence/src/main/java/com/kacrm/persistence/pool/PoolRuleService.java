package com.kacrm.persistence.pool;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.kacrm.domain.history.FieldChange;
import com.kacrm.domain.history.FieldChanges;
import com.kacrm.domain.history.HistorySubject;
import com.kacrm.domain.pool.PoolRule;
import com.kacrm.domain.pool.PoolRuleSettings;
import com.kacrm.domain.reference.Tier;
import com.kacrm.domain.shared.Actor;
import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.domain.shared.Violation;
import com.kacrm.persistence.history.HistoryRow;
import com.kacrm.persistence.history.HistoryService;
import com.kacrm.persistence.shared.ConcurrentEditException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and changes the public-pool rules of the tiers. Admins change the rules of all
 * tiers in one form, so an edit is all or nothing: one stale or invalid row refuses the
 * whole edit. Every change is kept in the rule's history (subject
 * {@value #SUBJECT_TYPE}), the field naming the tier.
 */
@Service
public class PoolRuleService {

	public static final String SUBJECT_TYPE = "POOL_RULE";

	private final PoolRuleRepository rules;

	private final HistoryService history;

	PoolRuleService(PoolRuleRepository rules, HistoryService history) {
		this.rules = rules;
		this.history = history;
	}

	/** The rule of every tier, A first. */
	@Transactional(readOnly = true)
	public List<PoolRuleRow> rules() {
		return this.rules.findAllByOrderByTierAsc().stream().map(PoolRuleRow::of).toList();
	}

	/**
	 * Applies the edits of one or more tiers' rules together.
	 * @throws ConcurrentEditException when any of the rules changed since its edit's
	 * version was read
	 * @throws ChangeRejected with every broken rule of every edit; nothing is changed
	 */
	@Transactional
	public void update(List<PoolRuleEdit> edits, Actor actor) {
		Map<Tier, PoolRule> byTier = new EnumMap<>(Tier.class);
		this.rules.findAll().forEach((rule) -> byTier.put(rule.getTier(), rule));
		List<Violation> violations = new ArrayList<>();
		for (PoolRuleEdit edit : edits) {
			PoolRule rule = byTier.get(edit.tier());
			if (rule == null) {
				throw new IllegalStateException("No pool rule for tier " + edit.tier() + "; migration V007 seeds them");
			}
			ConcurrentEditException.check(rule, edit.expectedVersion());
			violations.addAll(PoolRule.violationsOf(edit.tier(), edit.settings()));
		}
		ChangeRejected.throwIfAny(violations);
		for (PoolRuleEdit edit : edits) {
			PoolRule rule = byTier.get(edit.tier());
			PoolRuleSettings before = rule.settings();
			rule.update(edit.settings());
			this.history.record(new HistorySubject(SUBJECT_TYPE, rule.getId()),
					changes(edit.tier(), before, rule.settings()), actor, null);
		}
	}

	private static List<FieldChange> changes(Tier tier, PoolRuleSettings before, PoolRuleSettings after) {
		return new FieldChanges().add("poolRule.contactDays." + tier, before.contactDays(), after.contactDays())
			.add("poolRule.progressDays." + tier, before.progressDays(), after.progressDays())
			.add("poolRule.warningDays." + tier, before.warningDays(), after.warningDays())
			.add("poolRule.holdingCap." + tier, before.holdingCap(), after.holdingCap())
			.add("poolRule.cooldownDays." + tier, before.cooldownDays(), after.cooldownDays())
			.list();
	}

	/** Changes of the rules of all tiers, newest first. */
	@Transactional(readOnly = true)
	public Page<HistoryRow> history(Pageable pageable) {
		return this.history.recent(List.of(SUBJECT_TYPE), pageable);
	}

}
