package com.kacrm.persistence.opportunity;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import com.kacrm.domain.assessment.AssessmentAnswer;
import com.kacrm.domain.assessment.OpportunityAssessment;
import com.kacrm.domain.history.FieldChange;
import com.kacrm.domain.opportunity.Opportunity;
import com.kacrm.domain.opportunity.Payment;
import com.kacrm.domain.opportunity.TeamMember;
import com.kacrm.domain.organisation.User;
import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.persistence.history.HistoryService;
import com.kacrm.persistence.shared.Viewer;
import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records on a deal what was kept on paper: a member of the development team (大客户开拓小组),
 * an opportunity assessment 是否我的商机, a payment received (回款). It serves data brought in
 * from before the CRM, such as the demo data; the deal's screens record the same facts
 * through their own services. Each record goes through the domain's rules and into the
 * deal's history, by a viewer who may work the deal.
 */
@Service
public class DealBackfillService {

	/** The history field of a development-team member added. */
	public static final String TEAM_MEMBER_FIELD = "opportunityBackfill.teamMember";

	/** The history field of an assessment recorded. */
	public static final String ASSESSMENT_FIELD = "opportunityBackfill.assessment";

	/** The history field of a payment recorded. */
	public static final String PAYMENT_FIELD = "opportunityBackfill.payment";

	private final EntityManager entityManager;

	private final OpportunityAccess access;

	private final HistoryService history;

	private final Clock clock;

	DealBackfillService(EntityManager entityManager, OpportunityAccess access, HistoryService history, Clock clock) {
		this.entityManager = entityManager;
		this.access = access;
		this.history = history;
		this.clock = clock;
	}

	/**
	 * Puts the user on the deal's development team with {@code responsibility}.
	 * @throws ChangeRejected when the user is not of the deal's team or is on it already
	 * @throws OpportunityNotFoundException when the viewer may not see the deal
	 */
	@Transactional
	public void addTeamMember(long opportunityId, long userId, String responsibility, Viewer viewer) {
		Opportunity opportunity = this.access.forChange(opportunityId, null, viewer);
		User user = this.entityManager.find(User.class, userId);
		if (user == null) {
			throw ChangeRejected.of("userId", "opportunity.team.outsideTeam");
		}
		if (this.entityManager.find(TeamMember.class, new TeamMember.Key(opportunityId, userId)) != null) {
			throw ChangeRejected.of("userId", "opportunityBackfill.teamMember.already");
		}
		TeamMember member = new TeamMember(opportunity, user, responsibility, this.clock.instant());
		this.entityManager.persist(member);
		this.history.record(OpportunityService.subject(opportunity),
				List.of(FieldChange.of(TEAM_MEMBER_FIELD, null, user.getDisplayName())), viewer.actor(),
				member.getResponsibility());
	}

	/**
	 * Records an opportunity assessment with an answer to each of the ten questions.
	 * @return the assessment's id
	 * @throws ChangeRejected when a question is unanswered or a note is too long
	 */
	@Transactional
	public long recordAssessment(long opportunityId, List<AssessmentAnswer> answers, Viewer viewer) {
		Opportunity opportunity = this.access.forChange(opportunityId, null, viewer);
		OpportunityAssessment assessment = new OpportunityAssessment(opportunityId, answers, viewer.actor(),
				this.clock.instant());
		this.entityManager.persist(assessment);
		this.history
			.record(OpportunityService.subject(opportunity),
					List.of(FieldChange.of(ASSESSMENT_FIELD, null,
							assessment.getScore() + " / 20 · " + assessment.getFunnelStep().name())),
					viewer.actor(), null);
		this.entityManager.flush();
		return assessment.getId();
	}

	/**
	 * Records a payment received against the deal's contract.
	 * @return the payment's id
	 * @throws ChangeRejected when the deal has no contract, or the amount, date or note
	 * breaks a rule
	 */
	@Transactional
	public long recordPayment(long opportunityId, BigDecimal amount, LocalDate receivedOn, String note, Viewer viewer) {
		Opportunity opportunity = this.access.forChange(opportunityId, null, viewer);
		Payment payment = new Payment(opportunity, amount, receivedOn, note, LocalDate.now(this.clock), viewer.actor(),
				this.clock.instant());
		this.entityManager.persist(payment);
		this.history.record(OpportunityService.subject(opportunity),
				List.of(FieldChange.of(PAYMENT_FIELD, null, amount.stripTrailingZeros().toPlainString())),
				viewer.actor(), payment.getNote());
		this.entityManager.flush();
		return payment.getId();
	}

}
