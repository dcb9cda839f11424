package com.kacrm.persistence.shared;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;

/**
 * The deals and accounts whose name contains a keyword, looked up first when that is
 * cheap, so that a list searching by name reads those rows by id instead of testing the
 * names of every row it may show.
 * <p>
 * A Chinese name is searched by two characters (金凯, 华东), which the trigram indexes cannot
 * serve; the two-character pieces of the names ({@code name_bigrams}, V028) can. A
 * keyword that only a few names contain (a company's brand) comes back as two id lists;
 * one that many contain (有限, 项目) comes back {@linkplain #isBroad() broad}, and the list
 * keeps its plain {@code ilike}, which finds its first page quickly among so many
 * matches. Both lookups stop after {@link #LIMIT} names each, so the cost of this step is
 * bounded whatever the keyword.
 * <p>
 * The exact test is {@code strpos(lower(name), lower(keyword)) > 0}, what {@code ilike}
 * does under UTF-8 (both sides lower-cased), and not an {@code ilike}: a prepared
 * statement's generic plan would serve an {@code ilike} from the trigram index too, which
 * for a keyword of two characters reads the whole index (483 ms under load).
 */
public final class NameMatches {

	/** Most names of one table a keyword may match to be looked up by id. */
	public static final int LIMIT = 1000;

	private static final String SQL = """
			(select 'ACCOUNT', id from account
			 where name_bigrams(name) @> name_bigrams(:keyword) and strpos(lower(name), lower(:keyword)) > 0
			 limit :read)
			union all
			(select 'OPPORTUNITY', id from opportunity
			 where name_bigrams(name) @> name_bigrams(:keyword) and strpos(lower(name), lower(:keyword)) > 0
			 limit :read)
			""";

	private static final NameMatches BROAD = new NameMatches(null, null);

	private final Long[] accountIds;

	private final Long[] opportunityIds;

	private NameMatches(Long[] accountIds, Long[] opportunityIds) {
		this.accountIds = accountIds;
		this.opportunityIds = opportunityIds;
	}

	/**
	 * The accounts and deals whose name contains {@code keyword} (stripped,
	 * case-insensitive, taken literally), or {@linkplain #isBroad() broad} when the
	 * keyword has fewer than two characters or more than {@link #LIMIT} accounts or deals
	 * match it. Not scoped: the caller's query applies the viewer's scope to the ids.
	 */
	public static NameMatches of(EntityManager entityManager, String keyword) {
		return of(entityManager, keyword, LIMIT);
	}

	/**
	 * As {@link #of(EntityManager, String)}, broad when more than {@code limit} accounts
	 * or deals match.
	 */
	public static NameMatches of(EntityManager entityManager, String keyword, int limit) {
		String text = (keyword != null) ? keyword.strip() : "";
		if (text.codePointCount(0, text.length()) < 2) {
			return BROAD;
		}
		List<?> rows = entityManager.createNativeQuery(SQL)
			.setParameter("keyword", text)
			.setParameter("read", limit + 1)
			.getResultList();
		List<Long> accounts = new ArrayList<>();
		List<Long> opportunities = new ArrayList<>();
		for (Object row : rows) {
			Object[] match = (Object[]) row;
			long id = ((Number) match[1]).longValue();
			("ACCOUNT".equals(match[0]) ? accounts : opportunities).add(id);
		}
		if (accounts.size() > limit || opportunities.size() > limit) {
			return BROAD;
		}
		return new NameMatches(accounts.toArray(Long[]::new), opportunities.toArray(Long[]::new));
	}

	/** A keyword not looked up: the list tests every name itself. */
	public static NameMatches broad() {
		return BROAD;
	}

	/** Whether the keyword was not looked up: the list tests the names itself. */
	public boolean isBroad() {
		return this.accountIds == null;
	}

	/** The ids of the accounts whose name contains the keyword; empty when broad. */
	public Long[] accountIds() {
		return isBroad() ? new Long[0] : this.accountIds.clone();
	}

	/** The ids of the deals whose name contains the keyword; empty when broad. */
	public Long[] opportunityIds() {
		return isBroad() ? new Long[0] : this.opportunityIds.clone();
	}

}
