package com.kacrm.domain.opportunity;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import com.kacrm.domain.playbook.ChecklistItem;
import com.kacrm.domain.playbook.Milestone;
import com.kacrm.domain.shared.ChangeRejected;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static com.kacrm.domain.opportunity.Deals.MANAGER;
import static com.kacrm.domain.opportunity.Deals.REP;
import static com.kacrm.domain.opportunity.Deals.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The milestone state machine: every move a deal may or may not make. */
class MilestoneMoveTests {

	static final Instant LATER = T0.plusSeconds(30 * 86_400);

	final Deals deals = new Deals();

	@ParameterizedTest
	@EnumSource(value = Milestone.class, names = "DELIVERY_AND_PAYMENT", mode = EnumSource.Mode.EXCLUDE)
	void anOpenGateMovesTheDealOneMilestoneOnWithTheNextDefaultProbability(Milestone from) {
		Opportunity deal = this.deals.dealAt(from);
		Milestone next = from.next().orElseThrow();
		long entered = deal.getMilestoneEnteredAt().getEpochSecond();

		MilestoneMove move = deal.move(next, null, false, Deals.openGate(from), Deals.probabilityOf(next), REP, LATER);

		assertThat(deal.getMilestone()).isEqualTo(next);
		assertThat(deal.getProbability()).isEqualTo(Deals.probabilityOf(next));
		assertThat(deal.getMilestoneEnteredAt()).isEqualTo(LATER).isAfter(Instant.ofEpochSecond(entered));
		assertThat(move.getKind()).isEqualTo(MoveKind.FORWARD);
		assertThat(move.getFromMilestone()).isEqualTo(from);
		assertThat(move.getToMilestone()).isEqualTo(next);
		assertThat(move.getMovedByName()).isEqualTo("张伟");
		assertThat(move.getMovedAt()).isEqualTo(LATER);
		assertThat(move.getReason()).isNull();
	}

	@ParameterizedTest
	@EnumSource(Milestone.class)
	void reachingContractSignedWinsTheDealAndOnlyMilestonesSevenAndEightAreWon(Milestone milestone) {
		Opportunity deal = this.deals.dealAt(milestone);
		boolean won = milestone.position() >= 7;
		assertThat(deal.getStatus()).isEqualTo(won ? OpportunityStatus.WON : OpportunityStatus.OPEN);
	}

