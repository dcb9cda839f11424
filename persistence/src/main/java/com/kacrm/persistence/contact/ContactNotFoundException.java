package com.kacrm.persistence.contact;

import com.kacrm.persistence.shared.RecordNotFoundException;

/**
 * No such contact at the account, or the user may not see the account (404 either way).
 */
public class ContactNotFoundException extends RecordNotFoundException {

	public ContactNotFoundException(long id) {
		super("No contact " + id);
	}

}
