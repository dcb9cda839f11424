package com.kacrm.app.security;

import org.springframework.security.authentication.AccountExpiredException;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsChecker;

/**
 * Locked, disabled and expired checks, run after the password has been verified: only
 * someone who knows the password learns that the account is locked.
 */
class AccountStatusChecks implements UserDetailsChecker {

	@Override
	public void check(UserDetails user) {
		if (!user.isAccountNonLocked()) {
			throw new LockedException("Account locked");
		}
		if (!user.isEnabled()) {
			throw new DisabledException("Account disabled");
		}
		if (!user.isAccountNonExpired()) {
			throw new AccountExpiredException("Account expired");
		}
		if (!user.isCredentialsNonExpired()) {
			throw new CredentialsExpiredException("Credentials expired");
		}
	}

}