	@Test
	void aDealMovesForwardOneMilestoneAtATime() {
		Opportunity deal = this.deals.deal();
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> deal.move(Milestone.PROJECT_APPROVAL, "跳过", true, Deals.openGate(Milestone.PLANNING), 25,
					MANAGER, LATER))
			.satisfies((ex) -> assertThat(ex.violations()).singleElement()
				.satisfies((v) -> assertThat(v.messageKey()).isEqualTo("opportunity.move.oneStep")));
		assertThat(deal.getMilestone()).isEqualTo(Milestone.PLANNING);
	}

	@Test
	void aMoveToTheCurrentMilestoneIsRefused() {
		Opportunity deal = this.deals.deal();
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> deal.move(Milestone.PLANNING, "x", false, null, 5, REP, LATER))
			.satisfies((ex) -> assertThat(ex.violations().get(0).messageKey()).isEqualTo("opportunity.move.same"));
	}

	@Test
	void aClosedGateRefusesTheMoveNamingExactlyTheMissingMandatoryItemsAndChangesNothing() {
		Opportunity deal = this.deals.dealAt(Milestone.CALL_AND_VISIT);
		Deals.CallAndVisit checklist = new Deals.CallAndVisit();
		Set<ChecklistItem> ticked = new HashSet<>(checklist.manualMandatory());
		long version = deal.getVersion();
		Instant entered = deal.getMilestoneEnteredAt();

		assertThatExceptionOfType(GateClosed.class)
			.isThrownBy(() -> deal.move(Milestone.PROJECT_APPROVAL, null, false,
					checklist.state(ticked, Deals.visitsAndContacts(0, 0)), 25, REP, LATER))
			.satisfies((ex) -> {
				assertThat(ex.milestone()).isEqualTo(Milestone.CALL_AND_VISIT);
				assertThat(ex.unmet()).containsExactly(checklist.visit, checklist.contact);
			});
		assertThat(deal.getMilestone()).isEqualTo(Milestone.CALL_AND_VISIT);
		assertThat(deal.getMilestoneEnteredAt()).isEqualTo(entered);
		assertThat(deal.getProbability()).isEqualTo(10);
		assertThat(deal.getVersion()).isEqualTo(version);
	}

	@Test
	void withAVisitLoggedAndAContactIdentifiedTheSameGateOpens() {
		Opportunity deal = this.deals.dealAt(Milestone.CALL_AND_VISIT);
		Deals.CallAndVisit checklist = new Deals.CallAndVisit();
		ChecklistState gate = checklist.state(new HashSet<>(checklist.manualMandatory()),
				Deals.visitsAndContacts(1, 1));

		MilestoneMove move = deal.move(Milestone.PROJECT_APPROVAL, null, false, gate, 25, REP, LATER);

		assertThat(move.getKind()).isEqualTo(MoveKind.FORWARD);
		assertThat(deal.getMilestone()).isEqualTo(Milestone.PROJECT_APPROVAL);
	}

	@Test
	void aManagersOverridePassesAClosedGateOnlyWithAWrittenReason() {
		Opportunity deal = this.deals.dealAt(Milestone.CALL_AND_VISIT);
		Deals.CallAndVisit checklist = new Deals.CallAndVisit();
		ChecklistState gate = checklist.state(Set.of(), DealFacts.NONE);

		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> deal.move(Milestone.PROJECT_APPROVAL, "  ", true, gate, 25, MANAGER, LATER))
			.satisfies((ex) -> assertThat(ex.violations()).singleElement().satisfies((v) -> {
				assertThat(v.field()).isEqualTo("reason");
				assertThat(v.messageKey()).isEqualTo("opportunity.move.overrideReasonRequired");
			}));
		assertThat(deal.getMilestone()).isEqualTo(Milestone.CALL_AND_VISIT);

		MilestoneMove move = deal.move(Milestone.PROJECT_APPROVAL, " 客户总经理已口头确认立项 ", true, gate, 25, MANAGER, LATER);

		assertThat(move.getKind()).isEqualTo(MoveKind.OVERRIDE);
		assertThat(move.getReason()).isEqualTo("客户总经理已口头确认立项");
		assertThat(move.getMovedByName()).isEqualTo("李经理");
		assertThat(deal.getMilestone()).isEqualTo(Milestone.PROJECT_APPROVAL);
	}

	@Test
	void anOverrideOfAnOpenGateIsAnOrdinaryMove() {
		Opportunity deal = this.deals.deal();
		MilestoneMove move = deal.move(Milestone.CALL_AND_VISIT, null, true, Deals.openGate(Milestone.PLANNING), 10,
				MANAGER, LATER);
		assertThat(move.getKind()).isEqualTo(MoveKind.FORWARD);
	}

	@Test
	void aDealMovesBackToAnyEarlierMilestoneOnlyWithAReason() {
		Opportunity deal = this.deals.dealAt(Milestone.NEGOTIATION);
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> deal.move(Milestone.CALL_AND_VISIT, null, false, null, 10, REP, LATER))
			.satisfies((ex) -> assertThat(ex.violations().get(0).messageKey())
				.isEqualTo("opportunity.move.backReasonRequired"));

		MilestoneMove move = deal.move(Milestone.CALL_AND_VISIT, "经手人调岗，需重新找对人", false, null, 10, REP, LATER);

		assertThat(move.getKind()).isEqualTo(MoveKind.BACK);
		assertThat(move.getReason()).isEqualTo("经手人调岗，需重新找对人");
		assertThat(deal.getMilestone()).isEqualTo(Milestone.CALL_AND_VISIT);
		assertThat(deal.getProbability()).isEqualTo(10);
	}

	@Test
	void movingBackFromContractSignedReopensTheDealButFromDeliveryItStaysWon() {
		Opportunity signed = this.deals.dealAt(Milestone.CONTRACT_SIGNED);
		MilestoneMove back = signed.move(Milestone.NEGOTIATION, "合同被客户法务退回", false, null, 75, REP, LATER);
		assertThat(back.getFromStatus()).isEqualTo(OpportunityStatus.WON);
		assertThat(back.getToStatus()).isEqualTo(OpportunityStatus.OPEN);
		assertThat(signed.getStatus()).isEqualTo(OpportunityStatus.OPEN);

		Opportunity delivering = this.deals.dealAt(Milestone.DELIVERY_AND_PAYMENT);
		delivering.move(Milestone.CONTRACT_SIGNED, "交付计划重排", false, null, 100, REP, LATER);
		assertThat(delivering.getStatus()).isEqualTo(OpportunityStatus.WON);
	}

	@Test
	void aWonDealMovesOnToDeliveryThroughItsGate() {
		Opportunity deal = this.deals.dealAt(Milestone.CONTRACT_SIGNED);
		MilestoneMove move = deal.move(Milestone.DELIVERY_AND_PAYMENT, null, false,
				Deals.openGate(Milestone.CONTRACT_SIGNED), 100, REP, LATER);
		assertThat(move.getFromStatus()).isEqualTo(OpportunityStatus.WON);
		assertThat(move.getToStatus()).isEqualTo(OpportunityStatus.WON);
	}

	@ParameterizedTest
	@EnumSource(value = Milestone.class, names = { "CONTRACT_SIGNED", "DELIVERY_AND_PAYMENT" },
			mode = EnumSource.Mode.EXCLUDE)
	void anOpenDealIsLostOrHeldFromAnyMilestoneOnlyWithAReason(Milestone milestone) {
		Opportunity lost = this.deals.dealAt(milestone);
		assertThatExceptionOfType(ChangeRejected.class).isThrownBy(() -> lost.markLost(" ", REP, LATER))
			.satisfies((ex) -> assertThat(ex.violations().get(0).messageKey())
				.isEqualTo("opportunity.status.lostReasonRequired"));
		MilestoneMove move = lost.markLost("价格高于竞争对手 15%", REP, LATER);
		assertThat(move.getKind()).isEqualTo(MoveKind.LOST);
		assertThat(move.getFromMilestone()).isEqualTo(milestone);
		assertThat(move.getToMilestone()).isEqualTo(milestone);
		assertThat(lost.getStatus()).isEqualTo(OpportunityStatus.LOST);
		assertThat(lost.getStatusReason()).isEqualTo("价格高于竞争对手 15%");

		Opportunity held = this.deals.dealAt(milestone);
		assertThatExceptionOfType(ChangeRejected.class).isThrownBy(() -> held.putOnHold(null, REP, LATER));
		held.putOnHold("客户预算冻结到明年", REP, LATER);
		assertThat(held.getStatus()).isEqualTo(OpportunityStatus.ON_HOLD);
		assertThat(held.getMilestone()).isEqualTo(milestone);
	}

	@Test
	void aWonDealIsNeitherLostNorHeld() {
		Opportunity won = this.deals.dealAt(Milestone.CONTRACT_SIGNED);
		assertThatExceptionOfType(ChangeRejected.class).isThrownBy(() -> won.markLost("x", REP, LATER))
			.satisfies((ex) -> assertThat(ex.violations().get(0).messageKey()).isEqualTo("opportunity.status.notOpen"));
		assertThatExceptionOfType(ChangeRejected.class).isThrownBy(() -> won.putOnHold("x", REP, LATER));
	}

	@Test
	void aLostOrHeldDealDoesNotMoveUntilReopenedWithAReason() {
		Opportunity deal = this.deals.dealAt(Milestone.DEEP_CONTACT);
		deal.markLost("项目取消", REP, LATER);
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> deal.move(Milestone.SOLUTION_AND_TENDER, null, false,
					Deals.openGate(Milestone.DEEP_CONTACT), 55, REP, LATER))
			.satisfies((ex) -> assertThat(ex.violations().get(0).messageKey()).isEqualTo("opportunity.move.notOpen"));
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> deal.move(Milestone.PLANNING, "重来", false, null, 5, REP, LATER));
		assertThatExceptionOfType(ChangeRejected.class).isThrownBy(() -> deal.reopen("", REP, LATER));

		MilestoneMove reopened = deal.reopen("客户重启项目", REP, LATER.plusSeconds(60));

		assertThat(reopened.getKind()).isEqualTo(MoveKind.REOPEN);
		assertThat(reopened.getFromStatus()).isEqualTo(OpportunityStatus.LOST);
		assertThat(deal.getStatus()).isEqualTo(OpportunityStatus.OPEN);
		assertThat(deal.getStatusReason()).isNull();
		assertThat(deal.getMilestone()).isEqualTo(Milestone.DEEP_CONTACT);
		deal.move(Milestone.SOLUTION_AND_TENDER, null, false, Deals.openGate(Milestone.DEEP_CONTACT), 55, REP,
				LATER.plusSeconds(120));
		assertThat(deal.getMilestone()).isEqualTo(Milestone.SOLUTION_AND_TENDER);
	}

	@Test
	void onlyALostOrHeldDealIsReopened() {
		Opportunity deal = this.deals.deal();
		assertThatExceptionOfType(ChangeRejected.class).isThrownBy(() -> deal.reopen("x", REP, LATER))
			.satisfies(
					(ex) -> assertThat(ex.violations().get(0).messageKey()).isEqualTo("opportunity.status.notClosed"));
	}

	@Test
	void theGateOfAnotherMilestoneCannotDecideAMove() {
		Opportunity deal = this.deals.deal();
		org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
			.isThrownBy(() -> deal.move(Milestone.CALL_AND_VISIT, null, false, Deals.openGate(Milestone.CALL_AND_VISIT),
					10, REP, LATER));
	}

	@Test
	void aMoveResetsAProbabilitySetByHand() {
		Opportunity deal = this.deals.deal();
		deal.overrideProbability(30, "客户已明确预算");
		assertThat(deal.isProbabilityOverridden()).isTrue();
		deal.move(Milestone.CALL_AND_VISIT, null, false, Deals.openGate(Milestone.PLANNING), 10, REP, LATER);
		assertThat(deal.getProbability()).isEqualTo(10);
		assertThat(deal.isProbabilityOverridden()).isFalse();
	}

}
