package com.kacrm.persistence.pool;

import com.kacrm.domain.pool.PoolRule;
import com.kacrm.domain.pool.PoolRuleSettings;
import com.kacrm.domain.reference.Tier;

/** One tier's pool rule as screens and the API show it, with the version to edit it. */
public record PoolRuleRow(Long id, long version, Tier tier, PoolRuleSettings settings) {

	static PoolRuleRow of(PoolRule rule) {
		return new PoolRuleRow(rule.getId(), rule.getVersion(), rule.getTier(), rule.settings());
	}

}
