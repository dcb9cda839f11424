package com.kacrm.app.security;

import com.kacrm.persistence.organisation.UserAccessChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Ends the open sessions of a user whose access changed (disabled, password reset, new
 * role or team), once the change is committed. The sessions live in PostgreSQL (Spring
 * Session JDBC), found by the user's name, and are marked expired there: the next request
 * in one, on whichever node it lands, is logged out and sent to {@code /login?expired}.
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
		for (SessionInformation session : this.sessions.getAllSessions(event.username(), false)) {
			session.expireNow();
			ended++;
		}
		log.info("Access of user {} changed: {} open session(s) ended", event.username(), ended);
	}

}
