package com.kacrm.persistence.reference;

import com.kacrm.persistence.shared.RecordNotFoundException;

/** No industry or lead source has the id asked for; screens answer 404. */
public class ReferenceDataNotFoundException extends RecordNotFoundException {

	public ReferenceDataNotFoundException(String type, long id) {
		super(type + " " + id + " does not exist");
	}

}
