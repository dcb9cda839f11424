package com.kacrm.persistence.approval;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import com.kacrm.domain.approval.ApprovalStatus;
import com.kacrm.persistence.account.AccountScope;
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

	private final StringBuilder where = new StringBuilder(" where ");

	private final Map<String, Object> parameters = new HashMap<>();

	ApprovalListQuery(AccountScope scope, ApprovalFilter filter, ZoneId zone) {
		this.scope = scope;
		this.tab = filter.tab();
		this.where.append(scope.opportunities("o", "a"));
		Viewer viewer = scope.viewer();
		switch (filter.tab()) {
			case PENDING -> pending(this.where, this.parameters, viewer);
			case MINE -> add("rq.id = :me", "me", viewer.userId());
			case ALL -> {
			}
		}
		if (filter.q() != null) {
			add("(r.number ilike :q escape '\\' or r.projectName ilike :q escape '\\' or a.name ilike :q escape '\\')",
					"q", "%" + escapeLike(filter.q()) + "%");
		}
		equal("r.status", "status", filter.status());
		equal("t.id", "team", filter.teamId());
		equal("rq.id", "requester", filter.requesterId());
		if (filter.submittedFrom() != null) {
			add("r.submittedAt >= :submittedFrom", "submittedFrom",
					filter.submittedFrom().atStartOfDay(zone).toInstant());
		}
		if (filter.submittedTo() != null) {
			add("r.submittedAt < :submittedTo", "submittedTo",
					filter.submittedTo().plusDays(1).atStartOfDay(zone).toInstant());
		}
	}

	/**
	 * "Waiting for the viewer's decision": submitted, of a team the viewer manages (any
	 * for admins), not filed by the viewer; nothing for reps. The same rule as
	 * {@link ApprovalAccess#mayDecide}.
	 */
	static void pending(StringBuilder where, Map<String, Object> parameters, Viewer viewer) {
		where.append(" and r.status = :pendingStatus and rq.id <> :decider");
		parameters.put("pendingStatus", ApprovalStatus.SUBMITTED);
		parameters.put("decider", viewer.userId());
		if (viewer.isAdmin()) {
			return;
		}
		if (viewer.isManager()) {
			where.append(" and t.manager.id = :decider");
		}
		else {
			where.append(" and 1 = 0");
		}
	}

	private void equal(String path, String name, Object value) {
		if (value != null) {
			add(path + " = :" + name, name, value);
		}
	}

	private void add(String condition, String name, Object value) {
		this.where.append(" and ").append(condition);
		this.parameters.put(name, value);
	}

	static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	TypedQuery<ApprovalRow> rows(EntityManager entityManager, Sort sort) {
		return bind(entityManager.createQuery(ROW + FROM + this.where + orderBy(sort), ApprovalRow.class));
	}

	TypedQuery<Long> count(EntityManager entityManager) {
		return bind(entityManager.createQuery("select count(r)" + FROM + this.where, Long.class));
	}

	private <T> TypedQuery<T> bind(TypedQuery<T> query) {
		this.parameters.forEach(query::setParameter);
		return this.scope.bind(query);
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
