package com.kacrm.persistence.competitor;

import com.kacrm.persistence.shared.RecordNotFoundException;

/** No such competitor, or it is not linked where the request says (404). */
public class CompetitorNotFoundException extends RecordNotFoundException {

	public CompetitorNotFoundException(long id) {
		super("No competitor " + id);
	}

}
