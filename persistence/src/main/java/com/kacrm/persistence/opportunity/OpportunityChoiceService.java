package com.kacrm.persistence.opportunity;

import java.util.List;

import com.kacrm.domain.opportunity.Opportunity;
import com.kacrm.persistence.account.AccountScope;
import com.kacrm.persistence.shared.Viewer;
import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the deal forms offer a viewer: the accounts they may open a deal on (those they
 * see) and the users who may own a deal (enabled reps and managers of its team, and the
 * team's manager), by the same rules the services check on saving.
 */
@Service
public class OpportunityChoiceService {

	private final EntityManager entityManager;

	private final OpportunityAccess access;

	OpportunityChoiceService(EntityManager entityManager, OpportunityAccess access) {
		this.entityManager = entityManager;
		this.access = access;
	}

	/** The accounts the viewer sees, by name. */
	@Transactional(readOnly = true)
	public List<OpportunityChoice> accounts(Viewer viewer) {
		AccountScope scope = this.access.scopeOf(viewer);
		return scope.bind(this.entityManager.createQuery(
				"select new com.kacrm.persistence.opportunity.OpportunityChoice(a.id, a.name) from Account a where "
						+ scope.accounts("a.team.id", "a.owner.id") + " order by a.name, a.id",
				OpportunityChoice.class))
			.getResultList();
	}

	/**
	 * The users who may own the deal: enabled reps and managers of its team and the
	 * team's manager.
	 * @throws OpportunityNotFoundException when the viewer may not see the deal
	 */
	@Transactional(readOnly = true)
	public List<OpportunityChoice> owners(long opportunityId, Viewer viewer) {
		Opportunity opportunity = this.access.visible(opportunityId, viewer);
		return this.access.workersOf(opportunity)
			.stream()
			.map((user) -> new OpportunityChoice(user.getId(), user.getDisplayName()))
			.toList();
	}

}
