package com.kacrm.app.security;

import com.kacrm.persistence.organisation.LoginAccount;
import com.kacrm.persistence.organisation.LoginService;
import com.kacrm.web.shared.CurrentUser;
import com.kacrm.web.shared.SupportedLocaleResolver;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Loads users from the database for form login and HTTP Basic. */
@Component
class CrmUserDetailsService implements UserDetailsService {

	private final LoginService logins;

	CrmUserDetailsService(LoginService logins) {
		this.logins = logins;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		LoginAccount account = this.logins.findLoginAccount(username)
			.orElseThrow(() -> new UsernameNotFoundException("No such user"));
		return new CurrentUser(account.id(), account.username(), account.displayName(), account.passwordHash(),
				account.role(), account.teamCode(), account.teamName(), account.enabled(), account.locked(),
				SupportedLocaleResolver.fromPreference(account.preferredLocale()));
	}

}
