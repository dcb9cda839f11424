package com.kacrm.persistence.report;

import java.time.LocalDate;
import java.util.List;

/**
 * The KPI report for the period [from, to] (both inclusive): the teams in scope with
 * their reps, and the grand total.
 */
public record KpiResult(LocalDate from, LocalDate to, List<KpiTeam> teams, KpiFigures total) {

	public KpiResult {
		teams = List.copyOf(teams);
	}

	/** Every rep's line, team by team. */
	public List<KpiRep> reps() {
		return this.teams.stream().flatMap((team) -> team.reps().stream()).toList();
	}

}
