package com.kacrm.persistence.history;

import java.time.Instant;
import java.util.List;

import com.kacrm.domain.history.HistoryEntry;
import com.kacrm.domain.history.ReasonMessage;
import com.kacrm.domain.reference.TierCheck;

/**
 * One history line as screens show it; {@code field} is a message key. A re-tier carries
 * the tier checks that explain it, which screens render in the reader's language instead
 * of the stored Chinese {@code reason}; so does a system reason kept as a
 * {@link ReasonMessage}.
 */
public record HistoryRow(Long id, String subjectType, Long subjectId, String subjectLabel, String field,
		String oldValue, String newValue, String actorName, Instant occurredAt, String reason,
		List<TierCheck> tierChecks, Integer tierCriteriaVersion, ReasonMessage reasonMessage) {

	static HistoryRow of(HistoryEntry entry) {
		return new HistoryRow(entry.getId(), entry.getSubjectType(), entry.getSubjectId(), entry.getSubjectLabel(),
				entry.getField(), entry.getOldValue(), entry.getNewValue(), entry.getActorName(), entry.getOccurredAt(),
				entry.getReason(), TierCheck.decodeAll(entry.getReasonCode()), entry.getTierCriteriaVersion(),
				ReasonMessage.decode(entry.getReasonCode()).orElse(null));
	}

}
