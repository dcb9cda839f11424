package com.kacrm.persistence.tiering;

import java.time.Instant;
import java.util.List;

import com.kacrm.domain.reference.TierCriteria;
import com.kacrm.domain.reference.TierCriterion;

/** One version of the tier criteria, A first. */
public record TierCriteriaView(int versionNumber, Instant createdAt, String createdBy, String note,
		List<TierCriterion> criteria) {

	static TierCriteriaView of(TierCriteria criteria) {
		return new TierCriteriaView(criteria.getVersionNumber(), criteria.getCreatedAt(), criteria.getCreatedByName(),
				criteria.getNote(), criteria.rule().criteria());
	}

}
