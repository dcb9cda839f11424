package com.kacrm.persistence.approval;

import java.util.List;

import com.kacrm.domain.approval.ApprovalStatus;
import com.kacrm.domain.inbox.Notice;
import com.kacrm.domain.inbox.NoticeKind;
import com.kacrm.domain.organisation.Role;
import com.kacrm.domain.organisation.User;
import com.kacrm.persistence.shared.Viewer;
import com.kacrm.persistence.test.PersistenceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.context.ApplicationContext;
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
	ApplicationContext context;

	@Autowired
	TestEntityManager entities;

	ApprovalWorld world;

	long requestId = System.nanoTime();

	@BeforeEach
	void createWorld() {
		this.world = new ApprovalWorld(this.entities.getEntityManager(), this.context);
	}

	@Test
	void aSubmissionGoesToTheManagerOfTheDealsTeam() {
		publish(this.world.southRep, ApprovalStatus.DRAFT, ApprovalStatus.SUBMITTED, this.world.southRep, null);

		assertThat(notices())
			.extracting((n) -> n.getRecipient().getId(), Notice::getKind, Notice::getSubjectType, Notice::getArguments)
			.containsExactly(tuple(this.world.southManager.userId(), NoticeKind.APPROVAL_SUBMITTED,
					ApprovalNotices.SUBJECT_TYPE, List.of("LX-2026-0042", "散热器替换项目", this.world.southRep.name(), "")));
	}

	@Test
	void aManagersOwnRequestGoesToTheEnabledAdmins() {
		User disabledAdmin = this.entities.persist(new User("apoff" + this.requestId % 100000, "停用管理员", "{test}x",
				Role.ADMIN, null, java.time.Instant.now()));
		disabledAdmin.disable(com.kacrm.domain.shared.Actor.system("test"), List.of());
		this.entities.flush();

		publish(this.world.southManager, ApprovalStatus.RETURNED, ApprovalStatus.SUBMITTED, this.world.southManager,
				null);

		List<Long> recipients = notices().stream().map((n) -> n.getRecipient().getId()).toList();
		assertThat(recipients).contains(this.world.admin.userId())
			.doesNotContain(this.world.southManager.userId(), disabledAdmin.getId(), this.world.eastManager.userId());
		assertThat(notices()).allSatisfy((n) -> assertThat(n.getKind()).isEqualTo(NoticeKind.APPROVAL_SUBMITTED));
	}

	@Test
	void aDecisionGoesToTheRequesterWithTheComment() {
		publish(this.world.southRep, ApprovalStatus.SUBMITTED, ApprovalStatus.RETURNED, this.world.southManager,
				"请补充竞争对手分析");
		publish(this.world.southRep, ApprovalStatus.SUBMITTED, ApprovalStatus.REJECTED, this.world.southManager,
				"预算过高");
		publish(this.world.southRep, ApprovalStatus.SUBMITTED, ApprovalStatus.APPROVED, this.world.admin, null);

		assertThat(notices())
			.extracting((n) -> n.getRecipient().getId(), Notice::getKind, (n) -> n.getArguments().get(3))
			.containsExactlyInAnyOrder(tuple(this.world.southRep.userId(), NoticeKind.APPROVAL_RETURNED, "请补充竞争对手分析"),
					tuple(this.world.southRep.userId(), NoticeKind.APPROVAL_REJECTED, "预算过高"),
					tuple(this.world.southRep.userId(), NoticeKind.APPROVAL_APPROVED, ""));
	}

	@Test
	void aWithdrawnPendingRequestTellsTheDecidersAWithdrawnDraftNobody() {
		publish(this.world.southRep, ApprovalStatus.DRAFT, ApprovalStatus.WITHDRAWN, this.world.southRep, null);
		assertThat(notices()).isEmpty();

		publish(this.world.southRep, ApprovalStatus.SUBMITTED, ApprovalStatus.WITHDRAWN, this.world.southRep, "客户暂停项目");

		assertThat(notices()).extracting((n) -> n.getRecipient().getId(), Notice::getKind)
			.containsExactly(tuple(this.world.southManager.userId(), NoticeKind.APPROVAL_WITHDRAWN));
	}

	@Test
	void nobodyHearsOfTheirOwnActionAndALongCommentIsShortened() {
		String longComment = "意".repeat(1500);
		publish(this.world.southRep, ApprovalStatus.SUBMITTED, ApprovalStatus.REJECTED, this.world.southManager,
				longComment);
		publish(this.world.southRep, ApprovalStatus.SUBMITTED, ApprovalStatus.WITHDRAWN, this.world.southManager,
				longComment);
		assertThat(notices()).as("the manager withdrew the request: no notice to themselves")
			.extracting((n) -> n.getRecipient().getId())
			.doesNotContain(this.world.southManager.userId());
		publish(this.world.southRep, ApprovalStatus.SUBMITTED, ApprovalStatus.APPROVED, this.world.southRep, null);
		assertThat(notices()).as("nothing new for the rep's own (impossible) approval")
			.extracting(Notice::getKind)
			.containsExactly(NoticeKind.APPROVAL_REJECTED, NoticeKind.APPROVAL_WITHDRAWN_BY_OTHER);

		String shown = notices().get(0).getArguments().get(3);
		assertThat(shown).hasSize(ApprovalNotices.MAX_COMMENT_IN_NOTICE).endsWith("…");
	}

	@Test
	void aRequestWithdrawnBySomeoneElseTellsItsRequesterToo() {
		publish(this.world.southRep, ApprovalStatus.SUBMITTED, ApprovalStatus.WITHDRAWN, this.world.admin, "客户已取消项目");

		assertThat(notices())
			.extracting((n) -> n.getRecipient().getId(), Notice::getKind, (n) -> n.getArguments().get(2),
					(n) -> n.getArguments().get(3))
			.containsExactlyInAnyOrder(
					tuple(this.world.southManager.userId(), NoticeKind.APPROVAL_WITHDRAWN, this.world.admin.name(),
							"客户已取消项目"),
					tuple(this.world.southRep.userId(), NoticeKind.APPROVAL_WITHDRAWN_BY_OTHER, this.world.admin.name(),
							"客户已取消项目"));
	}

	@Test
	void aDraftWithdrawnByTheSystemTellsOnlyItsRequester() {
		this.events.publishEvent(new ApprovalStepTaken(this.requestId, "LX-2026-0042", "散热器替换项目", 1L,
				this.world.southTeam.getId(), this.world.southRep.userId(), ApprovalStatus.RETURNED,
				ApprovalStatus.WITHDRAWN, null, "系统", "商机已改派其他团队"));
		this.entities.flush();

		assertThat(notices()).extracting((n) -> n.getRecipient().getId(), Notice::getKind)
			.containsExactly(tuple(this.world.southRep.userId(), NoticeKind.APPROVAL_WITHDRAWN_BY_OTHER));
	}

	private void publish(Viewer requester, ApprovalStatus from, ApprovalStatus to, Viewer actor, String comment) {
		this.events.publishEvent(new ApprovalStepTaken(this.requestId, "LX-2026-0042", "散热器替换项目", 1L,
				this.world.southTeam.getId(), requester.userId(), from, to, actor.userId(), actor.name(), comment));
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
