package com.kacrm.persistence.organisation;

import com.kacrm.persistence.shared.RecordNotFoundException;

/** No region, team or user with the code or id from the URL; screens answer 404. */
public class OrganisationRecordNotFoundException extends RecordNotFoundException {

	public OrganisationRecordNotFoundException(String message) {
		super(message);
	}

}
