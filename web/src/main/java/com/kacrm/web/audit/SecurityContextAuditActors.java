package com.kacrm.web.audit;

import java.util.Optional;

import com.kacrm.domain.shared.Actor;
import com.kacrm.persistence.audit.AuditActorSource;
import com.kacrm.web.shared.CurrentUser;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The signed-in user of the current request is who the audit trail records. */
@Component
class SecurityContextAuditActors implements AuditActorSource {

	@Override
	public Optional<Actor> current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
			return Optional.of(user.auditActor());
		}
		return Optional.empty();
	}

}
