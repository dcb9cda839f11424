package com.kacrm.persistence.opportunity;

/**
 * A record offered by the deal forms' selects: an account to open a deal on, or a user
 * who may own the deal.
 */
public record OpportunityChoice(long id, String name) {

}
