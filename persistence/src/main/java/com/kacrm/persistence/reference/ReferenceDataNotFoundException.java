package com.kacrm.persistence.reference;

/** No industry or lead source has the id asked for; screens answer 404. */
public class ReferenceDataNotFoundException extends RuntimeException {

	public ReferenceDataNotFoundException(String type, long id) {
		super(type + " " + id + " does not exist");
	}

}
