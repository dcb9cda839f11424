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
		if (scope.ownerId() != null) {
			return new OpportunityChoices(List.of(),
					List.of(new OpportunityChoices.Owner(viewer.userId(), viewer.name())),
					OpportunityChoices.activeIndustries(this.entityManager));
		}
		return OpportunityChoices.ofTeams(this.entityManager, scope.teamIds());
	}

}
