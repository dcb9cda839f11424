package com.kacrm.persistence.report;

import java.util.List;

import com.kacrm.domain.shared.LocalizedName;

/**
 * A team's reps in the KPI report and its subtotal (sums; cadence weighted by accounts).
 */
public record KpiTeam(long teamId, LocalizedName name, List<KpiRep> reps, KpiFigures total) {

	public KpiTeam {
		reps = List.copyOf(reps);
	}

}
