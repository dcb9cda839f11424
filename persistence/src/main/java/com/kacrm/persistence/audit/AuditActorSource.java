package com.kacrm.persistence.audit;

import java.util.Optional;

import com.kacrm.domain.shared.Actor;

/**
 * Who acts on the current thread, for the audit trail's database trigger: the signed-in
 * user of a request, or nobody (a scheduled job, start-up), which the trail records as
 * {@value AuditActorDataSource#SYSTEM}. The web layer knows the user; this module only
 * asks.
 */
@FunctionalInterface
public interface AuditActorSource {

	Optional<Actor> current();

}
