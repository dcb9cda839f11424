package com.kacrm.persistence.lead;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.kacrm.domain.organisation.Role;
import com.kacrm.persistence.shared.Viewer;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.springframework.stereotype.Service;

/** Works out a user's {@link LeadScope} from their team and the teams they manage. */
@Service
class LeadScopes {

	private final EntityManager entityManager;

	LeadScopes(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	LeadScope of(Viewer viewer) {
		if (viewer.isAdmin()) {
			return new LeadScope(viewer, Set.of(), Set.of());
		}
		String managed = (viewer.role() == Role.MANAGER) ? " or t.manager.id = :user" : "";
		TypedQuery<Object[]> query = this.entityManager
			.createQuery("select t.id, t.region.id from Team t where t.code = :team" + managed, Object[].class)
			.setParameter("team", viewer.teamCode());
		if (!managed.isEmpty()) {
			query.setParameter("user", viewer.userId());
		}
		List<Object[]> teams = query.getResultList();
		Set<Long> teamIds = new HashSet<>();
		Set<Long> regionIds = new HashSet<>();
		for (Object[] team : teams) {
			teamIds.add((Long) team[0]);
			regionIds.add((Long) team[1]);
		}
		return new LeadScope(viewer, Set.copyOf(teamIds), Set.copyOf(regionIds));
	}

}
