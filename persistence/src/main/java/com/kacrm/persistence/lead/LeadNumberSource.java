package com.kacrm.persistence.lead;

import java.time.Instant;

import com.kacrm.domain.lead.LeadNumber;
import com.kacrm.domain.organisation.Region;

/**
 * Where a registration takes its lead number from: {@link LeadNumbers} draws one at a
 * time, an import's {@link LeadNumbers.Blocks} many at once.
 */
interface LeadNumberSource {

	/** The next number of {@code region} in the year of {@code registeredAt}. */
	LeadNumber next(Region region, Instant registeredAt);

	/**
	 * Takes {@code number} as it is, moving the counter past it.
	 * @throws com.kacrm.domain.shared.ChangeRejected when the number is in use or names
	 * another region
	 */
	LeadNumber keep(LeadNumber number, Region region);

}
