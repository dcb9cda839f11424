package com.kacrm.persistence.activity;

import com.kacrm.persistence.shared.RecordNotFoundException;

/** The activity does not exist or the viewer may not see it (404). */
public class ActivityNotFoundException extends RecordNotFoundException {

	public ActivityNotFoundException(long id) {
		super("Activity " + id + " not found");
	}

}
