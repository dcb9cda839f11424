package com.kacrm.persistence.organisation;

import java.time.Clock;
import java.util.Optional;

import com.kacrm.domain.organisation.LoginLockoutPolicy;
import com.kacrm.domain.organisation.Team;
import com.kacrm.domain.organisation.User;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Looks users up for login and keeps their run of failed logins, which locks an account
 * after too many wrong passwords. Unknown usernames leave no trace, so the response
 * cannot tell them apart from known ones.
 */
@Service
public class LoginService {

	private final UserRepository users;

	private final LoginLockoutPolicy lockoutPolicy;

	private final Clock clock;

	LoginService(UserRepository users, LoginLockoutPolicy lockoutPolicy, Clock clock) {
		this.users = users;
		this.lockoutPolicy = lockoutPolicy;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Optional<LoginAccount> findLoginAccount(String typedUsername) {
		return this.users.findByUsername(User.canonicalUsername(typedUsername)).map(this::toLoginAccount);
	}

	/**
	 * Counts a wrong password in its own transaction, so it is kept although the login
	 * fails.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordFailedLogin(String typedUsername) {
		this.users.findForUpdate(User.canonicalUsername(typedUsername))
			.ifPresent((user) -> user.recordFailedLogin(this.clock.instant(), this.lockoutPolicy));
	}

	/**
	 * A correct password, at the form or on an API call: ends a run of failures. Writes
	 * only when there is one, since API clients authenticate on every request.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordSuccessfulAuthentication(String username) {
		String canonical = User.canonicalUsername(username);
		if (this.users.findByUsername(canonical).filter(User::hasFailedLoginsOnRecord).isPresent()) {
			this.users.findForUpdate(canonical).ifPresent(User::clearFailedLogins);
		}
	}

	/** A login at the form: remembered as the user's last login. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordInteractiveLogin(String username) {
		this.users.findForUpdate(User.canonicalUsername(username))
			.ifPresent((user) -> user.recordInteractiveLogin(this.clock.instant()));
	}

	private LoginAccount toLoginAccount(User user) {
		Team team = user.getTeam();
		return new LoginAccount(user.getId(), user.getUsername(), user.getDisplayName(), user.getPasswordHash(),
				user.getRole(), (team != null) ? team.getCode() : null, (team != null) ? team.getName() : null,
				user.isEnabled(), user.isLockedAt(this.clock.instant()), user.getPreferredLocale());
	}

}
