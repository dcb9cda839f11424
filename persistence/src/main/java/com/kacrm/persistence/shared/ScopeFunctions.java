package com.kacrm.persistence.shared;

import org.hibernate.boot.model.FunctionContributions;
import org.hibernate.boot.model.FunctionContributor;
import org.hibernate.type.StandardBasicTypes;

/**
 * Query functions of the visibility predicates, for conditions JPQL cannot phrase so that
 * PostgreSQL serves them from an index.
 * <p>
 * {@code owned_account(accountId, userId)}: the account is owned by the user. Written as
 * a correlated subquery or a join, the condition sits in an {@code or} with the deal's
 * own team and owner, which PostgreSQL can only evaluate row by row over a scan of every
 * deal; as {@code account_id = any(array(...))} the user's accounts are looked up once
 * and the whole {@code or} is a union of three index scans (docs/performance.md).
 * <p>
 * {@code owned_account_elsewhere(accountId, userId, teamIds)}: the same, for the user's
 * accounts outside the teams {@code teamIds} (an array) only. A deal belongs to its
 * account's team, so a deal on an account of one of those teams is already visible by its
 * team; the accounts looked up shrink from all the user's (thousands for a busy rep) to
 * the few left in a team the user no longer sees.
 */
public class ScopeFunctions implements FunctionContributor {

	/** The name of the function in JPQL. */
	public static final String OWNED_ACCOUNT = "owned_account";

	/** The name of the function of the user's accounts outside some teams in JPQL. */
	public static final String OWNED_ACCOUNT_ELSEWHERE = "owned_account_elsewhere";

	@Override
	public void contributeFunctions(FunctionContributions contributions) {
		contributions.getFunctionRegistry()
			.registerPattern(OWNED_ACCOUNT,
					"(?1 = any(array(select owned.id from account owned where owned.owner_id = ?2)))",
					contributions.getTypeConfiguration().getBasicTypeRegistry().resolve(StandardBasicTypes.BOOLEAN));
		contributions.getFunctionRegistry()
			.registerPattern(OWNED_ACCOUNT_ELSEWHERE,
					"(?1 = any(array(select owned.id from account owned where owned.owner_id = ?2"
							+ " and owned.team_id <> all(?3))))",
					contributions.getTypeConfiguration().getBasicTypeRegistry().resolve(StandardBasicTypes.BOOLEAN));
	}

}
