package com.kacrm.persistence.tiering;

import java.util.List;

import com.kacrm.domain.reference.Tier;
import com.kacrm.domain.reference.TierCheck;

/**
 * An account or lead whose tier the new criteria change: from (null when it had none) →
 * to, and the thresholds that explain it.
 */
public record TierMove(String subjectType, Long id, String name, Tier from, Tier to, List<TierCheck> reason) {

	/**
	 * The reason as stored in the record's history for people reading the data (the
	 * manual's terms).
	 */
	String reasonInChinese() {
		return TieringService.inChinese(this.reason);
	}

}
