package com.kacrm.domain.history;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the fields of one edit that really changed; unchanged fields are left out, so
 * a save that changes nothing writes no history.
 */
public final class FieldChanges {

	private final List<FieldChange> changes = new ArrayList<>();

	public FieldChanges add(String field, Object oldValue, Object newValue) {
		FieldChange change = FieldChange.of(field, oldValue, newValue);
		if (change.isChange()) {
			this.changes.add(change);
		}
		return this;
	}

	public boolean isEmpty() {
		return this.changes.isEmpty();
	}

	public List<FieldChange> list() {
		return List.copyOf(this.changes);
	}

}
