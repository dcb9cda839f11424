package com.kacrm.persistence.approval;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.kacrm.domain.account.Account;
import com.kacrm.domain.approval.ApprovalConflict;
import com.kacrm.domain.approval.ApprovalForm;
import com.kacrm.domain.approval.ApprovalStatus;
import com.kacrm.domain.approval.ProposedMember;
import com.kacrm.domain.history.HistorySubject;
import com.kacrm.domain.opportunity.GateClosed;
import com.kacrm.domain.opportunity.MoveKind;
import com.kacrm.domain.opportunity.Opportunity;
import com.kacrm.domain.opportunity.OpportunityDetails;
import com.kacrm.domain.playbook.AutomaticRule;
import com.kacrm.domain.playbook.ChecklistItem;
import com.kacrm.domain.playbook.Milestone;
import com.kacrm.domain.organisation.User;
import com.kacrm.domain.shared.Actor;
import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.domain.shared.Violation;
import com.kacrm.persistence.account.AccountService;
import com.kacrm.persistence.history.HistoryRow;
import com.kacrm.persistence.history.HistoryService;
import com.kacrm.persistence.opportunity.ChecklistEntry;
import com.kacrm.persistence.opportunity.DealTeamService;
import com.kacrm.persistence.opportunity.MilestoneService;
import com.kacrm.persistence.opportunity.MoveRow;
import com.kacrm.persistence.opportunity.OpportunityService;
import com.kacrm.persistence.opportunity.OpportunityView;
import com.kacrm.persistence.opportunity.TeamMemberRow;
import com.kacrm.persistence.shared.ConcurrentEditException;
import com.kacrm.persistence.shared.NotPermittedException;
import com.kacrm.persistence.test.PersistenceTest;
import javax.sql.DataSource;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The 项目立项 request on the real database through its service: the whole lifecycle with a
 * return for revision, when a submission is refused, the deal's approval lock, who may
 * decide, one live request per deal, and the inbox's list and pending count. Each test
 * rolls back.
 */
@PersistenceTest
class ApprovalServiceIntegrationTests {

	@Autowired
	ApprovalService approvals;

	@Autowired
	ApprovalListService inbox;

	@Autowired
	OpportunityService opportunities;

	@Autowired
	MilestoneService milestones;

	@Autowired
	DealTeamService dealTeams;

	@Autowired
	AccountService accounts;

	@Autowired
	HistoryService history;

	@Autowired
	EntityManager entities;

	@Autowired
	ApplicationContext context;

	@Autowired
	DataSource dataSource;

	ApprovalWorld world;

	@BeforeEach
	void createWorld() {
		this.world = new ApprovalWorld(this.entities, this.context);
	}

