package com.kacrm.persistence.inbox;

import com.kacrm.persistence.shared.RecordNotFoundException;

/** No notice with this id in the user's inbox. */
public class NoticeNotFoundException extends RecordNotFoundException {

	public NoticeNotFoundException(long id) {
		super("No notice " + id);
	}

}
