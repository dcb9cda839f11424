package com.kacrm.persistence.opportunity;

import com.kacrm.persistence.shared.RecordNotFoundException;

/** No such opportunity, or the user may not see it (404 either way). */
public class OpportunityNotFoundException extends RecordNotFoundException {

	public OpportunityNotFoundException(long id) {
		super("No opportunity " + id);
	}

}
