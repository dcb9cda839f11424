package com.kacrm.persistence.organisation;

/** No region, team or user with the code or id from the URL; screens answer 404. */
public class OrganisationRecordNotFoundException extends RuntimeException {

	public OrganisationRecordNotFoundException(String message) {
		super(message);
	}

}
