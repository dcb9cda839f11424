package com.kacrm.persistence.lead;

/**
 * What a user may do with one lead, worked out by the service so that screens show only
 * working buttons and every command checks the same rule.
 *
 * @param claim take the lead from the pool (reps and managers of its region); the holding
 * cap and the cooldown are checked when claiming
 * @param release give an owned lead back to the pool (its owner)
 */
public record LeadPermissions(boolean edit, boolean assign, boolean recordContact, boolean discard, boolean convert,
		boolean claim, boolean release) {

}
