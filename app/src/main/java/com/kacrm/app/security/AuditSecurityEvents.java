package com.kacrm.app.security;

import com.kacrm.domain.audit.AuditAction;
import com.kacrm.domain.shared.Actor;
import com.kacrm.persistence.audit.AuditTrailService;
import com.kacrm.web.shared.CurrentUser;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Writes sign-ins at the form, failed sign-ins (form and API) and sign-outs into the
 * audit trail, with the client's address. A failed sign-in names the login the person
 * typed, which need not exist. API calls authenticate on every request and are not
 * logins; their failures are.
 */
@Component
class AuditSecurityEvents {

	private final AuditTrailService trail;

	AuditSecurityEvents(AuditTrailService trail) {
		this.trail = trail;
	}

	@EventListener
	void onLogin(InteractiveAuthenticationSuccessEvent event) {
		this.trail.record(AuditAction.LOGIN, actorOf(event.getAuthentication()), AuditAction.SESSION,
				idOf(event.getAuthentication()), addressOf(event.getAuthentication()));
	}

	@EventListener
	void onFailure(AbstractAuthenticationFailureEvent event) {
		Authentication attempt = event.getAuthentication();
		String typed = String.valueOf(attempt.getName());
		String detail = event.getException().getClass().getSimpleName()
				+ ((addressOf(attempt) != null) ? " from " + addressOf(attempt) : "");
		this.trail.record(AuditAction.LOGIN_FAILED, Actor.system(typed.isBlank() ? "?" : typed), AuditAction.SESSION,
				null, detail);
	}

	@EventListener
	void onLogout(LogoutSuccessEvent event) {
		this.trail.record(AuditAction.LOGOUT, actorOf(event.getAuthentication()), AuditAction.SESSION,
				idOf(event.getAuthentication()), addressOf(event.getAuthentication()));
	}

	private static Actor actorOf(Authentication authentication) {
		if (authentication.getPrincipal() instanceof CurrentUser user) {
			return user.auditActor();
		}
		return Actor.system(String.valueOf(authentication.getName()));
	}

	private static Long idOf(Authentication authentication) {
		return (authentication.getPrincipal() instanceof CurrentUser user) ? user.getId() : null;
	}

	private static String addressOf(Authentication authentication) {
		return (authentication.getDetails() instanceof WebAuthenticationDetails details) ? details.getRemoteAddress()
				: null;
	}

}
