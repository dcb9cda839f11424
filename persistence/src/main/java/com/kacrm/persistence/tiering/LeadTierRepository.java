package com.kacrm.persistence.tiering;

import java.util.Collection;
import java.util.List;

import com.kacrm.domain.lead.Lead;
import com.kacrm.domain.lead.LeadStatus;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Leads as re-tiering reads and changes them; only open leads are re-tiered. */
interface LeadTierRepository extends Repository<Lead, Long> {

	@Query("""
			select new com.kacrm.persistence.tiering.TierCandidate('LEAD', l.id, l.name, l.industryRank,
			    l.annualRevenue, l.assignedTier.tier, l.assignedTier.setByHand)
			from Lead l where l.status in :open order by l.id""")
	List<TierCandidate> candidates(Collection<LeadStatus> open);

	List<Lead> findByIdIn(Collection<Long> ids);

}
