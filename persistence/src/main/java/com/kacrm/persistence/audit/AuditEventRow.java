package com.kacrm.persistence.audit;

import java.time.Instant;

import com.kacrm.domain.audit.AuditAction;

/** One entry of the audit trail, as the admin's search shows it. */
public record AuditEventRow(long id, Instant occurredAt, Long actorId, String actorName, AuditAction action,
		String subjectType, Long subjectId, String field, String oldValue, String newValue, String detail, long txId) {

}
