package com.kacrm.persistence.account;

import com.kacrm.persistence.shared.RecordNotFoundException;

/** No such account, or the user may not see it (404 either way). */
public class AccountNotFoundException extends RecordNotFoundException {

	public AccountNotFoundException(long id) {
		super("No account " + id);
	}

}
