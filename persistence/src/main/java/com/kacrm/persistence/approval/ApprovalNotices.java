package com.kacrm.persistence.approval;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
 * deciders again, so nothing waits in an inbox for a request that is gone.
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
		Optional<NoticeKind> kind = kindOf(step);
		if (kind.isEmpty()) {
			return;
		}
		for (User recipient : recipientUsers(step)) {
			this.entityManager.persist(new Notice(recipient, kind.get(), SUBJECT_TYPE, step.requestId(),
					argumentsOf(step), this.clock.instant()));
		}
	}

	/**
	 * The people the step concerns, with their address and language, for the e-mails sent
	 * after the step's commit: the same people as the notices'. Runs in a transaction of
	 * its own, as the step's has ended.
	 */
	@Transactional(readOnly = true, propagation = Propagation.REQUIRES_NEW)
	public List<ApprovalRecipient> recipientsOf(ApprovalStepTaken step) {
		Optional<NoticeKind> kind = kindOf(step);
		if (kind.isEmpty()) {
			return List.of();
		}
		return recipientUsers(step).stream()
			.map((user) -> new ApprovalRecipient(user.getId(), user.getDisplayName(), user.getEmail(),
					user.getPreferredLocale(), kind.get()))
			.toList();
	}

	/**
	 * What a step tells: a submission, a decision or the withdrawal of a pending request;
	 * nothing for a draft or returned request withdrawn, which nobody waits for.
	 */
	public static Optional<NoticeKind> kindOf(ApprovalStepTaken step) {
		return Optional.ofNullable(switch (step.to()) {
			case SUBMITTED -> NoticeKind.APPROVAL_SUBMITTED;
			case APPROVED -> NoticeKind.APPROVAL_APPROVED;
			case REJECTED -> NoticeKind.APPROVAL_REJECTED;
			case RETURNED -> NoticeKind.APPROVAL_RETURNED;
			case WITHDRAWN -> (step.from() == ApprovalStatus.SUBMITTED) ? NoticeKind.APPROVAL_WITHDRAWN : null;
			case DRAFT -> null;
		});
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

	private List<User> recipientUsers(ApprovalStepTaken step) {
		List<User> recipients = switch (step.to()) {
			case APPROVED, REJECTED, RETURNED -> List.of(this.entityManager.find(User.class, step.requesterId()));
			case SUBMITTED, WITHDRAWN ->
				this.deals.deciders(this.entityManager.find(Team.class, step.teamId()), step.requesterId());
			case DRAFT -> List.of();
		};
		List<User> others = new ArrayList<>();
		for (User recipient : recipients) {
			if (recipient.isEnabled() && !recipient.getId().equals(step.actorId())) {
				others.add(recipient);
			}
		}
		return others;
	}

}
