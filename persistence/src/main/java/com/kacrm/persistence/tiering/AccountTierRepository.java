package com.kacrm.persistence.tiering;

import java.util.Collection;
import java.util.List;

import com.kacrm.domain.account.Account;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Accounts as re-tiering reads and changes them. */
interface AccountTierRepository extends Repository<Account, Long> {

	@Query("""
			select new com.kacrm.persistence.tiering.TierCandidate('ACCOUNT', a.id, a.name, a.industryRank,
			    a.annualRevenue, a.annualPurchase, a.assignedTier.tier, a.assignedTier.setByHand)
			from Account a order by a.id""")
	List<TierCandidate> candidates();

	List<Account> findByIdIn(Collection<Long> ids);

}
