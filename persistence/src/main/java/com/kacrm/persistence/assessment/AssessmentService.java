package com.kacrm.persistence.assessment;

import java.time.Clock;
import java.util.List;

import com.kacrm.domain.assessment.AssessmentAnswer;
import com.kacrm.domain.assessment.FunnelStep;
import com.kacrm.domain.assessment.OpportunityAssessment;
import com.kacrm.domain.history.FieldChange;
import com.kacrm.domain.history.HistorySubject;
import com.kacrm.domain.opportunity.Opportunity;
import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.persistence.history.HistoryService;
import com.kacrm.persistence.opportunity.OpportunityAccess;
import com.kacrm.persistence.opportunity.OpportunityService;
import com.kacrm.persistence.shared.Viewer;
import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The opportunity assessment 是否我的商机 (SPEC 5) of deals the user may see: a new dated
 * assessment whenever the rep answers the ten questions again, the latest one (which the
 * milestone-5 item ASSESSMENT_PASSED reads) and the earlier ones. Everyone who may see
 * the deal may assess it; each assessment is written to the deal's history with the
 * funnel step it moved from and to.
 */
@Service
public class AssessmentService {

	/**
	 * The history field of an assessment of a deal; old and new values are funnel steps.
	 */
	public static final String ASSESSED_FIELD = "assessment.assessed";

	private final EntityManager entityManager;

	private final OpportunityAccess access;

	private final HistoryService history;

	private final Clock clock;

	AssessmentService(EntityManager entityManager, OpportunityAccess access, HistoryService history, Clock clock) {
		this.entityManager = entityManager;
		this.access = access;
		this.history = history;
		this.clock = clock;
	}

	/**
	 * Assesses the deal with the viewer's answers, as of now.
	 * @return the new assessment
	 * @throws com.kacrm.persistence.opportunity.OpportunityNotFoundException when the
	 * viewer may not see the deal
	 * @throws ChangeRejected when a question is unanswered or a note too long, by field
	 * {@code answers[QUESTION]} / {@code notes[QUESTION]}
	 */
	@Transactional
	public AssessmentRow assess(long opportunityId, List<AssessmentAnswer> answers, Viewer viewer) {
		Opportunity opportunity = this.access.forChange(opportunityId, null, viewer);
		List<FunnelStep> earlier = this.entityManager
			.createQuery("select a.funnelStep from OpportunityAssessment a where a.opportunityId = :id"
					+ " order by a.assessedAt desc, a.id desc", FunnelStep.class)
			.setParameter("id", opportunityId)
			.setMaxResults(1)
			.getResultList();
		OpportunityAssessment assessment = new OpportunityAssessment(opportunityId, answers, viewer.actor(),
				this.clock.instant());
		this.entityManager.persist(assessment);
		this.history.record(
				new HistorySubject(OpportunityService.OPPORTUNITY, opportunity.getId(), opportunity.getName()),
				List.of(FieldChange.of(ASSESSED_FIELD, earlier.isEmpty() ? null : earlier.get(0),
						assessment.getFunnelStep())),
				viewer.actor(), null);
		this.entityManager.flush();
		return row(assessment);
	}

	/**
	 * The deal's latest assessment, the one that counts, for the deal's overview; null
	 * before the first.
	 * @throws com.kacrm.persistence.opportunity.OpportunityNotFoundException when the
	 * viewer may not see the deal
	 */
	@Transactional(readOnly = true)
	public AssessmentRow latest(long opportunityId, Viewer viewer) {
		this.access.visible(opportunityId, viewer);
		return this.entityManager
			.createQuery("select a from OpportunityAssessment a where a.opportunityId = :id"
					+ " order by a.assessedAt desc, a.id desc", OpportunityAssessment.class)
			.setParameter("id", opportunityId)
			.setMaxResults(1)
			.getResultStream()
			.map(AssessmentService::row)
			.findFirst()
			.orElse(null);
	}

	/**
	 * Every assessment of the deal, newest first: the first is the one that counts.
	 * @throws com.kacrm.persistence.opportunity.OpportunityNotFoundException when the
	 * viewer may not see the deal
	 */
	@Transactional(readOnly = true)
	public List<AssessmentRow> history(long opportunityId, Viewer viewer) {
		this.access.visible(opportunityId, viewer);
		return this.entityManager
			.createQuery(
					"select distinct a from OpportunityAssessment a left join fetch a.answers"
							+ " where a.opportunityId = :id order by a.assessedAt desc, a.id desc",
					OpportunityAssessment.class)
			.setParameter("id", opportunityId)
			.getResultStream()
			.map(AssessmentService::row)
			.toList();
	}

	private static AssessmentRow row(OpportunityAssessment a) {
		return new AssessmentRow(a.getId(), a.getAssessedAt(), a.getAssessedByName(), a.getScore(), a.getFunnelStep(),
				a.isPassed(),
				a.getAnswers()
					.stream()
					.map((answer) -> new AssessmentRow.AnswerRow(answer.getQuestion(), answer.getAnswer(),
							answer.getNote()))
					.toList());
	}

}
