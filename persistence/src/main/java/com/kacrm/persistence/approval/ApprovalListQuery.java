package com.kacrm.persistence.approval;

import java.time.ZoneId;
import java.util.Map;

import com.kacrm.domain.approval.ApprovalStatus;
import com.kacrm.persistence.account.AccountScope;
import com.kacrm.persistence.shared.JpqlConditions;
import com.kacrm.persistence.shared.SortKeys;
import com.kacrm.persistence.shared.UnsupportedSortException;
import com.kacrm.persistence.shared.Viewer;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.springframework.data.domain.Sort;

/**
 * The approval inbox's query: the viewer's scope (the deal's, {@link AccountScope}), the
 * tab and the filters as one predicate over
 * {@code ApprovalRequest r join r.opportunity o join o.account a}, so the database pages,
 * counts and sorts only the requests the viewer may see.
 */
final class ApprovalListQuery {

	/** Sort keys offered to clients, mapped to query paths. */
	static final Map<String, String> SORT_KEYS = Map.ofEntries(Map.entry("number", "r.number"),
			Map.entry("project", "r.projectName"), Map.entry("account", "a.name"), Map.entry("status", "r.status"),
			Map.entry("requester", "rq.displayName"), Map.entry("amount", "r.estimatedAmount"),
			Map.entry("budget", "r.requestedBudget"), Map.entry("submittedAt", "r.submittedAt"),
			Map.entry("lastActedAt", "r.lastActedAt"));

	/** Pending requests oldest first: the longest waiting is decided first. */
	static final Sort PENDING_SORT = Sort.by(Sort.Order.asc("submittedAt"));

	/** Other tabs: what moved last first. */
	static final Sort RECENT_SORT = Sort.by(Sort.Order.desc("lastActedAt"));

	static final String FROM = " from ApprovalRequest r join r.opportunity o join o.account a join o.team t"
			+ " join r.requester rq";

	private static final String ROW = "select new com.kacrm.persistence.approval.ApprovalRow(r.id, r.number,"
			+ " r.status, r.projectName, o.id, o.name, a.name, t.name, rq.id, rq.displayName, r.estimatedAmount,"
			+ " r.requestedBudget, r.submittedAt, r.lastActorName, r.lastActedAt, r.lastComment)";

	private final AccountScope scope;

	private final ApprovalTab tab;

	private final JpqlConditions conditions;

	ApprovalListQuery(AccountScope scope, ApprovalFilter filter, ZoneId zone) {
		this.scope = scope;
		this.tab = filter.tab();
		this.conditions = new JpqlConditions(scope.opportunities("o"));
		Viewer viewer = scope.viewer();
		switch (filter.tab()) {
			case PENDING -> pending(this.conditions, viewer);
			case MINE -> this.conditions.add("rq.id = :me", "me", viewer.userId());
			case ALL -> {
			}
		}
		this.conditions.contains("q", filter.q(), "r.number", "r.projectName", "a.name")
			.equal("r.status", "status", filter.status())
			.equal("t.id", "team", filter.teamId())
			.equal("rq.id", "requester", filter.requesterId());
		if (filter.submittedFrom() != null) {
			this.conditions.add("r.submittedAt >= :submittedFrom", "submittedFrom",
					filter.submittedFrom().atStartOfDay(zone).toInstant());
		}
		if (filter.submittedTo() != null) {
			this.conditions.add("r.submittedAt < :submittedTo", "submittedTo",
					filter.submittedTo().plusDays(1).atStartOfDay(zone).toInstant());
		}
	}

	/**
	 * "Waiting for the viewer's decision": submitted, of a team the viewer manages (any
	 * for admins), not filed by the viewer; nothing for reps. The same rule as
	 * {@link ApprovalAccess#mayDecide}. On the request's own columns only (its team is
	 * its deal's, kept by the database), so the badge's count needs no join.
	 */
	static JpqlConditions pending(JpqlConditions conditions, Viewer viewer) {
		conditions.add("r.status = :pendingStatus", "pendingStatus", ApprovalStatus.SUBMITTED)
			.add("r.requester.id <> :decider", "decider", viewer.userId());
		if (viewer.isAdmin()) {
			return conditions;
		}
		return conditions.add(viewer.isManager()
				? "r.teamId in (select managed.id from Team managed where managed.manager.id = :decider)" : "1 = 0");
	}

	TypedQuery<ApprovalRow> rows(EntityManager entityManager, Sort sort) {
		return bind(entityManager.createQuery(ROW + FROM + this.conditions.where() + orderBy(sort), ApprovalRow.class));
	}

	/** The ids of the list's rows, unordered, for counting them up to a limit. */
	TypedQuery<Long> ids(EntityManager entityManager) {
		return bind(entityManager.createQuery("select r.id" + FROM + this.conditions.where(), Long.class));
	}

	private <T> TypedQuery<T> bind(TypedQuery<T> query) {
		return this.scope.bind(this.conditions.bind(query));
	}

	/**
	 * The order by clause for client sort keys, the tab's order when unsorted, ties
	 * broken by id.
	 * @throws UnsupportedSortException for a key the list does not offer
	 */
	String orderBy(Sort sort) {
		return SortKeys.orderBy(sort, SORT_KEYS, defaultSort(this.tab), "r.id asc");
	}

	/** The order of a tab when the client names none. */
	static Sort defaultSort(ApprovalTab tab) {
		return (tab == ApprovalTab.PENDING) ? PENDING_SORT : RECENT_SORT;
	}

}
