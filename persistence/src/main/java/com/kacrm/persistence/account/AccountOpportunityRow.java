package com.kacrm.persistence.account;

import java.time.Instant;

import com.kacrm.domain.opportunity.OpportunityStatus;
import com.kacrm.domain.playbook.Milestone;

/**
 * One of an account's opportunities as the account page lists it.
 *
 * @param ownerName null when the opportunity has no owner
 */
public record AccountOpportunityRow(long id, String name, Milestone milestone, OpportunityStatus status,
		String ownerName, Instant createdAt) {

}
