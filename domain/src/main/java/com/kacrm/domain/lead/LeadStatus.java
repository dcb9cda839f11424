package com.kacrm.domain.lead;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a lead stands: NEW → ASSIGNED → CONTACTING → CONVERTED, or DISCARDED with a
 * reason. Open leads are still being worked on.
 */
public enum LeadStatus {

	NEW, ASSIGNED, CONTACTING, CONVERTED, DISCARDED;

	public static final Set<LeadStatus> OPEN = EnumSet.of(NEW, ASSIGNED, CONTACTING);

	public boolean isOpen() {
		return OPEN.contains(this);
	}

}
