package com.kacrm.persistence.lead;

import java.util.List;

/**
 * A lead was about to be registered whose name matches existing leads or accounts, and
 * the user has not yet confirmed that it is a different customer. Nothing was saved.
 */
public class DuplicateSuspectedException extends RuntimeException {

	private final transient List<DuplicateMatch> matches;

	public DuplicateSuspectedException(List<DuplicateMatch> matches) {
		super("Possible duplicate of " + matches.size() + " existing record(s)");
		this.matches = List.copyOf(matches);
	}

	public List<DuplicateMatch> matches() {
		return this.matches;
	}

}
