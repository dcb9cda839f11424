package com.kacrm.domain.approval;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.kacrm.domain.history.FieldChange;
import com.kacrm.domain.opportunity.GateClosed;
import com.kacrm.domain.opportunity.MoveKind;
import com.kacrm.domain.opportunity.Opportunity;
import com.kacrm.domain.playbook.Milestone;
import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.domain.shared.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import static com.kacrm.domain.approval.Approvals.ADMIN;
import static com.kacrm.domain.approval.Approvals.MANAGER;
import static com.kacrm.domain.approval.Approvals.REP;
import static com.kacrm.domain.approval.Approvals.T0;
import static com.kacrm.domain.approval.Approvals.TODAY;
import static com.kacrm.domain.approval.Approvals.openGate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The 项目立项 request's state machine (SPEC 6): DRAFT → SUBMITTED → APPROVED, REJECTED or
 * RETURNED (then submitted again), or WITHDRAWN; who may take which step; the deal's lock
 * while submitted; and what approval does to the deal.
 */
class ApprovalRequestTests {

	private final Approvals world = new Approvals();

	private static final Instant LATER = T0.plusSeconds(3600);

	@Test
	void aNewRequestIsADraftNotYetSubmittedWithTheRequesterAsLastActor() {
		ApprovalRequest request = this.world.draftAt(Milestone.CALL_AND_VISIT);

		assertThat(request.getStatus()).isEqualTo(ApprovalStatus.DRAFT);
		assertThat(request.getRound()).isZero();
		assertThat(request.getLastActorName()).isEqualTo("张伟");
		assertThat(request.getOpportunity().isApprovalLocked()).isFalse();
	}

	@Test
	void aDraftNeedsOnlyItsNameButNoBrokenRule() {
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(
					() -> new ApprovalRequest("LX-2026-0002", this.world.dealAt(Milestone.CALL_AND_VISIT),
							this.world.zhang,
							new ApprovalForm(" ", null, null, null, null, null, null, null, null, new BigDecimal("-1"),
									null),
							REP, T0))
			.extracting(ChangeRejected::violations)
			.satisfies((violations) -> assertThat(violations).extracting(Violation::field)
				.containsExactly("projectName", "requestedBudget"));
		assertThat(new ApprovalRequest("LX-2026-0002", this.world.dealAt(Milestone.PLANNING), this.world.zhang,
				Approvals.named(), REP, T0)
			.getStatus()).isEqualTo(ApprovalStatus.DRAFT);
	}

	@Test
	void submittingLocksTheDealAndStartsTheFirstRound() {
		ApprovalRequest request = this.world.draftAt(Milestone.CALL_AND_VISIT);

		ApprovalTransition step = request.submit(openGate(Milestone.CALL_AND_VISIT), TODAY, REP, LATER);

		assertThat(request.getStatus()).isEqualTo(ApprovalStatus.SUBMITTED);
		assertThat(request.getRound()).isEqualTo(1);
		assertThat(request.getSubmittedAt()).isEqualTo(LATER);
		assertThat(request.getOpportunity().isApprovalLocked()).isTrue();
		assertThat(step.getFromStatus()).isEqualTo(ApprovalStatus.DRAFT);
		assertThat(step.getToStatus()).isEqualTo(ApprovalStatus.SUBMITTED);
		assertThat(step.getRound()).isEqualTo(1);
		assertThat(step.getActorName()).isEqualTo("张伟");
	}

	@Test
	void aDealStillAtMilestoneOneCannotBeSubmittedAndNothingChanges() {
		ApprovalRequest request = this.world.draftAt(Milestone.PLANNING);

		assertThatExceptionOfType(ChangeRejected.class).isThrownBy(() -> request.submit(null, TODAY, REP, LATER))
			.satisfies((ex) -> assertThat(ex.violations()).extracting(Violation::messageKey)
				.containsExactly("approval.error.dealTooEarly"));
		assertThat(request.getStatus()).isEqualTo(ApprovalStatus.DRAFT);
		assertThat(request.getOpportunity().isApprovalLocked()).isFalse();
	}

