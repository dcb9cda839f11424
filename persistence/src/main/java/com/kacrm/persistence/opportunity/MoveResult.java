package com.kacrm.persistence.opportunity;

import com.kacrm.domain.opportunity.MoveKind;
import com.kacrm.domain.opportunity.OpportunityStatus;
import com.kacrm.domain.playbook.Milestone;

/**
 * A move made: from where to where, of which kind, and the deal's status and version
 * after it.
 */
public record MoveResult(long opportunityId, MoveKind kind, Milestone from, Milestone to, OpportunityStatus status,
		int probability, long version) {

}
