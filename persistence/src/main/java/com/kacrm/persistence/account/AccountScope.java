package com.kacrm.persistence.account;

import java.util.Set;

import com.kacrm.domain.account.Account;
import com.kacrm.domain.opportunity.Opportunity;
import com.kacrm.persistence.shared.ScopeFunctions;
import com.kacrm.persistence.shared.Viewer;
import jakarta.persistence.Parameter;
import jakarta.persistence.Query;

/**
 * The accounts a user may see and edit, as a query predicate (SPEC 1): admins all; a rep
 * the accounts they own or that belong to their team; a manager also those of the teams
 * they manage. Contacts, org-chart data, buying centres, SWOTs and value assessments
 * follow their account's scope.
 *
 * @param teamIds the teams whose accounts the viewer sees; null for all
 */
public record AccountScope(Viewer viewer, Set<Long> teamIds) {

	private static final String TEAMS = "scopeTeams";

	private static final String OWNER = "scopeOwner";

	private static final String TEAM_ARRAY = "scopeTeamArray";

	public boolean isAll() {
		return this.teamIds == null;
	}

	/**
	 * The JPQL (or SQL) condition "the account is visible", given the paths of its team
	 * id and owner id, to be joined with {@code and}; always true for admins.
	 */
	public String accounts(String teamIdPath, String ownerIdPath) {
		return isAll() ? "1 = 1" : "(" + teamIdPath + " in :" + TEAMS + " or " + ownerIdPath + " = :" + OWNER + ")";
	}

	/**
	 * The condition "team {@code teamIdPath} is one whose accounts the viewer sees", for
	 * choices of teams, regions and owners.
	 */
	public String condition(String teamIdPath) {
		return isAll() ? "1 = 1" : teamIdPath + " in :" + TEAMS;
	}

	/**
	 * The JPQL condition "the deal is visible", given the alias of an opportunity: the
	 * deal is of a team the viewer sees, or the viewer owns the deal or its account.
	 * Every part is served by an index of the deal's own columns
	 * ({@link ScopeFunctions}); since a deal belongs to its account's team, only the
	 * viewer's accounts outside the teams they see are looked up for the last part.
	 */
	public String opportunities(String opportunityAlias) {
		String deal = opportunityAlias;
		return isAll() ? "1 = 1"
				: "(" + deal + ".teamId in :" + TEAMS + " or " + deal + ".ownerId = :" + OWNER + " or "
						+ ScopeFunctions.OWNED_ACCOUNT_ELSEWHERE + "(" + deal + ".accountId, :" + OWNER + ", :"
						+ TEAM_ARRAY + "))";
	}

	/** Whether the viewer sees {@code opportunity}, by the same rule. */
	public boolean covers(Opportunity opportunity) {
		return covers(opportunity.getTeam().getId())
				|| (opportunity.getOwner() != null && this.viewer.userId().equals(opportunity.getOwner().getId()))
				|| covers(opportunity.getAccount());
	}

	/** Binds the parameters of the conditions the query uses. */
	public <Q extends Query> Q bind(Q query) {
		if (!isAll()) {
			for (Parameter<?> parameter : query.getParameters()) {
				if (TEAMS.equals(parameter.getName())) {
					query.setParameter(TEAMS, this.teamIds.isEmpty() ? Set.of(-1L) : this.teamIds);
				}
				else if (OWNER.equals(parameter.getName())) {
					query.setParameter(OWNER, this.viewer.userId());
				}
				else if (TEAM_ARRAY.equals(parameter.getName())) {
					query.setParameter(TEAM_ARRAY, this.teamIds.toArray(Long[]::new));
				}
			}
		}
		return query;
	}

	/** Whether the viewer sees the records of team {@code teamId}. */
	public boolean covers(Long teamId) {
		return isAll() || (teamId != null && this.teamIds.contains(teamId));
	}

	/** Whether the viewer sees {@code account}: it is theirs or of a team they see. */
	public boolean covers(Account account) {
		return covers(account.getTeam().getId())
				|| (account.getOwner() != null && this.viewer.userId().equals(account.getOwner().getId()));
	}

}
