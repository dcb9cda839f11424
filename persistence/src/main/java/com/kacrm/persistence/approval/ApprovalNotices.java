package com.kacrm.persistence.approval;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import com.kacrm.domain.approval.ApprovalStatus;
import com.kacrm.domain.inbox.Notice;
import com.kacrm.domain.inbox.NoticeKind;
import com.kacrm.domain.organisation.Team;
import com.kacrm.domain.organisation.User;
import com.kacrm.persistence.opportunity.OpportunityAccess;
import jakarta.persistence.EntityManager;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the people concerned when a 立项 request moves (SPEC 6): a submitted request goes
 * to its deciders' inboxes, a decision (approved, rejected with the comment, returned for
 * revision with the comment) to its requester's, and a pending request withdrawn to the
 * deciders again, so nothing waits in an inbox for a request that is gone; a request
 * withdrawn by someone else (an admin, the system) also to its requester.
 *
 * <p>
 * The deciders are the deal's ({@link OpportunityAccess#deciders}, the requester
 * excluded): the manager of the deal's team; when the requester is that manager, or the
 * team has no enabled manager, the enabled admins, so a request never waits for nobody.
 * Nobody is told about their own action. The notices are written in the transaction of
 * the step, so a step that rolls back leaves no notice behind; the e-mails go to the same
 * people ({@link #recipientsOf}) after the commit.
 */
@Service
public class ApprovalNotices {

	/** The subject type of the notices about a request; the subject id is its id. */
	public static final String SUBJECT_TYPE = "APPROVAL_REQUEST";

	/**
	 * How much of a comment a notice repeats; the request shows it whole. Keeps the
	 * notice's arguments within their column.
	 */
	static final int MAX_COMMENT_IN_NOTICE = 1000;

	private final EntityManager entityManager;

	private final OpportunityAccess deals;

	private final Clock clock;

	ApprovalNotices(EntityManager entityManager, OpportunityAccess deals, Clock clock) {
		this.entityManager = entityManager;
		this.deals = deals;
		this.clock = clock;
	}

	/** Writes the step's notices in the step's own transaction. */
	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	public void onStepTaken(ApprovalStepTaken step) {
		for (Told told : toldOf(step)) {
			this.entityManager.persist(new Notice(told.user(), told.kind(), SUBJECT_TYPE, step.requestId(),
					argumentsOf(step), this.clock.instant()));
		}
	}

	/**
	 * The people the step concerns, with their address, language and what to tell them,
	 * for the e-mails sent after the step's commit: the same people and kinds as the
	 * notices'. Runs in a transaction of its own, as the step's has ended.
	 */
	@Transactional(readOnly = true, propagation = Propagation.REQUIRES_NEW)
	public List<ApprovalRecipient> recipientsOf(ApprovalStepTaken step) {
		return toldOf(step).stream()
			.map((told) -> new ApprovalRecipient(told.user().getId(), told.user().getDisplayName(),
					told.user().getEmail(), told.user().getPreferredLocale(), told.kind()))
			.toList();
	}

	/**
	 * The arguments of the notice's text: {0} the request's number, {1} the project, {2}
	 * who acted, {3} their comment (shortened) or empty.
	 */
	public static List<String> argumentsOf(ApprovalStepTaken step) {
		String comment = (step.comment() != null) ? step.comment().strip() : "";
		if (comment.length() > MAX_COMMENT_IN_NOTICE) {
			comment = comment.substring(0, MAX_COMMENT_IN_NOTICE - 1) + "…";
		}
		return List.of(step.number(), step.projectName(), step.actorName(), comment);
	}

	/**
	 * Who hears what of the step: a submission goes to the deciders, a decision to the
	 * requester; the withdrawal of a pending request to the deciders (nothing waits for
	 * them any more) and, when someone else (an admin, the system) withdrew it, any
	 * withdrawal to the requester, whose request it was. Only enabled users, never the
	 * one who acted.
	 */
	private List<Told> toldOf(ApprovalStepTaken step) {
		List<Told> told = new ArrayList<>();
		switch (step.to()) {
			case SUBMITTED -> deciders(step).forEach((u) -> told.add(new Told(u, NoticeKind.APPROVAL_SUBMITTED)));
			case APPROVED -> told.add(new Told(requester(step), NoticeKind.APPROVAL_APPROVED));
			case REJECTED -> told.add(new Told(requester(step), NoticeKind.APPROVAL_REJECTED));
			case RETURNED -> told.add(new Told(requester(step), NoticeKind.APPROVAL_RETURNED));
			case WITHDRAWN -> {
				if (step.from() == ApprovalStatus.SUBMITTED) {
					deciders(step).forEach((u) -> told.add(new Told(u, NoticeKind.APPROVAL_WITHDRAWN)));
				}
				if (!Long.valueOf(step.requesterId()).equals(step.actorId())) {
					told.add(new Told(requester(step), NoticeKind.APPROVAL_WITHDRAWN_BY_OTHER));
				}
			}
			case DRAFT -> {
			}
		}
		return told.stream().filter((t) -> t.user().isEnabled() && !t.user().getId().equals(step.actorId())).toList();
	}

	private List<User> deciders(ApprovalStepTaken step) {
		return this.deals.deciders(this.entityManager.find(Team.class, step.teamId()), step.requesterId());
	}

	private User requester(ApprovalStepTaken step) {
		return this.entityManager.find(User.class, step.requesterId());
	}

	/** Someone told of a step, and what they are told. */
	private record Told(User user, NoticeKind kind) {
	}

}
