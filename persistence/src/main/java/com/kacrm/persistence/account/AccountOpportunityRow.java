package com.kacrm.persistence.account;

import com.kacrm.domain.playbook.Milestone;

/** One of an account's opportunities as the account page lists it. */
public record AccountOpportunityRow(long id, String name, Milestone milestone) {

}
