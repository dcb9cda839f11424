package com.kacrm.persistence.opportunity;

import java.util.List;

import com.kacrm.domain.opportunity.OpportunityStatus;
import com.kacrm.domain.playbook.Milestone;
import com.kacrm.persistence.playbook.MilestoneRow;

/**
 * What the milestone screen of a deal shows: the current milestone's guidance (the
 * playbook's definition and work standard), its checklist with what is done and what is
 * missing, and the move on.
 *
 * @param next the milestone the deal moves to next; null at the last one
 * @param unmet the mandatory items not done: exactly what blocks the move on
 * @param mayMove whether the deal can move at all now (it is neither lost nor on hold)
 * @param mayOverride whether the viewer may pass a closed gate with a reason
 */
public record MilestoneScreen(long opportunityId, long version, Milestone milestone, OpportunityStatus status,
		MilestoneRow guidance, List<ChecklistEntry> checklist, List<ChecklistEntry> unmet, Milestone next,
		boolean mayMove, boolean mayOverride) {

	public MilestoneScreen {
		checklist = List.copyOf(checklist);
		unmet = List.copyOf(unmet);
	}

	/** Whether every mandatory item is done. */
	public boolean isGateOpen() {
		return this.unmet.isEmpty();
	}

	/** The milestones before the current one, to move back to. */
	public List<Milestone> earlier() {
		return java.util.Arrays.stream(Milestone.values()).filter(this.milestone::isAfter).toList();
	}

}
