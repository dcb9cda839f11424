package com.kacrm.persistence.opportunity;

import java.util.Arrays;
import java.util.List;

import com.kacrm.domain.account.Account;
import com.kacrm.domain.activity.ActivityType;
import com.kacrm.domain.buyingcentre.BuyingCentreMember;
import com.kacrm.domain.buyingcentre.Coverage;
import com.kacrm.domain.opportunity.DealFacts;
import com.kacrm.domain.opportunity.Opportunity;
import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;

/**
 * Gathers what the data says about a deal for its automatic checklist items: the lead
 * sheet, logged activities, the buying centre, the development team, the latest
 * opportunity assessment, the contract and its payments. One small query each, by the
 * deal's id.
 */
@Service
class DealFactsReader {

	private static final List<ActivityType> VISITS = Arrays.stream(ActivityType.values())
		.filter(ActivityType::isVisit)
		.toList();

	private static final List<ActivityType> DEEP_CONTACT = Arrays.stream(ActivityType.values())
		.filter(ActivityType::isDeepContact)
		.toList();

	private final EntityManager entityManager;

	DealFactsReader(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	DealFacts factsOf(Opportunity opportunity) {
		long id = opportunity.getId();
		List<BuyingCentreMember> members = this.entityManager
			.createQuery("select m from BuyingCentreMember m join fetch m.contact where m.opportunity.id = :id",
					BuyingCentreMember.class)
			.setParameter("id", id)
			.getResultList();
		Coverage coverage = Coverage.of(members.stream().map(BuyingCentreMember::seat).toList());
		List<Boolean> latestAssessment = this.entityManager
			.createQuery("select a.passed from OpportunityAssessment a where a.opportunityId = :id"
					+ " order by a.assessedAt desc, a.id desc", Boolean.class)
			.setParameter("id", id)
			.setMaxResults(1)
			.getResultList();
		boolean[] steps = phoneSteps(id);
		return new DealFacts(onLeadSheet(opportunity.getAccount()), activities(id, VISITS), coverage.counted(),
				initiationApproved(id), count("select count(t) from TeamMember t where t.opportunity.id = :id", id),
				BuyingCentreMember.keyRolesKnown(members), activities(id, DEEP_CONTACT) > 0,
				!latestAssessment.isEmpty() && latestAssessment.get(0), opportunity.hasContract(),
				count("select count(p) from Payment p where p.opportunity.id = :id", id), steps[0], steps[1], steps[2]);
	}

	/** The account came from the lead sheet, or a lead of the same company is on it. */
	private boolean onLeadSheet(Account account) {
		return account.isConvertedFromLead() || this.entityManager
			.createQuery("select count(l) from Lead l where l.convertedAccountId = :account or l.nameKey = :key",
					Long.class)
			.setParameter("account", account.getId())
			.setParameter("key", account.getNameKey())
			.getSingleResult() > 0;
	}

	/** The deal's 项目立项申请表 was approved (SPEC 6). */
	private boolean initiationApproved(long id) {
		return count("select count(r) from ApprovalRequest r where r.opportunity.id = :id"
				+ " and r.status = com.kacrm.domain.approval.ApprovalStatus.APPROVED", id) > 0;
	}

	/**
	 * How many done activities of {@code types} are logged on the deal: plans do not
	 * count.
	 */
	private int activities(long id, List<ActivityType> types) {
		return count("select count(a) from Activity a where a.opportunity.id = :id and a.type in :types"
				+ " and a.status = com.kacrm.domain.activity.ActivityStatus.DONE", id, types);
	}

	/**
	 * Which of the manual's three phone-invitation steps a done phone invitation on the
	 * deal got through: introduction, benefit, appointment.
	 */
	private boolean[] phoneSteps(long id) {
		Object[] counts = this.entityManager
			.createQuery("select sum(case when a.stepIntroduction = true then 1 else 0 end),"
					+ " sum(case when a.stepBenefit = true then 1 else 0 end),"
					+ " sum(case when a.stepAppointment = true then 1 else 0 end) from Activity a"
					+ " where a.opportunity.id = :id and a.type = com.kacrm.domain.activity.ActivityType.PHONE_INVITATION"
					+ " and a.status = com.kacrm.domain.activity.ActivityStatus.DONE", Object[].class)
			.setParameter("id", id)
			.getSingleResult();
		boolean[] steps = new boolean[3];
		for (int i = 0; i < 3; i++) {
			steps[i] = counts[i] != null && ((Number) counts[i]).longValue() > 0;
		}
		return steps;
	}

	private int count(String jpql, long id) {
		return this.entityManager.createQuery(jpql, Long.class).setParameter("id", id).getSingleResult().intValue();
	}

	private int count(String jpql, long id, List<ActivityType> types) {
		return this.entityManager.createQuery(jpql, Long.class)
			.setParameter("id", id)
			.setParameter("types", types)
			.getSingleResult()
			.intValue();
	}

}
