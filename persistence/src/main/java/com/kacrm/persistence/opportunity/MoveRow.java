package com.kacrm.persistence.opportunity;

import java.time.Instant;
import java.util.List;

import com.kacrm.domain.opportunity.MilestoneMove;
import com.kacrm.domain.opportunity.MoveKind;
import com.kacrm.domain.opportunity.OpportunityStatus;
import com.kacrm.domain.playbook.Milestone;

/**
 * One entry of a deal's milestone history: from, to, who, when and why.
 *
 * @param unmetItemIds the mandatory checklist items missing at an override
 */
public record MoveRow(Long id, MoveKind kind, Milestone from, Milestone to, OpportunityStatus fromStatus,
		OpportunityStatus toStatus, String reason, Instant movedAt, String movedByName, List<Long> unmetItemIds) {

	static MoveRow of(MilestoneMove move) {
		return new MoveRow(move.getId(), move.getKind(), move.getFromMilestone(), move.getToMilestone(),
				move.getFromStatus(), move.getToStatus(), move.getReason(), move.getMovedAt(), move.getMovedByName(),
				move.getUnmetItemIds());
	}

}
