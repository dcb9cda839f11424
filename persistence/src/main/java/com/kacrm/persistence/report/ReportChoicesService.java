package com.kacrm.persistence.report;

import java.util.List;

import com.kacrm.persistence.opportunity.OpportunityChoices;
import com.kacrm.persistence.shared.Viewer;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the reports' filters offer a viewer, within their {@link ReportScope}: the teams
 * they see, the people of those teams (a rep only themselves) and the active industries.
 */
@Service
@Transactional(readOnly = true)
public class ReportChoicesService {

	@PersistenceContext
	private EntityManager entityManager;

	public ReportScope scopeOf(Viewer viewer) {
		return ReportScope.of(this.entityManager, viewer);
	}

	public OpportunityChoices choices(Viewer viewer) {
		ReportScope scope = scopeOf(viewer);
		List<OpportunityChoices.Named> teams;
		List<OpportunityChoices.Owner> owners;
		if (scope.ownerId() != null) {
			teams = List.of();
			owners = List.of(new OpportunityChoices.Owner(viewer.userId(), viewer.name()));
		}
		else {
			String teamCondition = (scope.teamIds() == null) ? "" : " where t.id in :teams";
			var teamQuery = this.entityManager.createQuery(
					"select new com.kacrm.persistence.opportunity.OpportunityChoices$Named(t.id, t.name) from Team t"
							+ teamCondition + " order by t.code",
					OpportunityChoices.Named.class);
			var ownerQuery = this.entityManager.createQuery(
					"select distinct new com.kacrm.persistence.opportunity.OpportunityChoices$Owner(u.id, u.displayName)"
							+ " from User u join u.team t" + teamCondition + " order by u.displayName",
					OpportunityChoices.Owner.class);
			if (scope.teamIds() != null) {
				List<Long> ids = scope.teamIds().isEmpty() ? List.of(-1L) : List.copyOf(scope.teamIds());
				teamQuery.setParameter("teams", ids);
				ownerQuery.setParameter("teams", ids);
			}
			teams = teamQuery.getResultList();
			owners = ownerQuery.getResultList();
		}
		List<OpportunityChoices.Named> industries = this.entityManager.createQuery(
				"select new com.kacrm.persistence.opportunity.OpportunityChoices$Named(i.id, i.name) from Industry i"
						+ " where i.active = true order by i.sortOrder, i.code",
				OpportunityChoices.Named.class)
			.getResultList();
		return new OpportunityChoices(teams, owners, industries);
	}

}
