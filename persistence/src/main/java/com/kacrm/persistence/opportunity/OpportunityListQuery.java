package com.kacrm.persistence.opportunity;

import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import com.kacrm.domain.opportunity.OpportunityStatus;
import com.kacrm.domain.playbook.Milestone;
import com.kacrm.persistence.account.AccountScope;
import com.kacrm.persistence.shared.JpqlConditions;
import com.kacrm.persistence.shared.NameMatches;
import com.kacrm.persistence.shared.ScopeFunctions;
import com.kacrm.persistence.shared.SortKeys;
import com.kacrm.persistence.shared.UnsupportedSortException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.springframework.data.domain.Sort;

/**
 * The opportunity list's and board's query: the viewer's scope and the filters as one
 * predicate over {@code Opportunity o join o.account a}, so the database pages, counts,
 * sums and sorts only the deals the viewer may see. The name search is a case-insensitive
 * "contains" on the deal's and the account's name: the deals and accounts it matches are
 * looked up first by their names' pieces ({@link NameMatches}), and the query reads those
 * deals by id; a keyword that matches too many names is tested on each visible deal.
 */
final class OpportunityListQuery {

	/** The milestones in the manual's order, as a sortable number. */
	static final String MILESTONE_POSITION = Arrays.stream(Milestone.values())
		.map((milestone) -> " when " + Milestone.class.getName() + "." + milestone.name() + " then "
				+ milestone.position())
		.collect(Collectors.joining("", "case o.milestone", " end"));

	/** Sort keys offered to clients, mapped to query paths. */
	static final Map<String, String> SORT_KEYS = Map.ofEntries(Map.entry("name", "o.name"),
			Map.entry("account", "a.name"), Map.entry("milestone", MILESTONE_POSITION), Map.entry("status", "o.status"),
			Map.entry("owner", "ow.displayName"), Map.entry("amount", "o.estimatedAmount"),
			Map.entry("probability", "o.probability"), Map.entry("weightedAmount", "o.estimatedAmount * o.probability"),
			Map.entry("expectedSigningDate", "o.expectedSigningDate"),
			Map.entry("milestoneEnteredAt", "o.milestoneEnteredAt"), Map.entry("nextStepDate", "o.nextStepDate"),
			Map.entry("created", "o.createdAt"));

	static final Sort DEFAULT_SORT = Sort.by(Sort.Order.asc("expectedSigningDate"));

	static final String FROM = " from Opportunity o join o.account a join o.team t left join o.owner ow"
			+ " left join a.industry i";

	private static final String ROW = "select new com.kacrm.persistence.opportunity.OpportunityRow(o.id, o.version,"
			+ " o.name, a.id, a.name, a.assignedTier.tier, i.name, t.id, t.name, ow.id, ow.displayName, o.milestone,"
			+ " o.status, o.estimatedAmount, o.probability, o.expectedSigningDate, o.milestoneEnteredAt,"
			+ " o.nextStepDate)";

	private final AccountScope scope;

	private final JpqlConditions conditions;

	/**
	 * The from clause of the ids and totals: the deal, joined to its account only when a
	 * condition tests the account (every join of the rows' from clause would otherwise be
	 * read for thousands of deals whose names and people nobody shows).
	 */
	private final String filterFrom;

	/**
	 * @param statuses the statuses shown when the filter names none; empty for all
	 */
	OpportunityListQuery(AccountScope scope, OpportunityFilter filter, Collection<OpportunityStatus> statuses,
			NameMatches names) {
		this.scope = scope;
		this.conditions = new JpqlConditions(scope.opportunities("o"));
		if (names.isBroad()) {
			this.conditions.contains("q", filter.q(), "o.name", "a.name");
		}
		else {
			this.conditions
				.add("(" + ScopeFunctions.ID_IN + "(o.id, :namedDeals) or " + ScopeFunctions.ID_IN
						+ "(o.accountId, :namedAccounts))")
				.parameter("namedDeals", names.opportunityIds())
				.parameter("namedAccounts", names.accountIds());
		}
		this.conditions.equal("o.milestone", "milestone", filter.milestone());
		boolean onAccount = (names.isBroad() && filter.q() != null && !filter.q().isBlank())
				|| filter.industryId() != null || filter.tier() != null;
		this.filterFrom = " from Opportunity o" + (onAccount ? " join o.account a" : "");
		if (filter.status() != null) {
			this.conditions.add("o.status = :status", "status", filter.status());
		}
		else if (!statuses.isEmpty()) {
			this.conditions.add("o.status in :statuses", "statuses", statuses);
		}
		this.conditions.equal("o.ownerId", "owner", filter.ownerId())
			.equal("o.teamId", "team", filter.teamId())
			.equal("a.industry.id", "industry", filter.industryId())
			.equal("a.assignedTier.tier", "tier", filter.tier())
			.addIfPresent("o.expectedSigningDate >= :signingFrom", "signingFrom", filter.signingFrom())
			.addIfPresent("o.expectedSigningDate <= :signingTo", "signingTo", filter.signingTo())
			.addIfPresent("o.estimatedAmount >= :amountMin", "amountMin", filter.amountMin())
			.addIfPresent("o.estimatedAmount <= :amountMax", "amountMax", filter.amountMax());
	}

	TypedQuery<OpportunityRow> rows(EntityManager entityManager, Sort sort) {
		return bind(
				entityManager.createQuery(ROW + FROM + this.conditions.where() + orderBy(sort), OpportunityRow.class));
	}

	/** The rows of the deals {@code ids}, in the list's default order. */
	TypedQuery<OpportunityRow> rowsOf(EntityManager entityManager, Collection<Long> ids) {
		return entityManager
			.createQuery(ROW + FROM + " where " + ScopeFunctions.ID_IN + "(o.id, :ids)" + orderBy(Sort.unsorted()),
					OpportunityRow.class)
			.setParameter("ids", ids.toArray(Long[]::new));
	}

	/** The ids of the list's rows, unordered, for counting them up to a limit. */
	TypedQuery<Long> ids(EntityManager entityManager) {
		return bind(entityManager.createQuery("select o.id" + this.filterFrom + this.conditions.where(), Long.class));
	}

	/**
	 * The board's columns in one read of the deals: the first {@code cards} deals of each
	 * milestone (soonest expected signing first) as rows of the deal's id and milestone,
	 * each with its milestone's number of deals, sum of estimated amounts and sum of
	 * amount times probability (in percent, to be divided by 100). A milestone without
	 * deals has no row.
	 */
	TypedQuery<Object[]> boardColumns(EntityManager entityManager, int cards) {
		String column = " over (partition by o.milestone)";
		String deals = "select o.id as id, o.milestone as milestone,"
				+ " row_number() over (partition by o.milestone order by o.expectedSigningDate, o.id) as position,"
				+ " count(o.id)" + column + " as deals, sum(o.estimatedAmount)" + column + " as total,"
				+ " sum(o.estimatedAmount * o.probability)" + column + " as weighted" + this.filterFrom
				+ this.conditions.where();
		return bind(entityManager.createQuery("select c.id, c.milestone, c.deals, c.total, c.weighted from (" + deals
				+ ") c where c.position <= :cards order by c.position", Object[].class))
			.setParameter("cards", cards);
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
		return SortKeys.orderBy(sort, SORT_KEYS, DEFAULT_SORT, "o.id asc");
	}

}
