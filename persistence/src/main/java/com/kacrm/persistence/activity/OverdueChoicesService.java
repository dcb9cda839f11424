package com.kacrm.persistence.activity;

import java.util.ArrayList;
import java.util.List;

import com.kacrm.domain.organisation.Role;
import com.kacrm.persistence.account.AccountScope;
import com.kacrm.persistence.shared.Viewer;
import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The filter choices of the overdue-for-contact list ({@link CadenceService#overdue}):
 * only teams and owners within the viewer's scope, so the list never offers what it would
 * not show.
 */
@Service
public class OverdueChoicesService {

	private final EntityManager entityManager;

	private final ActivityAccess access;

	OverdueChoicesService(EntityManager entityManager, ActivityAccess access) {
		this.entityManager = entityManager;
		this.access = access;
	}

	/**
	 * The teams the viewer sees and the owners of the accounts they see; a rep is offered
	 * themself even before they own an account ("only mine").
	 */
	@Transactional(readOnly = true)
	public OverdueChoices choices(Viewer viewer) {
		AccountScope scope = this.access.scopeOf(viewer);
		List<OverdueChoices.Team> teams = scope.bind(this.entityManager.createQuery(
				"select new com.kacrm.persistence.activity.OverdueChoices$Team(t.id, t.name) from Team t where "
						+ scope.condition("t.id") + " order by t.code",
				OverdueChoices.Team.class))
			.getResultList();
		List<OverdueChoices.Owner> owners = new ArrayList<>(scope.bind(this.entityManager
			.createQuery("select distinct new com.kacrm.persistence.activity.OverdueChoices$Owner(u.id, u.displayName)"
					+ " from Account a join a.owner u where " + scope.accounts("a.team.id", "u.id")
					+ " order by u.displayName", OverdueChoices.Owner.class))
			.getResultList());
		if (viewer.role() == Role.REP && owners.stream().noneMatch((owner) -> owner.id() == viewer.userId())) {
			owners.add(0, new OverdueChoices.Owner(viewer.userId(), viewer.name()));
		}
		return new OverdueChoices(teams, owners);
	}

}
