package com.kacrm.persistence.account;

import java.util.HashSet;
import java.util.Set;

import com.kacrm.domain.account.Account;
import com.kacrm.domain.organisation.Role;
import com.kacrm.persistence.shared.ConcurrentEditException;
import com.kacrm.persistence.shared.NotPermittedException;
import com.kacrm.persistence.shared.Viewer;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may see, edit and reassign which account: the one place that decides it, for the
 * account file and everything that hangs off an account (contacts, org chart, buying
 * centres, SWOTs, value assessments). A record the viewer may not see is "not found"
 * (404), so an id typed into the URL reveals nothing; a visible record the viewer may not
 * change is "not permitted" (403).
 */
@Service
public class AccountAccess {

	private final EntityManager entityManager;

	AccountAccess(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/** The viewer's scope, to be used as the predicate of list queries. */
	@Transactional(readOnly = true)
	public AccountScope scopeOf(Viewer viewer) {
		if (viewer.isAdmin()) {
			return new AccountScope(viewer, null);
		}
		boolean manager = viewer.role() == Role.MANAGER;
		TypedQuery<Long> query = this.entityManager
			.createQuery("select t.id from Team t where t.code = :team" + (manager ? " or t.manager.id = :user" : ""),
					Long.class)
			.setParameter("team", (viewer.teamCode() != null) ? viewer.teamCode() : "");
		if (manager) {
			query.setParameter("user", viewer.userId());
		}
		return new AccountScope(viewer, Set.copyOf(new HashSet<>(query.getResultList())));
	}

	/**
	 * The account, if the viewer may see it.
	 * @throws AccountNotFoundException when it does not exist or is outside the viewer's
	 * scope
	 */
	@Transactional(readOnly = true)
	public Account visible(long accountId, Viewer viewer) {
		return visible(accountId, scopeOf(viewer));
	}

	/** As {@link #visible(long, Viewer)}, with the scope already worked out. */
	@Transactional(readOnly = true)
	public Account visible(long accountId, AccountScope scope) {
		Account account = this.entityManager.find(Account.class, accountId);
		if (account == null || !scope.covers(account)) {
			throw new AccountNotFoundException(accountId);
		}
		return account;
	}

	/**
	 * The account, visible to the viewer and locked until the transaction ends: changes
	 * to what hangs off an account as a whole (its reporting lines, its buying centres)
	 * take this lock, so two of them never pass their checks on the same old state — e.g.
	 * two moves that together would close a reporting cycle.
	 * @throws AccountNotFoundException when the viewer may not see it
	 */
	@Transactional
	public Account locked(long accountId, Viewer viewer) {
		Account account = visible(accountId, viewer);
		this.entityManager.lock(account, LockModeType.PESSIMISTIC_WRITE);
		return account;
	}

	/**
	 * The account, visible to the viewer, read again under a share lock held until the
	 * transaction ends: a deal opened on it takes the account's team as of now, and a
	 * reassignment (which takes {@link #locked}) either waits for the new deal and moves
	 * it along or goes first. A deal always belongs to its account's team; deal
	 * visibility relies on it ({@link AccountScope#opportunities}).
	 * @throws AccountNotFoundException when the viewer may not see it (also when it moved
	 * out of the viewer's sight meanwhile)
	 */
	@Transactional
	public Account shareLocked(long accountId, Viewer viewer) {
		AccountScope scope = scopeOf(viewer);
		Account account = visible(accountId, scope);
		this.entityManager.refresh(account, LockModeType.PESSIMISTIC_READ);
		if (!scope.covers(account)) {
			throw new AccountNotFoundException(accountId);
		}
		return account;
	}

	/**
	 * The account, to change it: everyone who sees an account may edit its file, contacts
	 * and analyses (SPEC 1: a rep edits their team's accounts).
	 * @throws AccountNotFoundException when the viewer may not see it
	 * @throws ConcurrentEditException when it moved on from {@code version}
	 */
	@Transactional(readOnly = true)
	public Account forEdit(long accountId, long version, Viewer viewer) {
		Account account = visible(accountId, viewer);
		ConcurrentEditException.check(account, version);
		return account;
	}

	/**
	 * Whether the viewer may give the account to another team or owner: admins, and
	 * managers of the account's team.
	 */
	public boolean mayReassign(Account account, Viewer viewer) {
		if (viewer.isAdmin()) {
			return true;
		}
		return viewer.role() == Role.MANAGER && account.getTeam().getManager() != null
				&& viewer.userId().equals(account.getTeam().getManager().getId());
	}

	/**
	 * @throws NotPermittedException unless the viewer may reassign the account
	 */
	public void requireReassign(Account account, Viewer viewer) {
		if (!mayReassign(account, viewer)) {
			throw new NotPermittedException("Not permitted to reassign account " + account.getId());
		}
	}

}
