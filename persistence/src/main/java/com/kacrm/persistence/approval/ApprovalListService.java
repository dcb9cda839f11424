package com.kacrm.persistence.approval;

import java.util.List;

import com.kacrm.persistence.account.AccountScope;
import com.kacrm.persistence.shared.BusinessCalendar;
import com.kacrm.persistence.shared.JpqlConditions;
import com.kacrm.persistence.shared.BoundedPage;
import com.kacrm.persistence.shared.Viewer;
import jakarta.persistence.EntityManager;

import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the approval inbox (/approvals) and the API's list of 立项 requests as a viewer may
 * see them: the deal's scope is the query's predicate, never a filter after loading; a
 * page is one query plus one count. Also the number of requests waiting for the viewer's
 * decision, for the navigation's badge.
 */
@Service
public class ApprovalListService {

	private final EntityManager entityManager;

	private final ApprovalAccess access;

	private final BusinessCalendar calendar;

	ApprovalListService(EntityManager entityManager, ApprovalAccess access, BusinessCalendar calendar) {
		this.entityManager = entityManager;
		this.access = access;
		this.calendar = calendar;
	}

	/**
	 * One page of the requests {@code viewer} may see that pass {@code filter}; in the
	 * tab's order (pending: oldest submission first; others: latest step first) unless
	 * the page names a sort.
	 * @throws com.kacrm.persistence.shared.UnsupportedSortException for a sort key the
	 * list does not offer
	 */
	@Transactional(readOnly = true)
	public BoundedPage<ApprovalRow> list(ApprovalFilter filter, Pageable pageable, Viewer viewer) {
		ApprovalListQuery query = new ApprovalListQuery(this.access.scopeOf(viewer), filter, this.calendar.zone());
		var today = this.calendar.today();
		List<ApprovalRow> rows = query.rows(this.entityManager, pageable.getSort())
			.setFirstResult((int) pageable.getOffset())
			.setMaxResults(BoundedPage.readSize(pageable))
			.getResultList()
			.stream()
			.map((row) -> row.asOf(today, this.calendar.zone()))
			.toList();
		return BoundedPage.of(rows, pageable, () -> query.ids(this.entityManager));
	}

	/**
	 * How many requests wait for the viewer's decision (submitted, of a team they manage
	 * or any for admins, not their own), by the inbox's own rule: one count the index on
	 * the request's team and status serves; 0 for reps without asking the database.
	 */
	@Transactional(readOnly = true)
	public long pendingCount(Viewer viewer) {
		if (!viewer.isAdmin() && !viewer.isManager()) {
			return 0;
		}
		JpqlConditions pending = ApprovalListQuery.pending(new JpqlConditions("1 = 1"), viewer);
		return pending
			.bind(this.entityManager.createQuery("select count(r) from ApprovalRequest r" + pending.where(),
					Long.class))
			.getSingleResult();
	}

	/**
	 * The teams whose requests the viewer sees and the people who filed requests the
	 * viewer sees, for the inbox's filters.
	 */
	@Transactional(readOnly = true)
	public ApprovalChoices choices(Viewer viewer) {
		AccountScope scope = this.access.scopeOf(viewer);
		List<ApprovalChoices.Team> teams = scope
			.bind(this.entityManager.createQuery(
					"select new com.kacrm.persistence.approval.ApprovalChoices$Team(t.id, t.name) from Team t where "
							+ scope.condition("t.id") + " order by t.code",
					ApprovalChoices.Team.class))
			.getResultList();
		// The people who filed requests of the teams the viewer sees (on the request's
		// own team, its deal's), and the viewer when they filed any: not every visible
		// request joined to its deal. A request on a deal of another team that the viewer
		// sees as the deal's or account's owner lists its requester only when that is
		// the viewer.
		List<ApprovalChoices.Person> requesters = scope.bind(this.entityManager.createQuery(
				"select new com.kacrm.persistence.approval.ApprovalChoices$Person(u.id, u.displayName) from User u"
						+ " where u.id in (select r.requester.id from ApprovalRequest r where "
						+ scope.accounts("r.teamId", "r.requester.id") + ") order by u.displayName, u.id",
				ApprovalChoices.Person.class))
			.getResultList();
		return new ApprovalChoices(teams, requesters);
	}

}
