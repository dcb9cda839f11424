package com.kacrm.persistence.swot;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One SWOT of an account as the SWOT tab and the API show it.
 *
 * @param due whether six months passed since its date (半年一扫描); for the latest SWOT this
 * is whether the account is due a new scan
 */
public record SwotRow(long id, LocalDate assessedOn, String strengths, String weaknesses, String opportunities,
		String threats, Instant createdAt, String createdByName, boolean due) {

}
