package com.kacrm.persistence.opportunity;

import java.util.List;

import com.kacrm.domain.opportunity.Opportunity;
import com.kacrm.domain.organisation.Role;
import com.kacrm.domain.organisation.Team;
import com.kacrm.domain.organisation.User;
import com.kacrm.persistence.account.AccountAccess;
import com.kacrm.persistence.account.AccountScope;
import com.kacrm.persistence.shared.ConcurrentEditException;
import com.kacrm.persistence.shared.NotPermittedException;
import com.kacrm.persistence.shared.Viewer;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may see, work and manage which deal (SPEC 1), decided in one place for every
 * screen, list, board and API call of the opportunities feature. A deal is visible to
 * admins, to the managers and reps of its team, to its owner and to its account's owner;
 * a deal the viewer may not see is "not found" (404). Everyone who sees a deal may work
 * it (edit, tick, move through open gates, log visits); overriding a gate and giving the
 * deal to another owner are for the manager of its team and admins (403 for others).
 */
@Service
public class OpportunityAccess {

	private final EntityManager entityManager;

	private final AccountAccess accounts;

	OpportunityAccess(EntityManager entityManager, AccountAccess accounts) {
		this.entityManager = entityManager;
		this.accounts = accounts;
	}

	/**
	 * The viewer's scope; its {@link AccountScope#opportunities} is the list predicate.
	 */
	@Transactional(readOnly = true)
	public AccountScope scopeOf(Viewer viewer) {
		return this.accounts.scopeOf(viewer);
	}

	/**
	 * The deal, if the viewer may see it.
	 * @throws OpportunityNotFoundException when it does not exist or is outside the
	 * viewer's scope
	 */
	@Transactional(readOnly = true)
	public Opportunity visible(long opportunityId, Viewer viewer) {
		Opportunity opportunity = this.entityManager.find(Opportunity.class, opportunityId);
		if (opportunity == null || !scopeOf(viewer).covers(opportunity)) {
			throw new OpportunityNotFoundException(opportunityId);
		}
		return opportunity;
	}

	/**
	 * The deal, to change it, locked until the transaction ends so two changes never pass
	 * their checks on the same old state (e.g. two moves of one deal).
	 * @throws OpportunityNotFoundException when the viewer may not see it
	 * @throws ConcurrentEditException when it moved on from {@code expectedVersion}
	 * (null: the caller does not say which version it read)
	 */
	@Transactional
	public Opportunity forChange(long opportunityId, Long expectedVersion, Viewer viewer) {
		Opportunity opportunity = this.entityManager.find(Opportunity.class, opportunityId,
				LockModeType.PESSIMISTIC_WRITE);
		if (opportunity == null || !scopeOf(viewer).covers(opportunity)) {
			throw new OpportunityNotFoundException(opportunityId);
		}
		if (expectedVersion != null) {
			ConcurrentEditException.check(opportunity, expectedVersion);
		}
		return opportunity;
	}

	/**
	 * The people who may own the deal or work on its development team: the enabled reps
	 * and managers of its team and the team's manager, by name.
	 */
	@Transactional(readOnly = true)
	public List<User> workersOf(Opportunity opportunity) {
		return this.entityManager
			.createQuery("select distinct u from Team t join User u on (u.team = t or t.manager = u)"
					+ " where t.id = :team and u.enabled = true and u.role in :roles order by u.displayName, u.id",
					User.class)
			.setParameter("team", opportunity.getTeam().getId())
			.setParameter("roles", List.of(Role.REP, Role.MANAGER))
			.getResultList();
	}

	/**
	 * The people who decide for the deal (its 立项 request, an expense beyond its budget):
	 * the manager of its team; when the team has no enabled manager, or the manager is
	 * the excluded user (e.g. they filed the request or recorded the expense), the
	 * enabled admins other than the excluded user, so nothing waits for nobody and nobody
	 * decides on their own doing.
	 * @param excludedUserId who may not decide (the requester, the recorder), or null
	 */
	@Transactional(readOnly = true)
	public List<User> deciders(Opportunity opportunity, Long excludedUserId) {
		return deciders(opportunity.getTeam(), excludedUserId);
	}

	/**
	 * The people who decide for the deals of the team; the rule of
	 * {@link #deciders(Opportunity, Long)}, for callers that know the deal's team.
	 */
	@Transactional(readOnly = true)
	public List<User> deciders(Team team, Long excludedUserId) {
		User manager = team.getManager();
		if (manager != null && manager.isEnabled() && manager.getRole() == Role.MANAGER
				&& !manager.getId().equals(excludedUserId)) {
			return List.of(manager);
		}
		return this.entityManager
			.createQuery("select u from User u where u.role = :admin and u.enabled = true order by u.id", User.class)
			.setParameter("admin", Role.ADMIN)
			.getResultStream()
			.filter((admin) -> !admin.getId().equals(excludedUserId))
			.toList();
	}

	/** Whether the viewer manages the deal: admins and the manager of its team. */
	public boolean mayManage(Opportunity opportunity, Viewer viewer) {
		if (viewer.isAdmin()) {
			return true;
		}
		return viewer.role() == Role.MANAGER && opportunity.getTeam().getManager() != null
				&& viewer.userId().equals(opportunity.getTeam().getManager().getId());
	}

	/**
	 * @throws NotPermittedException unless the viewer manages the deal
	 */
	public void requireManage(Opportunity opportunity, Viewer viewer) {
		if (!mayManage(opportunity, viewer)) {
			throw new NotPermittedException("Not permitted to manage opportunity " + opportunity.getId());
		}
	}

}
