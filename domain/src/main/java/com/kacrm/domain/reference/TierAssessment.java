package com.kacrm.domain.reference;

import java.util.List;
import java.util.Objects;

/**
 * The tier a customer qualifies for and every check made on the way: the failed checks of
 * the tiers above it and the met checks of its own tier.
 */
public record TierAssessment(Tier tier, List<TierCheck> checks) {

	public TierAssessment {
		Objects.requireNonNull(tier, "tier");
		checks = List.copyOf(checks);
	}

	/**
	 * Why the customer moves from {@code previous} to this tier: for a move up (or a
	 * first tier) the thresholds it now meets, for a move down the thresholds of its old
	 * tier it no longer meets. Empty when there is nothing to explain, e.g. the lowest
	 * tier without thresholds.
	 */
	public List<TierCheck> reasonFor(Tier previous) {
		if (previous == null || this.tier.isAbove(previous)) {
			return this.checks.stream().filter((check) -> check.tier() == this.tier).toList();
		}
		return this.checks.stream().filter((check) -> check.tier() == previous && !check.met()).toList();
	}

}
