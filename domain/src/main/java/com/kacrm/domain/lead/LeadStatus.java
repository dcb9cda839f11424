package com.kacrm.domain.lead;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a lead stands: NEW (in its region's pool, no owner) → ASSIGNED (a rep owns it) →
 * CONTACTING (the owner has reached the customer) → CONVERTED (it became an account), or
 * DISCARDED with a reason. An owned lead that returns to the pool is NEW again. Open
 * leads are still being worked on and make up the active sheet.
 */
public enum LeadStatus {

	NEW, ASSIGNED, CONTACTING, CONVERTED, DISCARDED;

	public static final Set<LeadStatus> OPEN = EnumSet.of(NEW, ASSIGNED, CONTACTING);

	public boolean isOpen() {
		return OPEN.contains(this);
	}

	/** Whether a lead in this status has an owner. */
	public boolean isOwned() {
		return this == ASSIGNED || this == CONTACTING;
	}

}
