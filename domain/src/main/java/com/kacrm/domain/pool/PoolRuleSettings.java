package com.kacrm.domain.pool;

/**
 * What an admin sets for one tier's public-pool rule. Values may be missing (as typed
 * into a form); {@link PoolRule} refuses settings that break its rules.
 *
 * @param contactDays days without a logged contact after which an owned record returns to
 * the pool
 * @param progressDays days without deal progress after which it returns
 * @param warningDays days before the return on which the owner is warned
 * @param holdingCap most records of the tier a rep may hold; null for no cap
 * @param cooldownDays days after a release during which the previous owner may not claim
 * the record again
 */
public record PoolRuleSettings(Integer contactDays, Integer progressDays, Integer warningDays, Integer holdingCap,
		Integer cooldownDays) {

}
