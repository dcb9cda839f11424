package com.kacrm.persistence.account;

import java.util.Map;

import com.kacrm.persistence.shared.JpqlConditions;
import com.kacrm.persistence.shared.SortKeys;
import com.kacrm.persistence.shared.UnsupportedSortException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.springframework.data.domain.Sort;

/**
 * The account list's query: the viewer's scope and the filters as one predicate, so the
 * database pages, counts and sorts only what the viewer may see. The name search is a
 * case-insensitive "contains", which the trigram index on the name serves.
 */
final class AccountListQuery {

	/** Sort keys offered to clients, mapped to query paths. */
	static final Map<String, String> SORT_KEYS = Map.of("name", "a.name", "tier", "a.assignedTier.tier", "revenue",
			"a.annualRevenue", "purchase", "a.annualPurchase", "created", "a.createdAt");

	static final Sort DEFAULT_SORT = Sort.by(Sort.Order.asc("name"));

	private static final String FROM = " from Account a join a.team t join t.region r left join a.owner o"
			+ " left join a.industry i";

	private static final String ROW = "select new com.kacrm.persistence.account.AccountRow(a.id, a.name, t.code,"
			+ " t.name, o.displayName, i.name, a.assignedTier.tier, a.assignedTier.setByHand, a.portfolioClass,"
			+ " a.pyramidLevel, a.relationshipStage, a.lifecycle, a.annualRevenue, a.annualPurchase)";

	private final AccountScope scope;

	private final JpqlConditions conditions;

	AccountListQuery(AccountScope scope, AccountFilter filter) {
		this.scope = scope;
		this.conditions = new JpqlConditions(scope.accounts("a.teamId", "a.ownerId"))
			.contains("q", filter.q(), "a.name")
			.equalText("r.code", "region", filter.regionCode())
			.equalText("i.code", "industry", filter.industryCode())
			.equal("a.assignedTier.tier", "tier", filter.tier())
			.equal("a.portfolioClass", "portfolioClass", filter.portfolioClass())
			.equalText("o.username", "owner", filter.ownerUsername())
			.equal("a.relationshipStage", "stage", filter.relationshipStage())
			.equal("a.lifecycle", "lifecycle", filter.lifecycle());
	}

	TypedQuery<AccountRow> rows(EntityManager entityManager, Sort sort) {
		return bind(entityManager.createQuery(ROW + FROM + this.conditions.where() + orderBy(sort), AccountRow.class));
	}

	/** The ids of the list's rows, unordered, for counting them up to a limit. */
	TypedQuery<Long> ids(EntityManager entityManager) {
		return bind(entityManager.createQuery("select a.id" + FROM + this.conditions.where(), Long.class));
	}

	private <T> TypedQuery<T> bind(TypedQuery<T> query) {
		return this.scope.bind(this.conditions.bind(query));
	}

	/**
	 * The order by clause for client sort keys, ties broken by id so rows never repeat
	 * between pages.
	 * @throws UnsupportedSortException for a key the list does not offer
	 */
	static String orderBy(Sort sort) {
		return SortKeys.orderBy(sort, SORT_KEYS, DEFAULT_SORT, "a.id asc");
	}

}
