package com.kacrm.persistence.account;

import java.util.Set;

import com.kacrm.persistence.shared.Viewer;
import jakarta.persistence.Query;

/**
 * The accounts a user may see and edit, as a query predicate (SPEC 1): admins all,
 * managers those of the teams they manage or belong to, reps their team's. Contacts,
 * org-chart data, buying centres, SWOTs and value assessments follow their account's
 * scope.
 *
 * @param teamIds the teams whose accounts the viewer sees; null for all
 */
public record AccountScope(Viewer viewer, Set<Long> teamIds) {

	private static final String PARAMETER = "scopeTeams";

	public boolean isAll() {
		return this.teamIds == null;
	}

	/**
	 * The JPQL condition "{@code teamPath} is visible", to be joined with {@code and};
	 * always true for admins.
	 */
	public String condition(String teamPath) {
		return isAll() ? "1 = 1" : teamPath + " in :" + PARAMETER;
	}

	/** Binds the condition's parameter, when it has one. */
	public <Q extends Query> Q bind(Q query) {
		if (!isAll()) {
			query.setParameter(PARAMETER, this.teamIds.isEmpty() ? Set.of(-1L) : this.teamIds);
		}
		return query;
	}

	/** Whether the viewer sees the records of team {@code teamId}. */
	public boolean covers(Long teamId) {
		return isAll() || (teamId != null && this.teamIds.contains(teamId));
	}

}
