package com.kacrm.persistence.tiering;

import java.util.List;

/**
 * What applying new criteria would do: every account and open lead whose tier changes,
 * how many records were assessed, and how many keep a tier set by hand.
 */
public record TierPreview(int basedOnVersion, List<TierMove> moves, long assessed, long keptByHand) {

	public TierPreview {
		moves = List.copyOf(moves);
	}

	public long accountsMoving() {
		return this.moves.stream().filter((move) -> TieringService.ACCOUNT.equals(move.subjectType())).count();
	}

	public long leadsMoving() {
		return this.moves.stream().filter((move) -> TieringService.LEAD.equals(move.subjectType())).count();
	}

}
