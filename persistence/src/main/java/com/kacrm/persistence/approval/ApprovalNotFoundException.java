package com.kacrm.persistence.approval;

import com.kacrm.persistence.shared.RecordNotFoundException;

/** No such 立项 request, or the user may not see it (404 either way). */
public class ApprovalNotFoundException extends RecordNotFoundException {

	public ApprovalNotFoundException(long id) {
		super("No approval request " + id);
	}

}
