package com.kacrm.app.security;

import com.kacrm.persistence.organisation.LoginService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Counts wrong passwords per account in the database (so every app node sees the same
 * count) and resets the count on success. Events come from both form login and HTTP
 * Basic.
 */
@Component
class LoginAttemptRecorder {

	private static final Logger log = LoggerFactory.getLogger(LoginAttemptRecorder.class);

	private final LoginService logins;

	LoginAttemptRecorder(LoginService logins) {
		this.logins = logins;
	}

	@EventListener
	void onBadCredentials(AuthenticationFailureBadCredentialsEvent event) {
		String username = String.valueOf(event.getAuthentication().getName());
		log.atInfo().addKeyValue("event", "login_failed").log("Failed login");
		this.logins.recordFailedLogin(username);
	}

	@EventListener
	void onSuccess(AuthenticationSuccessEvent event) {
		this.logins.recordSuccessfulAuthentication(event.getAuthentication().getName());
	}

	/** Only logins at the form count as the user's last login. */
	@EventListener
	void onInteractiveLogin(InteractiveAuthenticationSuccessEvent event) {
		this.logins.recordInteractiveLogin(event.getAuthentication().getName());
	}

}
