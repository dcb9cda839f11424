package com.kacrm.persistence.tiering;

import java.util.List;

/**
 * What applying new criteria would do: which thresholds differ from the version in force
 * (as {@code "A.minAnnualRevenue"}), every account and open lead whose tier changes, how
 * many records were assessed, and how many keep a tier set by hand.
 */
public record TierPreview(int basedOnVersion, List<String> changed, List<TierMove> moves, long assessed,
		long keptByHand) {

	public TierPreview {
		changed = List.copyOf(changed);
		moves = List.copyOf(moves);
	}

	public long accountsMoving() {
		return this.moves.stream().filter((move) -> TieringService.ACCOUNT.equals(move.subjectType())).count();
	}

	public long leadsMoving() {
		return this.moves.stream().filter((move) -> TieringService.LEAD.equals(move.subjectType())).count();
	}

}
