package com.kacrm.persistence.history;

import java.time.Instant;

import com.kacrm.domain.history.HistoryEntry;

/**
 * One history line as screens show it; {@code field} is a message key.
 */
public record HistoryRow(Long id, String subjectType, Long subjectId, String subjectLabel, String field,
		String oldValue, String newValue, String actorName, Instant occurredAt, String reason,
		Integer tierCriteriaVersion) {

	static HistoryRow of(HistoryEntry entry) {
		return new HistoryRow(entry.getId(), entry.getSubjectType(), entry.getSubjectId(), entry.getSubjectLabel(),
				entry.getField(), entry.getOldValue(), entry.getNewValue(), entry.getActorName(), entry.getOccurredAt(),
				entry.getReason(), entry.getTierCriteriaVersion());
	}

}
