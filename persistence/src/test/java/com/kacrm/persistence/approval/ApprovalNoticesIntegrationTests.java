package com.kacrm.persistence.approval;

import java.util.List;

import com.kacrm.domain.approval.ApprovalStatus;
import com.kacrm.domain.inbox.Notice;
import com.kacrm.domain.inbox.NoticeKind;
import com.kacrm.domain.organisation.Role;
import com.kacrm.domain.organisation.User;
import com.kacrm.persistence.account.AccountService;
import com.kacrm.persistence.contact.ContactService;
import com.kacrm.persistence.opportunity.MilestoneService;
import com.kacrm.persistence.test.PersistenceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.context.ApplicationEventPublisher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The in-app notices of a 立项 request's steps, written in the step's transaction: a
 * submission goes to the team's manager (the admins when the manager filed it), a
 * decision to the requester with the comment, a pending request withdrawn to the
 * deciders, and one withdrawn by someone else to its requester too; nobody hears of their
 * own action. Each test rolls back.
 */
@PersistenceTest
class ApprovalNoticesIntegrationTests {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	AccountService accounts;

	@Autowired
	ContactService contacts;

	@Autowired
	MilestoneService milestones;

	@Autowired
	TestEntityManager entities;

	ApprovalNoticeWorld world;

	long requestId = System.nanoTime();

	@BeforeEach
	void createWorld() {
		this.world = new ApprovalNoticeWorld(this.entities, this.accounts, this.contacts, this.milestones);
	}

	@Test
	void aSubmissionGoesToTheManagerOfTheDealsTeam() {
		publish(this.world.rep, ApprovalStatus.DRAFT, ApprovalStatus.SUBMITTED, this.world.rep, null);

		assertThat(notices())
			.extracting((n) -> n.getRecipient().getId(), Notice::getKind, Notice::getSubjectType, Notice::getArguments)
			.containsExactly(
					tuple(this.world.manager.getId(), NoticeKind.APPROVAL_SUBMITTED, ApprovalNotices.SUBJECT_TYPE,
							List.of("LX-2026-0042", "散热器替换项目", this.world.rep.getDisplayName(), "")));
	}

	@Test
	void aManagersOwnRequestGoesToTheEnabledAdmins() {
		User disabledAdmin = this.entities.persist(new User("apoff" + this.requestId % 100000, "停用管理员", "{test}x",
				Role.ADMIN, null, java.time.Instant.now()));
		disabledAdmin.disable(com.kacrm.domain.shared.Actor.system("test"), List.of());
		this.entities.flush();

		publish(this.world.manager, ApprovalStatus.RETURNED, ApprovalStatus.SUBMITTED, this.world.manager, null);

		List<Long> recipients = notices().stream().map((n) -> n.getRecipient().getId()).toList();
		assertThat(recipients).contains(this.world.admin.getId())
			.doesNotContain(this.world.manager.getId(), disabledAdmin.getId(), this.world.otherManager.getId());
		assertThat(notices()).allSatisfy((n) -> assertThat(n.getKind()).isEqualTo(NoticeKind.APPROVAL_SUBMITTED));
	}

	@Test
	void aDecisionGoesToTheRequesterWithTheComment() {
		publish(this.world.rep, ApprovalStatus.SUBMITTED, ApprovalStatus.RETURNED, this.world.manager, "请补充竞争对手分析");
		publish(this.world.rep, ApprovalStatus.SUBMITTED, ApprovalStatus.REJECTED, this.world.manager, "预算过高");
		publish(this.world.rep, ApprovalStatus.SUBMITTED, ApprovalStatus.APPROVED, this.world.admin, null);

		assertThat(notices())
			.extracting((n) -> n.getRecipient().getId(), Notice::getKind, (n) -> n.getArguments().get(3))
			.containsExactlyInAnyOrder(tuple(this.world.rep.getId(), NoticeKind.APPROVAL_RETURNED, "请补充竞争对手分析"),
					tuple(this.world.rep.getId(), NoticeKind.APPROVAL_REJECTED, "预算过高"),
					tuple(this.world.rep.getId(), NoticeKind.APPROVAL_APPROVED, ""));
	}

