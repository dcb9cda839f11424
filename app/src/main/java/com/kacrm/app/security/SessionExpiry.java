package com.kacrm.app.security;

import com.kacrm.persistence.organisation.UserAccessChanged;
import com.kacrm.web.shared.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Ends the open sessions of a user whose access changed (disabled, password reset, new
 * role or team), once the change is committed. The sessions are marked expired; the next
 * request in one is logged out and sent to {@code /login?expired}. Sessions live in this
 * node's memory, so only this node's sessions end (see docs/operations.md).
 */
@Component
class SessionExpiry {

	private static final Logger log = LoggerFactory.getLogger(SessionExpiry.class);

	private final SessionRegistry sessions;

	SessionExpiry(SessionRegistry sessions) {
		this.sessions = sessions;
	}

	@TransactionalEventListener(fallbackExecution = true)
	void accessChanged(UserAccessChanged event) {
		int ended = 0;
		for (Object principal : this.sessions.getAllPrincipals()) {
			if (principal instanceof CurrentUser user && user.getUsername().equals(event.username())) {
				for (SessionInformation session : this.sessions.getAllSessions(principal, false)) {
					session.expireNow();
					ended++;
				}
			}
		}
		log.info("Access of user {} changed: {} open session(s) ended", event.username(), ended);
	}

}
