package com.kacrm.persistence.lead;

/**
 * What a user may do with one lead, worked out by the service so that screens show only
 * working buttons and every command checks the same rule.
 */
public record LeadPermissions(boolean edit, boolean assign, boolean recordContact, boolean discard, boolean convert) {

}
