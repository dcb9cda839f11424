package com.kacrm.persistence.playbook;

import com.kacrm.domain.playbook.Milestone;
import com.kacrm.persistence.shared.RecordNotFoundException;

/** No checklist item with that id belongs to the milestone. */
public class ChecklistItemNotFoundException extends RecordNotFoundException {

	public ChecklistItemNotFoundException(Milestone milestone, Long itemId) {
		super("Milestone " + milestone + " has no checklist item " + itemId);
	}

}