	@Test
	void aDealAtMilestoneTwoWithItemsMissingIsRefusedNamingThem() {
		ApprovalRequest request = this.world.draftAt(Milestone.CALL_AND_VISIT);

		assertThatExceptionOfType(GateClosed.class)
			.isThrownBy(() -> request.submit(Approvals.visitMissing(), TODAY, REP, LATER))
			.satisfies((ex) -> assertThat(ex.unmet()).extracting((item) -> item.getTextZh())
				.containsExactly("至少记录一次上门拜访"));
		assertThat(request.getStatus()).isEqualTo(ApprovalStatus.DRAFT);
		assertThat(request.getOpportunity().isApprovalLocked()).isFalse();
	}

	@Test
	void aDealPastMilestoneTwoNeedsNoGateToSubmit() {
		ApprovalRequest request = this.world.draftAt(Milestone.DEEP_CONTACT);

		request.submit(null, TODAY, REP, LATER);

		assertThat(request.getStatus()).isEqualTo(ApprovalStatus.SUBMITTED);
	}

	@Test
	void aLostDealCannotBeSubmitted() {
		ApprovalRequest request = this.world.draftAt(Milestone.CALL_AND_VISIT);
		request.getOpportunity().markLost("客户取消采购", REP, T0);

		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> request.submit(openGate(Milestone.CALL_AND_VISIT), TODAY, REP, LATER))
			.satisfies((ex) -> assertThat(ex.violations()).extracting(Violation::messageKey)
				.containsExactly("approval.error.dealNotOpen"));
	}

	@Test
	void anIncompleteFormIsRefusedListingEveryMissingField() {
		ApprovalRequest request = new ApprovalRequest("LX-2026-0003", this.world.dealAt(Milestone.CALL_AND_VISIT),
				this.world.zhang, Approvals.named(), REP, T0);

		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> request.submit(openGate(Milestone.CALL_AND_VISIT), TODAY, REP, LATER))
			.satisfies((ex) -> assertThat(ex.violations()).extracting(Violation::field)
				.containsExactlyInAnyOrder("customerNeeds", "valuePositioning", "estimatedAmount",
						"expectedContractDate", "decisionProcess", "keyPeople", "proposedTeam", "requestedBudget",
						"risks"));
		assertThat(request.getOpportunity().isApprovalLocked()).isFalse();
	}

	@Test
	void theSubmissionCheckListsEverythingThatKeepsTheRequestBackAtOnce() {
		ApprovalRequest request = new ApprovalRequest("LX-2026-0004", this.world.dealAt(Milestone.CALL_AND_VISIT),
				this.world.zhang, Approvals.named(), REP, T0);

		SubmissionCheck check = request.submissionCheck(Approvals.visitMissing(), TODAY);

		assertThat(check.isReady()).isFalse();
		assertThat(check.blockKey()).isNull();
		assertThat(check.unmetItems()).extracting((item) -> item.getTextZh()).containsExactly("至少记录一次上门拜访");
		assertThat(check.missingFields()).contains("customerNeeds", "keyPeople", "requestedBudget");
		assertThat(this.world.draftAt(Milestone.PLANNING).submissionCheck(null, TODAY).blockKey())
			.isEqualTo("approval.error.dealTooEarly");
		assertThat(this.world.draftAt(Milestone.CALL_AND_VISIT)
			.submissionCheck(openGate(Milestone.CALL_AND_VISIT), TODAY)
			.isReady()).isTrue();
	}

	@Test
	void onlyTheRequesterEditsSubmitsAndWithdraws() {
		ApprovalRequest request = this.world.draftAt(Milestone.CALL_AND_VISIT);

		assertThatExceptionOfType(ApprovalRequest.NotTheRequester.class)
			.isThrownBy(() -> request.submit(openGate(Milestone.CALL_AND_VISIT), TODAY, MANAGER, LATER));
		assertThatExceptionOfType(ApprovalRequest.NotTheRequester.class)
			.isThrownBy(() -> request.edit(Approvals.complete(), MANAGER));
		assertThatExceptionOfType(ApprovalRequest.NotTheRequester.class)
			.isThrownBy(() -> request.withdraw(null, false, MANAGER, LATER));
		assertThat(request.getStatus()).isEqualTo(ApprovalStatus.DRAFT);
	}

	@Test
	void approvalMovesTheDealToProjectApprovalThroughItsGateAndOpensTheBudget() {
		ApprovalRequest request = this.world.submitted();
		Opportunity deal = request.getOpportunity();

		Decision decision = request.approve("同意立项", openGate(Milestone.CALL_AND_VISIT),
				Approvals.probabilityOf(Milestone.PROJECT_APPROVAL), MANAGER, LATER);

		assertThat(request.getStatus()).isEqualTo(ApprovalStatus.APPROVED);
		assertThat(decision.transition().getToStatus()).isEqualTo(ApprovalStatus.APPROVED);
		assertThat(decision.transition().getComment()).isEqualTo("同意立项");
		assertThat(decision.move().getKind()).isEqualTo(MoveKind.FORWARD);
		assertThat(decision.move().getMovedByName()).isEqualTo("李经理");
		assertThat(deal.getMilestone()).isEqualTo(Milestone.PROJECT_APPROVAL);
		assertThat(deal.getProbability()).isEqualTo(25);
		assertThat(deal.isApprovalLocked()).isFalse();
		assertThat(deal.hasExpenseBudget()).isTrue();
		assertThat(deal.getExpenseBudget()).isEqualByComparingTo("30000");
		assertThat(deal.getEstimatedAmount()).isEqualByComparingTo("150");
		assertThat(deal.getExpectedSigningDate()).isEqualTo(TODAY.plusMonths(4));
		assertThat(decision.dealChanges()).extracting(FieldChange::field)
			.containsExactly("opportunity.estimatedAmount", "opportunity.expectedSigningDate",
					"opportunity.expenseBudget");
	}

	@Test
	void approvalOfADealAlreadyPastMilestoneTwoDoesNotMoveIt() {
		ApprovalRequest request = this.world.draftAt(Milestone.DEEP_CONTACT);
		request.submit(null, TODAY, REP, T0);

		Decision decision = request.approve(null, null, 25, MANAGER, LATER);

		assertThat(decision.move()).isNull();
		assertThat(request.getOpportunity().getMilestone()).isEqualTo(Milestone.DEEP_CONTACT);
		assertThat(request.getOpportunity().hasExpenseBudget()).isTrue();
	}

	@Test
	void approvalIsRefusedAndChangesNothingWhenTheDealNoLongerMeetsMilestoneTwo() {
		ApprovalRequest request = this.world.submitted();

		assertThatExceptionOfType(GateClosed.class)
			.isThrownBy(() -> request.approve(null, Approvals.visitMissing(), 25, MANAGER, LATER));

		assertThat(request.getStatus()).isEqualTo(ApprovalStatus.SUBMITTED);
		assertThat(request.getOpportunity().isApprovalLocked()).isTrue();
		assertThat(request.getOpportunity().getMilestone()).isEqualTo(Milestone.CALL_AND_VISIT);
		assertThat(request.getOpportunity().hasExpenseBudget()).isFalse();
	}

	@Test
	void nobodyDecidesTheirOwnRequest() {
		ApprovalRequest request = this.world.submitted();

		assertThatExceptionOfType(ApprovalRequest.OwnRequest.class)
			.isThrownBy(() -> request.approve(null, openGate(Milestone.CALL_AND_VISIT), 25, REP, LATER));
		assertThatExceptionOfType(ApprovalRequest.OwnRequest.class).isThrownBy(() -> request.reject("不批", REP, LATER));
		assertThat(request.getStatus()).isEqualTo(ApprovalStatus.SUBMITTED);
	}

	@Test
	void rejectingOrReturningNeedsAComment() {
		ApprovalRequest request = this.world.submitted();

		assertThatExceptionOfType(ChangeRejected.class).isThrownBy(() -> request.reject("  ", MANAGER, LATER))
			.satisfies((ex) -> assertThat(ex.violations()).extracting(Violation::messageKey)
				.containsExactly("approval.error.commentRequired"));
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> request.returnForRevision(null, MANAGER, LATER));
		assertThat(request.getStatus()).isEqualTo(ApprovalStatus.SUBMITTED);
		assertThat(request.getOpportunity().isApprovalLocked()).isTrue();
	}

	@Test
	void aRejectedRequestUnlocksTheDealWhichStaysWhereItIs() {
		ApprovalRequest request = this.world.submitted();

		ApprovalTransition step = request.reject("客户预算未落实", MANAGER, LATER);

		assertThat(request.getStatus()).isEqualTo(ApprovalStatus.REJECTED);
		assertThat(step.getComment()).isEqualTo("客户预算未落实");
		assertThat(request.getLastComment()).isEqualTo("客户预算未落实");
		assertThat(request.getOpportunity().isApprovalLocked()).isFalse();
		assertThat(request.getOpportunity().getMilestone()).isEqualTo(Milestone.CALL_AND_VISIT);
	}

	@Test
	void aReturnedRequestIsRevisedAndSubmittedAgainInASecondRound() {
		ApprovalRequest request = this.world.submitted();
		request.returnForRevision("请补充竞争对手报价", MANAGER, LATER);
		assertThat(request.getOpportunity().isApprovalLocked()).isFalse();

		request.edit(Approvals.complete(), REP);
		ApprovalTransition again = request.submit(openGate(Milestone.CALL_AND_VISIT), TODAY, REP,
				LATER.plusSeconds(60));

		assertThat(again.getFromStatus()).isEqualTo(ApprovalStatus.RETURNED);
		assertThat(again.getRound()).isEqualTo(2);
		assertThat(request.getRound()).isEqualTo(2);
		assertThat(request.getOpportunity().isApprovalLocked()).isTrue();
	}

	@Test
	void aSecondDecisionIsRefusedSayingWhoDecidedHow() {
		ApprovalRequest request = this.world.submitted();
		request.approve("同意", openGate(Milestone.CALL_AND_VISIT), 25, MANAGER, LATER);

		assertThatExceptionOfType(ApprovalConflict.class).isThrownBy(() -> request.reject("不同意", ADMIN, LATER))
			.satisfies((conflict) -> {
				assertThat(conflict.status()).isEqualTo(ApprovalStatus.APPROVED);
				assertThat(conflict.lastActorName()).isEqualTo("李经理");
				assertThat(conflict.lastActedAt()).isEqualTo(LATER);
				assertThat(conflict.lastComment()).isEqualTo("同意");
			});
		assertThat(request.getStatus()).isEqualTo(ApprovalStatus.APPROVED);
	}

	@Test
	void withdrawingASubmittedRequestUnlocksTheDeal() {
		ApprovalRequest request = this.world.submitted();

		ApprovalTransition step = request.withdraw("客户暂缓", false, REP, LATER);

		assertThat(step.getFromStatus()).isEqualTo(ApprovalStatus.SUBMITTED);
		assertThat(request.getStatus()).isEqualTo(ApprovalStatus.WITHDRAWN);
		assertThat(request.getOpportunity().isApprovalLocked()).isFalse();
	}

	@Test
	void anAdminMayWithdrawSomeoneElsesRequest() {
		ApprovalRequest request = this.world.submitted();

		request.withdraw("申请人已离职", true, ADMIN, LATER);

		assertThat(request.getStatus()).isEqualTo(ApprovalStatus.WITHDRAWN);
		assertThat(request.getLastActorName()).isEqualTo("系统管理员");
	}

	/**
	 * Every action from every status: allowed, or refused as a conflict with nothing
	 * changed.
	 */
	@ParameterizedTest(name = "{0} from {1}")
	@MethodSource("transitionTable")
	void theTransitionTableIsEnforced(String action, ApprovalStatus from, Set<ApprovalStatus> allowedFrom,
			ApprovalStatus to) {
		ApprovalRequest request = requestIn(from);
		Consumer<ApprovalRequest> act = actionOf(action);
		if (allowedFrom.contains(from)) {
			act.accept(request);
			assertThat(request.getStatus()).isEqualTo(to);
			assertThat(request.getOpportunity().isApprovalLocked()).isEqualTo(to == ApprovalStatus.SUBMITTED);
		}
		else {
			boolean locked = request.getOpportunity().isApprovalLocked();
			assertThatExceptionOfType(ApprovalConflict.class).isThrownBy(() -> act.accept(request))
				.satisfies((conflict) -> assertThat(conflict.status()).isEqualTo(from));
			assertThat(request.getStatus()).isEqualTo(from);
			assertThat(request.getOpportunity().isApprovalLocked()).isEqualTo(locked);
		}
	}

	static Stream<Arguments> transitionTable() {
		Set<ApprovalStatus> editable = EnumSet.of(ApprovalStatus.DRAFT, ApprovalStatus.RETURNED);
		Set<ApprovalStatus> submitted = EnumSet.of(ApprovalStatus.SUBMITTED);
		Set<ApprovalStatus> open = EnumSet.of(ApprovalStatus.DRAFT, ApprovalStatus.RETURNED, ApprovalStatus.SUBMITTED);
		return Stream.of(ApprovalStatus.values())
			.flatMap((from) -> Stream.of(Arguments.of("submit", from, editable, ApprovalStatus.SUBMITTED),
					Arguments.of("approve", from, submitted, ApprovalStatus.APPROVED),
					Arguments.of("reject", from, submitted, ApprovalStatus.REJECTED),
					Arguments.of("return", from, submitted, ApprovalStatus.RETURNED),
					Arguments.of("withdraw", from, open, ApprovalStatus.WITHDRAWN),
					Arguments.of("edit", from, editable, from)));
	}

	private static Consumer<ApprovalRequest> actionOf(String action) {
		return switch (action) {
			case "submit" -> (request) -> request.submit(openGate(Milestone.CALL_AND_VISIT), TODAY, REP, LATER);
			case "approve" ->
				(request) -> request.approve(null, openGate(Milestone.CALL_AND_VISIT), 25, MANAGER, LATER);
			case "reject" -> (request) -> request.reject("不批", MANAGER, LATER);
			case "return" -> (request) -> request.returnForRevision("请修改", MANAGER, LATER);
			case "withdraw" -> (request) -> request.withdraw(null, false, REP, LATER);
			case "edit" -> (request) -> request.edit(Approvals.complete(), REP);
			default -> throw new IllegalArgumentException(action);
		};
	}

	private ApprovalRequest requestIn(ApprovalStatus status) {
		ApprovalRequest request = new Approvals().draftAt(Milestone.CALL_AND_VISIT);
		switch (status) {
			case DRAFT -> {
			}
			case SUBMITTED -> request.submit(openGate(Milestone.CALL_AND_VISIT), TODAY, REP, T0);
			case APPROVED -> {
				request.submit(openGate(Milestone.CALL_AND_VISIT), TODAY, REP, T0);
				request.approve(null, openGate(Milestone.CALL_AND_VISIT), 25, MANAGER, T0);
			}
			case REJECTED -> {
				request.submit(openGate(Milestone.CALL_AND_VISIT), TODAY, REP, T0);
				request.reject("不批", MANAGER, T0);
			}
			case RETURNED -> {
				request.submit(openGate(Milestone.CALL_AND_VISIT), TODAY, REP, T0);
				request.returnForRevision("请修改", MANAGER, T0);
			}
			case WITHDRAWN -> request.withdraw(null, false, REP, T0);
		}
		return request;
	}

	@ParameterizedTest
	@EnumSource(ApprovalStatus.class)
	void onlyRejectedAndWithdrawnRequestsLeaveRoomForANewOne(ApprovalStatus status) {
		assertThat(status.isLive()).isEqualTo(status != ApprovalStatus.REJECTED && status != ApprovalStatus.WITHDRAWN);
	}

	@Test
	void requestNumbersCarryTheYearAndAFourDigitSequence() {
		assertThat(ApprovalRequest.numberOf(2026, 42)).isEqualTo("LX-2026-0042");
		assertThat(ApprovalRequest.numberOf(2026, 12345)).isEqualTo("LX-2026-12345");
	}

}
