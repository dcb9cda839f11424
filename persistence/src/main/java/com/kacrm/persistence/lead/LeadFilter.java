package com.kacrm.persistence.lead;

import java.time.LocalDate;

import com.kacrm.domain.lead.LeadStatus;
import com.kacrm.domain.reference.Tier;

/**
 * The sheet's filters, as the URL carries them; every one may be missing.
 *
 * @param q free text found anywhere in the customer's name, or a lead number
 * @param status one status; when missing, the active sheet (open leads)
 * @param registeredFrom first day of the registration period (inclusive, China time)
 * @param registeredTo last day of the registration period (inclusive, China time)
 */
public record LeadFilter(LeadQueue queue, String q, String regionCode, String industryCode, Tier customerClass,
		String sourceCode, LeadStatus status, LocalDate registeredFrom, LocalDate registeredTo) {

	/** The whole active sheet. */
	public static LeadFilter all() {
		return new LeadFilter(LeadQueue.SHEET, null, null, null, null, null, null, null, null);
	}

	public LeadQueue queueOrSheet() {
		return (this.queue != null) ? this.queue : LeadQueue.SHEET;
	}

}
