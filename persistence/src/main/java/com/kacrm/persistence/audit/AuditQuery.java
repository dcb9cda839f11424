package com.kacrm.persistence.audit;

import java.time.Instant;

import com.kacrm.domain.audit.AuditAction;

/**
 * What the admin searches the trail for; every part optional. {@code actor} matches the
 * actor's name or the login name typed at a failed login (contains, ignoring case);
 * {@code text} matches the changed values and the detail. The period is half-open:
 * {@code from} inclusive, {@code to} exclusive. {@code beforeId} pages backwards (the
 * trail is read newest first, by keyset, so a page costs the same at any depth).
 */
public record AuditQuery(String actor, AuditAction action, String subjectType, Long subjectId, String text,
		Instant from, Instant to, Long beforeId) {

	public static AuditQuery all() {
		return new AuditQuery(null, null, null, null, null, null, null, null);
	}

	public AuditQuery before(Long id) {
		return new AuditQuery(this.actor, this.action, this.subjectType, this.subjectId, this.text, this.from, this.to,
				id);
	}

}
