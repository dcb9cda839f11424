package com.kacrm.persistence.account;

import java.util.List;

/**
 * An account was about to be created whose name matches existing accounts, and nobody
 * confirmed that it is a different customer. Nothing was saved.
 */
public class AccountDuplicateSuspectedException extends RuntimeException {

	private final transient List<AccountMatch> matches;

	public AccountDuplicateSuspectedException(List<AccountMatch> matches) {
		super("Possible duplicate of " + matches.size() + " existing account(s)");
		this.matches = List.copyOf(matches);
	}

	public List<AccountMatch> matches() {
		return this.matches;
	}

}
