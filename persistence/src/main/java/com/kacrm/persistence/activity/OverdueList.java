package com.kacrm.persistence.activity;

import java.util.List;
import java.util.Map;

import com.kacrm.domain.reference.Tier;
import org.springframework.data.domain.Page;

/**
 * The accounts overdue for contact in the viewer's scope, most overdue first, with the
 * tally per rep and per team and the intervals they were measured by.
 */
public record OverdueList(Page<OverdueAccount> accounts, List<OverdueTally> byOwner, List<OverdueTally> byTeam,
		Map<Tier, Integer> intervals) {

	public OverdueList {
		byOwner = List.copyOf(byOwner);
		byTeam = List.copyOf(byTeam);
		intervals = Map.copyOf(intervals);
	}

}