	@Test
	void aWithdrawnPendingRequestTellsTheDecidersAWithdrawnDraftNobody() {
		publish(this.world.rep, ApprovalStatus.DRAFT, ApprovalStatus.WITHDRAWN, this.world.rep, null);
		assertThat(notices()).isEmpty();

		publish(this.world.rep, ApprovalStatus.SUBMITTED, ApprovalStatus.WITHDRAWN, this.world.rep, "客户暂停项目");

		assertThat(notices()).extracting((n) -> n.getRecipient().getId(), Notice::getKind)
			.containsExactly(tuple(this.world.manager.getId(), NoticeKind.APPROVAL_WITHDRAWN));
	}

	@Test
	void nobodyHearsOfTheirOwnActionAndALongCommentIsShortened() {
		String longComment = "意".repeat(1500);
		publish(this.world.rep, ApprovalStatus.SUBMITTED, ApprovalStatus.REJECTED, this.world.manager, longComment);
		publish(this.world.rep, ApprovalStatus.SUBMITTED, ApprovalStatus.WITHDRAWN, this.world.manager, longComment);
		assertThat(notices()).as("the manager withdrew the request: no notice to themselves")
			.extracting((n) -> n.getRecipient().getId())
			.doesNotContain(this.world.manager.getId());
		publish(this.world.rep, ApprovalStatus.SUBMITTED, ApprovalStatus.APPROVED, this.world.rep, null);
		assertThat(notices()).as("nothing new for the rep's own (impossible) approval")
			.extracting(Notice::getKind)
			.containsExactly(NoticeKind.APPROVAL_REJECTED, NoticeKind.APPROVAL_WITHDRAWN_BY_OTHER);

		String shown = notices().get(0).getArguments().get(3);
		assertThat(shown).hasSize(ApprovalNotices.MAX_COMMENT_IN_NOTICE).endsWith("…");
	}

	@Test
	void aRequestWithdrawnBySomeoneElseTellsItsRequesterToo() {
		publish(this.world.rep, ApprovalStatus.SUBMITTED, ApprovalStatus.WITHDRAWN, this.world.admin, "客户已取消项目");

		assertThat(notices())
			.extracting((n) -> n.getRecipient().getId(), Notice::getKind, (n) -> n.getArguments().get(2),
					(n) -> n.getArguments().get(3))
			.containsExactlyInAnyOrder(
					tuple(this.world.manager.getId(), NoticeKind.APPROVAL_WITHDRAWN, this.world.admin.getDisplayName(),
							"客户已取消项目"),
					tuple(this.world.rep.getId(), NoticeKind.APPROVAL_WITHDRAWN_BY_OTHER,
							this.world.admin.getDisplayName(), "客户已取消项目"));
	}

	@Test
	void aDraftWithdrawnByTheSystemTellsOnlyItsRequester() {
		this.events.publishEvent(new ApprovalStepTaken(this.requestId, "LX-2026-0042", "散热器替换项目", 1L,
				this.world.team.getId(), this.world.rep.getId(), ApprovalStatus.RETURNED, ApprovalStatus.WITHDRAWN,
				null, "系统", "商机已改派其他团队"));
		this.entities.flush();

		assertThat(notices()).extracting((n) -> n.getRecipient().getId(), Notice::getKind)
			.containsExactly(tuple(this.world.rep.getId(), NoticeKind.APPROVAL_WITHDRAWN_BY_OTHER));
	}

	private void publish(User requester, ApprovalStatus from, ApprovalStatus to, User actor, String comment) {
		this.events.publishEvent(new ApprovalStepTaken(this.requestId, "LX-2026-0042", "散热器替换项目", 1L,
				this.world.team.getId(), requester.getId(), from, to, actor.getId(), actor.getDisplayName(), comment));
		this.entities.flush();
	}

	private List<Notice> notices() {
		return this.entities.getEntityManager()
			.createQuery("select n from Notice n where n.subjectType = :type and n.subjectId = :id order by n.id",
					Notice.class)
			.setParameter("type", ApprovalNotices.SUBJECT_TYPE)
			.setParameter("id", this.requestId)
			.getResultList();
	}

}
