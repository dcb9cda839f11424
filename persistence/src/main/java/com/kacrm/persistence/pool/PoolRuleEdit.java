package com.kacrm.persistence.pool;

import java.util.Objects;

import com.kacrm.domain.pool.PoolRuleSettings;
import com.kacrm.domain.reference.Tier;

/** The new settings of one tier's rule and the version they were based on. */
public record PoolRuleEdit(Tier tier, long expectedVersion, PoolRuleSettings settings) {

	public PoolRuleEdit {
		Objects.requireNonNull(tier, "tier");
		Objects.requireNonNull(settings, "settings");
	}

}
