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
 */
public class ScopeFunctions implements FunctionContributor {

	/** The name of the function in JPQL. */
	public static final String OWNED_ACCOUNT = "owned_account";

	@Override
	public void contributeFunctions(FunctionContributions contributions) {
		contributions.getFunctionRegistry()
			.registerPattern(OWNED_ACCOUNT,
					"(?1 = any(array(select owned.id from account owned where owned.owner_id = ?2)))",
					contributions.getTypeConfiguration().getBasicTypeRegistry().resolve(StandardBasicTypes.BOOLEAN));
	}

}
