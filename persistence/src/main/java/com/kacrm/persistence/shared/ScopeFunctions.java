package com.kacrm.persistence.shared;

import org.hibernate.boot.model.FunctionContributions;
import org.hibernate.boot.model.FunctionContributor;
import org.hibernate.type.StandardBasicTypes;

/**
 * Query functions of the visibility predicates and the name search, for conditions JPQL
 * cannot phrase so that PostgreSQL serves them from an index.
 * <p>
 * {@code owned_account_elsewhere(accountId, userId, teamIds)}: the account is owned by
 * the user and belongs to none of the teams {@code teamIds} (an array). Written as a
 * correlated subquery or a join, the condition sits in an {@code or} with the deal's own
 * team and owner, which PostgreSQL can only evaluate row by row over a scan of every
 * deal; as {@code account_id = any(array(...))} the accounts are looked up once and the
 * whole {@code or} is a union of three index scans (docs/performance.md). A deal belongs
 * to its account's team, so a deal on an account of one of those teams is visible by its
 * team already: only the user's accounts left in a team they do not see are looked up,
 * not all of them (thousands for a busy rep).
 */
public class ScopeFunctions implements FunctionContributor {

	/** The name of the function in JPQL. */
	public static final String OWNED_ACCOUNT_ELSEWHERE = "owned_account_elsewhere";

	/**
	 * The name in JPQL of {@code id_in(id, ids)}: {@code id = any(ids)} for an array
	 * parameter, one parameter however many ids (an {@code in} list would be one
	 * parameter per id and one statement text per length).
	 */
	public static final String ID_IN = "id_in";

	@Override
	public void contributeFunctions(FunctionContributions contributions) {
		contributions.getFunctionRegistry()
			.registerPattern(OWNED_ACCOUNT_ELSEWHERE,
					"(?1 = any(array(select owned.id from account owned where owned.owner_id = ?2"
							+ " and owned.team_id <> all(?3))))",
					contributions.getTypeConfiguration().getBasicTypeRegistry().resolve(StandardBasicTypes.BOOLEAN));
		contributions.getFunctionRegistry()
			.registerPattern(ID_IN, "(?1 = any(?2))",
					contributions.getTypeConfiguration().getBasicTypeRegistry().resolve(StandardBasicTypes.BOOLEAN));
	}

}
