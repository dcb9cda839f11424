package com.kacrm.persistence.lead;

import com.kacrm.persistence.shared.RecordNotFoundException;

/** No lead with this id, or the user may not see it. */
public class LeadNotFoundException extends RecordNotFoundException {

	public LeadNotFoundException(long id) {
		super("No lead " + id);
	}

}