	@Test
	void submittedReturnedRevisedResubmittedAndApprovedTheDealReachesMilestoneThreeWithItsTeamAndBudget() {
		long deal = this.world.readyDeal("散热器替换");
		long id = this.approvals.create(deal, this.world.completeForm("散热器替换项目"), this.world.southRep);
		assertThat(this.approvals.show(id, this.world.southRep).number()).matches("LX-\\d{4}-\\d{4,}");

		this.approvals.submit(id, null, this.world.southRep);
		clear();
		assertThat(view(id).status()).isEqualTo(ApprovalStatus.SUBMITTED);
		assertThat(view(id).deal().locked()).isTrue();
		assertThat(this.inbox.pendingCount(this.world.southManager)).isEqualTo(1);

		this.approvals.returnForRevision(id, "请补充决策流程细节", this.world.southManager);
		clear();
		ApprovalView returned = view(id);
		assertThat(returned.status()).isEqualTo(ApprovalStatus.RETURNED);
		assertThat(returned.lastComment()).isEqualTo("请补充决策流程细节");
		assertThat(returned.deal().locked()).isFalse();
		assertThat(this.inbox.pendingCount(this.world.southManager)).isZero();

		ApprovalForm revised = this.world.completeForm("散热器替换项目（修订）", LocalDate.now().plusMonths(4));
		this.approvals.edit(id, returned.version(), revised, this.world.southRep);
		this.approvals.submit(id, null, this.world.southRep);
		this.approvals.approve(id, "同意立项", this.world.southManager);
		clear();

		ApprovalView approved = view(id);
		assertThat(approved.status()).isEqualTo(ApprovalStatus.APPROVED);
		assertThat(approved.projectName()).isEqualTo("散热器替换项目（修订）");
		assertThat(approved.trail())
			.extracting(ApprovalView.Step::round, ApprovalView.Step::from, ApprovalView.Step::to,
					ApprovalView.Step::actorName)
			.containsExactly(tuple(1, ApprovalStatus.DRAFT, ApprovalStatus.SUBMITTED, this.world.southRep.name()),
					tuple(1, ApprovalStatus.SUBMITTED, ApprovalStatus.RETURNED, this.world.southManager.name()),
					tuple(2, ApprovalStatus.RETURNED, ApprovalStatus.SUBMITTED, this.world.southRep.name()),
					tuple(2, ApprovalStatus.SUBMITTED, ApprovalStatus.APPROVED, this.world.southManager.name()));
		assertThat(approved.deal().locked()).isFalse();
		assertThat(approved.deal().expenseBudget()).isEqualByComparingTo("30000.00");

		OpportunityView after = this.opportunities.show(deal, this.world.southRep);
		assertThat(after.milestone()).isEqualTo(Milestone.PROJECT_APPROVAL);
		assertThat(after.estimatedAmount()).isEqualByComparingTo("200");
		assertThat(after.expectedSigningDate()).isEqualTo(revised.expectedContractDate());
		List<MoveRow> moves = this.opportunities.moves(deal, this.world.southRep);
		assertThat(moves.get(0).kind()).isEqualTo(MoveKind.FORWARD);
		assertThat(moves.get(0).to()).isEqualTo(Milestone.PROJECT_APPROVAL);
		assertThat(this.dealTeams.members(deal, this.world.southRep))
			.extracting(TeamMemberRow::userId, TeamMemberRow::responsibility)
			.containsExactly(tuple(this.world.southRep.userId(), "客户经理"));
		ChecklistEntry initiation = this.milestones.screen(deal, this.world.southRep)
			.checklist()
			.stream()
			.filter((entry) -> entry.rule() == AutomaticRule.INITIATION_APPROVED)
			.findFirst()
			.orElseThrow();
		assertThat(initiation.done()).isTrue();
		assertThat(dealHistory(deal)).extracting(HistoryRow::field)
			.contains(ApprovalService.APPROVAL_FIELD, MilestoneService.MILESTONE_FIELD, DealTeamService.MEMBERS_FIELD);
	}

