package com.kacrm.domain.lead;

/**
 * What sent a lead sheet to a region (定期转发): a person on demand, or the schedule.
 */
public enum DistributionTrigger {

	/** An admin or the region's manager pressed "send now". */
	ON_DEMAND,

	/** The regular schedule, as the manual's 定期转发. */
	SCHEDULE;

	/**
	 * Whether a sheet without new leads is still sent: on demand yes, so the manager sees
	 * "no new leads"; the schedule keeps quiet instead of filling inboxes.
	 */
	public boolean sendsEmptySheets() {
		return this == ON_DEMAND;
	}

}
