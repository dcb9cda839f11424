package com.kacrm.persistence.opportunity;

import java.util.Collection;
import java.util.List;

import com.kacrm.domain.shared.LocalizedName;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

/**
 * What the opportunity list's and board's filters offer a viewer: the teams they see, the
 * people of those teams and the active industries.
 */
public record OpportunityChoices(List<Named> teams, List<Owner> owners, List<Named> industries) {

	public OpportunityChoices {
		teams = List.copyOf(teams);
		owners = List.copyOf(owners);
		industries = List.copyOf(industries);
	}

	/**
	 * The choices read from the organisation and the reference data, never from the deals
	 * (a distinct over every visible deal costs more than the page itself): the teams
	 * {@code teamIds} (every team when null), the people of those teams and the active
	 * industries.
	 */
	public static OpportunityChoices ofTeams(EntityManager entityManager, Collection<Long> teamIds) {
		String inTeams = (teamIds == null) ? "" : " where t.id in :teams";
		TypedQuery<Named> teams = entityManager.createQuery(
				"select new com.kacrm.persistence.opportunity.OpportunityChoices$Named(t.id, t.name) from Team t"
						+ inTeams + " order by t.code",
				Named.class);
		TypedQuery<Owner> owners = entityManager
			.createQuery("select new com.kacrm.persistence.opportunity.OpportunityChoices$Owner(u.id, u.displayName)"
					+ " from User u join u.team t" + inTeams + " order by u.displayName, u.id", Owner.class);
		if (teamIds != null) {
			List<Long> ids = teamIds.isEmpty() ? List.of(-1L) : List.copyOf(teamIds);
			teams.setParameter("teams", ids);
			owners.setParameter("teams", ids);
		}
		return new OpportunityChoices(teams.getResultList(), owners.getResultList(), activeIndustries(entityManager));
	}

	/** The active industries, in their order. */
	public static List<Named> activeIndustries(EntityManager entityManager) {
		return entityManager
			.createQuery("select new com.kacrm.persistence.opportunity.OpportunityChoices$Named(i.id, i.name)"
					+ " from Industry i where i.active = true order by i.sortOrder, i.code", Named.class)
			.getResultList();
	}

	/** A team or an industry. */
	public record Named(long id, LocalizedName name) {

	}

	/** A user who owns deals. */
	public record Owner(long id, String name) {

	}

}