	@Test
	void aDealAtMilestoneOneCannotBeSubmitted() {
		long deal = this.world.newDeal("太早");
		long id = this.approvals.create(deal, this.world.completeForm("太早的项目"), this.world.southRep);

		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> this.approvals.submit(id, null, this.world.southRep))
			.satisfies((ex) -> assertThat(ex.violations()).extracting(Violation::messageKey)
				.containsExactly("approval.error.dealTooEarly"));
		clear();
		assertThat(view(id).status()).isEqualTo(ApprovalStatus.DRAFT);
		assertThat(view(id).deal().locked()).isFalse();
	}

	@Test
	void aDealAtMilestoneTwoWithItsGateClosedCannotBeSubmittedAndTheItemsAreNamed() {
		long deal = this.world.newDeal("未满足");
		this.milestones.move(deal, null, Milestone.CALL_AND_VISIT, "测试：直接进入里程碑二", true, this.world.admin);
		long id = this.approvals.create(deal, this.world.completeForm("未满足标准的项目"), this.world.southRep);

		assertThatExceptionOfType(GateClosed.class)
			.isThrownBy(() -> this.approvals.submit(id, null, this.world.southRep))
			.satisfies((ex) -> {
				assertThat(ex.milestone()).isEqualTo(Milestone.CALL_AND_VISIT);
				assertThat(ex.unmet()).extracting(ChecklistItem::getAutomaticRule)
					.contains(AutomaticRule.VISIT_LOGGED, AutomaticRule.CONTACT_IDENTIFIED);
				assertThat(ex.unmet()).hasSizeGreaterThanOrEqualTo(7);
			});
		clear();
		assertThat(view(id).status()).isEqualTo(ApprovalStatus.DRAFT);
		assertThat(view(id).readiness().ready()).isFalse();
		assertThat(view(id).readiness().unmetItems()).isNotEmpty();
	}

	@Test
	void anIncompleteFormIsRefusedAtSubmissionNamingEveryMissingField() {
		long deal = this.world.readyDeal("不完整");
		ApprovalForm partial = new ApprovalForm("只有名称的项目", null, null, null, null, null, null, null, null, null, null);
		long id = this.approvals.create(deal, partial, this.world.southRep);

		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> this.approvals.submit(id, null, this.world.southRep))
			.satisfies((ex) -> assertThat(ex.violations()).extracting(Violation::field)
				.contains("customerNeeds", "valuePositioning", "estimatedAmount", "expectedContractDate",
						"decisionProcess", "keyPeople", "proposedTeam", "requestedBudget", "risks"));
	}

	@Test
	void whileSubmittedTheRepCannotChangeTheDealsKeyFieldsAndAnAdminCanWithTheLockPassedInTheHistory() {
		long deal = this.world.readyDeal("锁定");
		long id = this.approvals.create(deal, this.world.completeForm("锁定测试项目"), this.world.southRep);
		this.approvals.submit(id, null, this.world.southRep);
		clear();

		OpportunityView locked = this.opportunities.show(deal, this.world.southRep);
		OpportunityDetails newAmount = new OpportunityDetails(locked.name(), null, new BigDecimal("999"),
				locked.expectedSigningDate(), null, null);
		OpportunityDetails newDate = new OpportunityDetails(locked.name(), null, locked.estimatedAmount(),
				locked.expectedSigningDate().plusMonths(1), null, null);
		assertLocked(() -> this.opportunities.update(deal, locked.version(), newAmount, this.world.southRep));
		assertLocked(() -> this.opportunities.update(deal, locked.version(), newDate, this.world.southRep));
		assertLocked(() -> this.milestones.move(deal, null, Milestone.PLANNING, "退回", false, this.world.southRep));
		assertLocked(() -> this.milestones.move(deal, null, Milestone.PROJECT_APPROVAL, "越过审批", true,
				this.world.southManager));
		assertLocked(() -> this.opportunities.markLost(deal, locked.version(), "客户放弃", this.world.southRep));
		assertLocked(() -> this.opportunities.putOnHold(deal, locked.version(), "暂停", this.world.southRep));
		assertLocked(() -> this.opportunities.markLost(deal, locked.version(), "管理员也须先撤回申请", this.world.admin));
		clear();
		OpportunityView unchanged = this.opportunities.show(deal, this.world.southRep);
		assertThat(unchanged.estimatedAmount()).isEqualByComparingTo(locked.estimatedAmount());
		assertThat(unchanged.milestone()).isEqualTo(Milestone.CALL_AND_VISIT);

		this.opportunities.update(deal, unchanged.version(), newAmount, this.world.admin);
		clear();
		assertThat(this.opportunities.show(deal, this.world.admin).estimatedAmount()).isEqualByComparingTo("999");
		assertThat(dealHistory(deal)).extracting(HistoryRow::field).contains(Opportunity.LOCK_PASSED_FIELD);
	}

	@Test
	void theLockIsReleasedWhenTheRequestIsReturnedRejectedWithdrawnOrApproved() {
		for (String step : List.of("return", "reject", "withdraw", "approve")) {
			long deal = this.world.readyDeal("释放" + step);
			long id = this.approvals.create(deal, this.world.completeForm("释放锁定" + step), this.world.southRep);
			this.approvals.submit(id, null, this.world.southRep);
			clear();
			assertThat(view(id).deal().locked()).as(step).isTrue();
			switch (step) {
				case "return" -> this.approvals.returnForRevision(id, "请修改", this.world.southManager);
				case "reject" -> this.approvals.reject(id, "不予立项", this.world.southManager);
				case "withdraw" -> this.approvals.withdraw(id, null, this.world.southRep);
				default -> this.approvals.approve(id, null, this.world.admin);
			}
			clear();
			assertThat(view(id).deal().locked()).as(step).isFalse();
			OpportunityView open = this.opportunities.show(deal, this.world.southRep);
			this.opportunities.update(deal, open.version(), new OpportunityDetails(open.name(), null,
					new BigDecimal("321"), open.expectedSigningDate(), null, null), this.world.southRep);
			clear();
			assertThat(this.opportunities.show(deal, this.world.southRep).estimatedAmount()).as(step)
				.isEqualByComparingTo("321");
		}
	}

	@Test
	void onlyTheManagerOfTheDealsTeamOrAnAdminDecidesAndNeverOnTheirOwnRequest() {
		long deal = this.world.readyDeal("权限");
		long id = this.approvals.create(deal, this.world.completeForm("权限测试项目"), this.world.southRep);
		this.approvals.submit(id, null, this.world.southRep);

		assertThatExceptionOfType(NotPermittedException.class)
			.isThrownBy(() -> this.approvals.approve(id, null, this.world.otherSouthRep));
		assertThatExceptionOfType(NotPermittedException.class)
			.isThrownBy(() -> this.approvals.approve(id, null, this.world.southRep));
		// The manager of another team does not see the deal at all: 404, as on the
		// screens.
		assertThatExceptionOfType(ApprovalNotFoundException.class)
			.isThrownBy(() -> this.approvals.approve(id, null, this.world.eastManager));
		assertThatExceptionOfType(ApprovalNotFoundException.class)
			.isThrownBy(() -> this.approvals.reject(id, "不行", this.world.eastRep));
		clear();
		assertThat(view(id).status()).isEqualTo(ApprovalStatus.SUBMITTED);
		assertThat(view(id).may().decide()).isFalse();
		assertThat(this.approvals.show(id, this.world.southManager).may().decide()).isTrue();
		assertThat(this.inbox.pendingCount(this.world.southRep)).isZero();
		assertThat(this.inbox.pendingCount(this.world.eastManager)).isZero();
	}

	@Test
	void aManagerWhoFiledTheRequestCannotApproveIt() {
		long deal = this.world.readyDeal("经理自批");
		ApprovalForm form = this.world.completeForm("经理自己申请的项目");
		long id = this.approvals.create(deal, form, this.world.southManager);
		this.approvals.submit(id, null, this.world.southManager);

		assertThatExceptionOfType(NotPermittedException.class)
			.isThrownBy(() -> this.approvals.approve(id, null, this.world.southManager));
		assertThat(this.approvals.show(id, this.world.southManager).may().decide()).isFalse();
		assertThat(this.inbox.pendingCount(this.world.southManager)).isZero();
		assertThat(
				this.inbox.list(ApprovalFilter.of(ApprovalTab.PENDING), PageRequest.of(0, 10), this.world.southManager))
			.isEmpty();
		// An admin decides it instead.
		this.approvals.approve(id, "代为批准", this.world.admin);
		clear();
		assertThat(view(id).status()).isEqualTo(ApprovalStatus.APPROVED);
	}

	@Test
	void aSecondLiveRequestForTheSameDealIsRefusedUntilTheFirstIsRejectedOrWithdrawn() {
		long deal = this.world.readyDeal("重复");
		long first = this.approvals.create(deal, this.world.completeForm("第一份"), this.world.southRep);

		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> this.approvals.create(deal, this.world.completeForm("第二份"), this.world.otherSouthRep))
			.satisfies((ex) -> assertThat(ex.violations()).extracting(Violation::messageKey)
				.containsExactly("approval.error.liveRequestExists"));

		this.approvals.withdraw(first, "重新填写", this.world.southRep);
		long second = this.approvals.create(deal, this.world.completeForm("第二份"), this.world.southRep);
		assertThat(second).isNotEqualTo(first);
	}

	@Test
	void theDatabaseAllowsOneLiveRequestPerDealEvenWithoutTheServicesCheck() {
		long deal = this.world.readyDeal("数据库唯一");
		this.approvals.create(deal, this.world.completeForm("第一份"), this.world.southRep);
		this.entities.flush();
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> new JdbcTemplate(this.dataSource).update(
					"insert into approval_request (number, opportunity_id, requester_id, status, round, project_name,"
							+ " created_at, last_actor_name, last_acted_at)"
							+ " values (?, ?, ?, 'DRAFT', 0, '第二份', now(), 'test', now())",
					"LX-T-" + deal, deal, this.world.southRep.userId()))
			.withMessageContaining("ux_approval_request_live");
	}

	@Test
	void theInboxShowsManagersWhatWaitsForThemOldestFirstAndRepsTheirOwnWithTheComment() {
		long firstDeal = this.world.readyDeal("收件箱一");
		long secondDeal = this.world.readyDeal("收件箱二");
		long first = this.approvals.create(firstDeal, this.world.completeForm("收件箱一号"), this.world.southRep);
		long second = this.approvals.create(secondDeal, this.world.completeForm("收件箱二号"), this.world.otherSouthRep);
		this.approvals.submit(first, null, this.world.southRep);
		this.approvals.submit(second, null, this.world.otherSouthRep);
		this.approvals.reject(second, "预算过高", this.world.southManager);
		clear();

		assertThat(
				this.inbox.list(ApprovalFilter.of(ApprovalTab.PENDING), PageRequest.of(0, 10), this.world.southManager))
			.extracting(ApprovalRow::id, ApprovalRow::status, ApprovalRow::ageDays)
			.containsExactly(tuple(first, ApprovalStatus.SUBMITTED, 0L));
		assertThat(
				this.inbox.list(ApprovalFilter.of(ApprovalTab.MINE), PageRequest.of(0, 10), this.world.otherSouthRep))
			.extracting(ApprovalRow::id, ApprovalRow::status, ApprovalRow::lastComment, ApprovalRow::lastActorName)
			.containsExactly(tuple(second, ApprovalStatus.REJECTED, "预算过高", this.world.southManager.name()));
		assertThat(this.inbox.list(ApprovalFilter.of(ApprovalTab.ALL), PageRequest.of(0, 10), this.world.southRep))
			.extracting(ApprovalRow::id)
			.containsExactlyInAnyOrder(first, second);
		assertThat(this.inbox.list(ApprovalFilter.of(ApprovalTab.ALL), PageRequest.of(0, 10), this.world.eastRep))
			.isEmpty();
		assertThat(this.inbox.list(
				new ApprovalFilter(ApprovalTab.ALL, ApprovalStatus.REJECTED, null, null, null, null, null),
				PageRequest.of(0, 10), this.world.southManager))
			.extracting(ApprovalRow::id)
			.containsExactly(second);
		assertThat(this.inbox.list(new ApprovalFilter(ApprovalTab.ALL, null, null, null, "二号", null, null),
				PageRequest.of(0, 10), this.world.southManager))
			.extracting(ApprovalRow::id)
			.containsExactly(second);
		assertThat(this.inbox.list(
				new ApprovalFilter(ApprovalTab.ALL, null, this.world.southTeam.getId(), null, null,
						LocalDate.now().minusDays(1), LocalDate.now().plusDays(1)),
				PageRequest.of(0, 10), this.world.southManager))
			.extracting(ApprovalRow::id)
			.containsExactlyInAnyOrder(first, second);
		assertThat(this.inbox.pendingCount(this.world.southManager)).isEqualTo(1);
		assertThat(this.inbox.choices(this.world.southManager).requesters()).extracting(ApprovalChoices.Person::id)
			.containsExactlyInAnyOrder(this.world.southRep.userId(), this.world.otherSouthRep.userId());
	}

	@Test
	void approvalIsRefusedWhenAProposedMemberMayNoLongerWorkTheDealAndNothingChanges() {
		long deal = this.world.readyDeal("成员离职");
		ApprovalForm complete = this.world.completeForm("成员离职项目");
		ApprovalForm withColleague = new ApprovalForm(complete.projectName(), complete.customerNeeds(),
				complete.valuePositioning(), complete.estimatedAmount(), complete.expectedContractDate(),
				complete.decisionProcess(), complete.keyPeople(), complete.competitorIds(),
				List.of(new ProposedMember(this.world.southRep.userId(), "客户经理"),
						new ProposedMember(this.world.otherSouthRep.userId(), "技术支持")),
				complete.requestedBudget(), complete.risks());
		long id = this.approvals.create(deal, withColleague, this.world.southRep);
		this.approvals.submit(id, null, this.world.southRep);
		this.entities.find(User.class, this.world.otherSouthRep.userId()).disable(Actor.system("test"), List.of());
		clear();

		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> this.approvals.approve(id, "同意", this.world.southManager))
			.satisfies((ex) -> assertThat(ex.violations()).extracting(Violation::messageKey)
				.containsExactly("opportunity.team.outsideTeam"));
		clear();
		assertThat(view(id).status()).isEqualTo(ApprovalStatus.SUBMITTED);
		assertThat(this.opportunities.show(deal, this.world.southRep).milestone()).isEqualTo(Milestone.CALL_AND_VISIT);
	}

	@Test
	void aDecisionOnAVersionReadBeforeTheRequestWasSubmittedAgainIsAConflictNotADecision() {
		long deal = this.world.readyDeal("旧版本");
		long id = this.approvals.create(deal, this.world.completeForm("旧版本项目"), this.world.southRep);
		this.approvals.submit(id, null, this.world.southRep);
		clear();
		long readByManager = view(id).version();
		this.approvals.returnForRevision(id, "请补充", this.world.admin);
		this.approvals.submit(id, null, this.world.southRep);
		clear();

		assertThatExceptionOfType(ConcurrentEditException.class)
			.isThrownBy(() -> this.approvals.approve(id, readByManager, "同意", this.world.southManager));
		clear();
		assertThat(view(id).status()).isEqualTo(ApprovalStatus.SUBMITTED);

		long current = view(id).version();
		this.approvals.approve(id, current, "同意", this.world.southManager);
		clear();
		assertThatExceptionOfType(ApprovalConflict.class)
			.isThrownBy(() -> this.approvals.reject(id, current, "不同意", this.world.admin))
			.satisfies((conflict) -> assertThat(conflict.lastActorName()).isEqualTo(this.world.southManager.name()));
	}

	@Test
	void reassigningTheAccountToAnotherTeamWithdrawsItsDealsOpenRequestsAndUnlocksThem() {
		long deal = this.world.readyDeal("移交");
		long id = this.approvals.create(deal, this.world.completeForm("移交项目"), this.world.southRep);
		this.approvals.submit(id, null, this.world.southRep);
		clear();
		assertThat(this.inbox.pendingCount(this.world.southManager)).isEqualTo(1);
		assertThat(this.inbox.pendingCount(this.world.eastManager)).isZero();

		long version = this.entities.find(Account.class, this.world.accountId).getVersion();
		this.accounts.reassign(this.world.accountId, version, this.world.eastTeam.getCode(), null, this.world.admin);
		clear();

		ApprovalView withdrawn = this.approvals.show(id, this.world.admin);
		assertThat(withdrawn.status()).isEqualTo(ApprovalStatus.WITHDRAWN);
		assertThat(withdrawn.lastComment()).isEqualTo(ApprovalService.REASSIGNED_COMMENT);
		assertThat(withdrawn.deal().locked()).isFalse();
		assertThat(this.inbox.pendingCount(this.world.southManager)).isZero();
		long again = this.approvals.create(deal, ApprovalForm.named("移交项目（华东）"), this.world.eastRep);
		assertThat(this.approvals.show(again, this.world.eastRep).status()).isEqualTo(ApprovalStatus.DRAFT);
		this.entities.flush();
		// Every request carries its deal's team (the badge counts on it): the old one
		// followed the deal, the new one took it.
		assertThat(new JdbcTemplate(this.dataSource)
			.queryForList("select team_id from approval_request where id in (?, ?)", Long.class, id, again))
			.containsOnly(this.world.eastTeam.getId());
	}

	@Test
	void aNewRequestMayBeFiledOnlyForAnOpenDealWithoutALiveOne() {
		long deal = this.world.readyDeal("可申请");
		assertThat(this.approvals.mayFile(deal, this.world.southRep)).isTrue();
		long id = this.approvals.create(deal, this.world.completeForm("可申请项目"), this.world.southRep);
		assertThat(this.approvals.mayFile(deal, this.world.southRep)).isFalse();
		this.approvals.submit(id, null, this.world.southRep);
		this.approvals.reject(id, "客户预算未落实", this.world.southManager);
		clear();

		assertThat(this.approvals.mayFile(deal, this.world.southRep)).isTrue();
		ApprovalView rejected = view(id);
		assertThat(rejected.decidersComment()).isEqualTo("客户预算未落实");
		OpportunityView open = this.opportunities.show(deal, this.world.southRep);
		this.opportunities.markLost(deal, open.version(), "客户取消项目", this.world.southRep);
		clear();
		assertThat(this.approvals.mayFile(deal, this.world.southRep)).isFalse();
	}

	private static void assertLocked(Runnable change) {
		assertThatExceptionOfType(ChangeRejected.class).isThrownBy(change::run)
			.satisfies((ex) -> assertThat(ex.violations()).extracting(Violation::messageKey)
				.contains("opportunity.error.lockedForApproval"));
	}

	private ApprovalView view(long id) {
		return this.approvals.show(id, this.world.southRep);
	}

	private List<HistoryRow> dealHistory(long deal) {
		return this.history.latestOf(new HistorySubject(OpportunityService.OPPORTUNITY, deal));
	}

	private void clear() {
		this.entities.flush();
		this.entities.clear();
	}

}
