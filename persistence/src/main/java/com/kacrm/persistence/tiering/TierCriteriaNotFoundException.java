package com.kacrm.persistence.tiering;

import com.kacrm.persistence.shared.RecordNotFoundException;

/** No tier criteria of that version exist. */
public class TierCriteriaNotFoundException extends RecordNotFoundException {

	public TierCriteriaNotFoundException(int versionNumber) {
		super("No tier criteria version " + versionNumber);
	}

}
