package com.kacrm.persistence.lead;

import com.kacrm.persistence.shared.RecordNotFoundException;

/** No lead sheet sent with this id, or the user may not see it. */
public class DistributionNotFoundException extends RecordNotFoundException {

	public DistributionNotFoundException(long id) {
		super("No lead distribution " + id);
	}

}
