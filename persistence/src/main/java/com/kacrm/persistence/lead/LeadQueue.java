package com.kacrm.persistence.lead;

/**
 * The views of the lead sheet: the whole sheet, the leads the tier criteria route to
 * field visits by reps (A/B in the manual), the phone follow-up queue (C/D), the region's
 * pool (公海: open leads without owner) and the user's own leads.
 */
public enum LeadQueue {

	SHEET, VISITS, PHONE, POOL, MINE

}
