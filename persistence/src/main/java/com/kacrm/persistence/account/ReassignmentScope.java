package com.kacrm.persistence.account;

import java.util.List;
import java.util.Set;

import com.kacrm.domain.organisation.Role;
import com.kacrm.persistence.shared.Viewer;
import jakarta.persistence.EntityManager;

/**
 * The teams a viewer may give accounts to (SPEC 1: reassignment is a manager's decision):
 * admins every team, managers the teams they manage, reps none.
 */
final class ReassignmentScope {

	private ReassignmentScope() {
	}

	static AccountScope of(EntityManager entityManager, Viewer viewer) {
		if (viewer.isAdmin()) {
			return new AccountScope(viewer, null);
		}
		List<Long> managed = (viewer.role() == Role.MANAGER)
				? entityManager.createQuery("select t.id from Team t where t.manager.id = :user", Long.class)
					.setParameter("user", viewer.userId())
					.getResultList()
				: List.of();
		return new AccountScope(viewer, Set.copyOf(managed));
	}

}
