package com.kacrm.persistence.swot;

import java.time.LocalDate;

/**
 * An account due a new SWOT (半年一扫描), for reminder lists.
 *
 * @param lastSwotOn the date of its latest SWOT; null when it has none
 */
public record SwotDueRow(long accountId, String accountName, LocalDate lastSwotOn) {

}
