package com.kacrm.persistence.lead;

import java.time.Instant;

import com.kacrm.domain.lead.DistributionTrigger;
import com.kacrm.domain.shared.LocalizedName;

/**
 * One lead sheet sent to a region (定期转发): what was sent when, by whom or by the schedule.
 *
 * @param periodStart exclusive; null for the region's first sheet
 * @param periodEnd inclusive: when it was sent
 */
public record DistributionRow(long id, String regionCode, LocalizedName region, Instant periodStart, Instant periodEnd,
		Instant sentAt, String sentByName, DistributionTrigger trigger, int leadCount) {

	public boolean sentBySchedule() {
		return this.trigger == DistributionTrigger.SCHEDULE;
	}

}
