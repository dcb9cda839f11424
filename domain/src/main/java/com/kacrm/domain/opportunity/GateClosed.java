package com.kacrm.domain.opportunity;

import java.util.List;

import com.kacrm.domain.playbook.ChecklistItem;
import com.kacrm.domain.playbook.Milestone;

/**
 * A move forward refused because mandatory checklist items of the deal's milestone are
 * not done. It names exactly those items; nothing was changed.
 */
public class GateClosed extends RuntimeException {

	private final Milestone milestone;

	private final transient List<ChecklistItem> unmet;

	public GateClosed(Milestone milestone, List<ChecklistItem> unmet) {
		super("Milestone " + milestone + " has " + unmet.size() + " mandatory item(s) not done");
		this.milestone = milestone;
		this.unmet = List.copyOf(unmet);
	}

	/** The milestone whose gate is closed: the deal's current one. */
	public Milestone milestone() {
		return this.milestone;
	}

	/** The mandatory items not done, in the playbook's order. */
	public List<ChecklistItem> unmet() {
		return this.unmet;
	}

}
