package com.kacrm.domain.approval;

import java.util.List;

import com.kacrm.domain.history.FieldChange;
import com.kacrm.domain.opportunity.MilestoneMove;

/**
 * What deciding a 立项 request did: the step of its trail, and on approval the deal's move
 * to 项目立项 (null when the deal was there or beyond already) and the changes to the deal
 * (approved figures, expense budget) for its history.
 */
public record Decision(ApprovalTransition transition, MilestoneMove move, List<FieldChange> dealChanges) {

	public Decision {
		dealChanges = List.copyOf(dealChanges);
	}

}
