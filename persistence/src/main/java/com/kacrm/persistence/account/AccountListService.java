package com.kacrm.persistence.account;

import java.util.ArrayList;
import java.util.List;

import com.kacrm.domain.organisation.Role;
import com.kacrm.domain.reference.Industry;
import com.kacrm.persistence.shared.BoundedPage;
import com.kacrm.persistence.shared.Viewer;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the account list as a viewer may see it (their scope is the query's predicate,
 * never a filter after loading), and what the list's filters and the account forms offer
 * them.
 */
@Service
public class AccountListService {

	private static final List<Role> OWNER_ROLES = List.of(Role.REP, Role.MANAGER);

	private final EntityManager entityManager;

	private final AccountAccess access;

	AccountListService(EntityManager entityManager, AccountAccess access) {
		this.entityManager = entityManager;
		this.access = access;
	}

	/**
	 * One page of the accounts {@code viewer} may see that pass {@code filter}.
	 * @throws com.kacrm.persistence.shared.UnsupportedSortException for a sort key the
	 * list does not offer
	 */
	@Transactional(readOnly = true)
	public BoundedPage<AccountRow> list(AccountFilter filter, Pageable pageable, Viewer viewer) {
		AccountListQuery query = new AccountListQuery(this.access.scopeOf(viewer), filter);
		List<AccountRow> rows = query.rows(this.entityManager, pageable.getSort())
			.setFirstResult((int) pageable.getOffset())
			.setMaxResults(BoundedPage.readSize(pageable))
			.getResultList();
		return BoundedPage.of(rows, pageable, () -> query.ids(this.entityManager));
	}

	/**
	 * The choices of the edit form of account {@code accountId}: as {@link #choices}, and
	 * the account's own industry even when it is no longer active, so saving the form
	 * does not drop it.
	 */
	@Transactional(readOnly = true)
	public AccountChoices choicesFor(long accountId, Viewer viewer) {
		AccountChoices choices = choices(viewer);
		Industry current = this.access.visible(accountId, viewer).getIndustry();
		if (current == null
				|| choices.industries().stream().anyMatch((choice) -> choice.code().equals(current.getCode()))) {
			return choices;
		}
		List<AccountChoice> industries = new ArrayList<>(choices.industries());
		industries.add(new AccountChoice(current.getCode(), current.getName()));
		return new AccountChoices(choices.regions(), industries, choices.teams(), choices.owners());
	}

	/**
	 * The regions of the teams {@code viewer} sees, the active industries, the teams they
	 * may create accounts for and the users who may own accounts of those teams.
	 */
	@Transactional(readOnly = true)
	public AccountChoices choices(Viewer viewer) {
		// A rep creates accounts for their own team, a manager for the teams they see:
		// the scope the viewer sees accounts in.
		AccountScope scope = this.access.scopeOf(viewer);
		List<AccountChoice> regions = scope.bind(this.entityManager.createQuery(
				"select distinct new com.kacrm.persistence.account.AccountChoice(r.code, r.name) from Team t"
						+ " join t.region r where " + scope.condition("t.id") + " order by r.code",
				AccountChoice.class))
			.getResultList();
		List<AccountChoice> industries = this.entityManager
			.createQuery("select new com.kacrm.persistence.account.AccountChoice(i.code, i.name) from Industry i"
					+ " where i.active = true order by i.sortOrder, i.code", AccountChoice.class)
			.getResultList();
		List<AccountChoice> teams = scope.bind(this.entityManager
			.createQuery("select new com.kacrm.persistence.account.AccountChoice(t.code, t.name) from Team t where "
					+ scope.condition("t.id") + " order by t.code", AccountChoice.class))
			.getResultList();
		return new AccountChoices(regions, industries, teams, owners(scope));
	}

	/**
	 * The teams {@code viewer} may give an account to by reassignment (admins every team,
	 * managers the teams they manage) and the users who may own accounts there.
	 */
	@Transactional(readOnly = true)
	public AccountChoices reassignmentChoices(Viewer viewer) {
		AccountScope scope = ReassignmentScope.of(this.entityManager, viewer);
		List<AccountChoice> teams = scope.bind(this.entityManager
			.createQuery("select new com.kacrm.persistence.account.AccountChoice(t.code, t.name) from Team t where "
					+ scope.condition("t.id") + " order by t.code", AccountChoice.class))
			.getResultList();
		return new AccountChoices(List.of(), List.of(), teams, owners(scope));
	}

	/** Enabled reps and managers of the scope's teams, and the teams' managers. */
	private List<OwnerChoice> owners(AccountScope scope) {
		TypedQuery<OwnerChoice> query = this.entityManager.createQuery(
				"select new com.kacrm.persistence.account.OwnerChoice(u.username, u.displayName, t.code, t.name)"
						+ " from Team t join User u on (u.team = t or t.manager = u) where " + scope.condition("t.id")
						+ " and u.enabled = true and u.role in :roles order by t.code, u.role desc, u.displayName",
				OwnerChoice.class)
			.setParameter("roles", OWNER_ROLES);
		return scope.bind(query).getResultList();
	}

}
