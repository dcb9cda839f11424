package com.kacrm.persistence.lead;

import java.util.Set;

import com.kacrm.domain.lead.Lead;
import com.kacrm.domain.organisation.Role;
import com.kacrm.persistence.shared.Viewer;

/**
 * Which leads a user may see and manage, as ids: admins everything; a rep their own
 * team's leads, those they own or registered, and their region's pool; a manager the
 * leads of the teams they manage or belong to and the pools of those teams' regions. A
 * lead with a team belongs to that team; a lead without one (pooled, or closed from the
 * pool) to its region. The sheet query uses the same rule as a predicate.
 */
record LeadScope(Viewer viewer, Set<Long> teamIds, Set<Long> regionIds) {

	boolean all() {
		return this.viewer.isAdmin();
	}

	boolean sees(Lead lead) {
		return all() || lead.isOwnedBy(this.viewer.userId()) || registeredBy(lead) || covers(lead);
	}

	/**
	 * Whether the user manages the lead: admins, and managers whose teams or regions
	 * cover it.
	 */
	boolean manages(Lead lead) {
		return all() || (this.viewer.role() == Role.MANAGER && covers(lead));
	}

	boolean registeredBy(Lead lead) {
		return lead.getRegistrant() != null && lead.getRegistrant().getId().equals(this.viewer.userId());
	}

	boolean coversRegion(Long regionId) {
		return all() || this.regionIds.contains(regionId);
	}

	private boolean covers(Lead lead) {
		return (lead.getTeam() != null) ? this.teamIds.contains(lead.getTeam().getId())
				: this.regionIds.contains(lead.getRegion().getId());
	}

}
