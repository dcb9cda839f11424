package com.kacrm.domain.opportunity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.kacrm.domain.history.FieldChange;
import com.kacrm.domain.organisation.Region;
import com.kacrm.domain.organisation.Role;
import com.kacrm.domain.organisation.Team;
import com.kacrm.domain.organisation.User;
import com.kacrm.domain.playbook.ChecklistItem;
import com.kacrm.domain.playbook.ChecklistItemContent;
import com.kacrm.domain.playbook.AutomaticRule;
import com.kacrm.domain.playbook.Milestone;
import com.kacrm.domain.playbook.MilestoneDefinition;
import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.domain.shared.LocalizedName;
import org.junit.jupiter.api.Test;

import static com.kacrm.domain.opportunity.Deals.REP;
import static com.kacrm.domain.opportunity.Deals.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A deal's own fields, probability, owner, contract, payments, team and checklist ticks.
 */
class OpportunityFieldsTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

	final Deals deals = new Deals();

	@Test
	void editingRecordsEachChangedFieldAndNothingElse() {
		Opportunity deal = this.deals.deal();
		List<FieldChange> changes = deal.edit(new OpportunityDetails(" 散热器替换项目 ", "高效散热器", new BigDecimal("150.5"),
				LocalDate.of(2027, 3, 31), "安排技术交流", LocalDate.of(2026, 12, 5)));
		assertThat(changes).extracting(FieldChange::field)
			.containsExactly("opportunity.estimatedAmount", "opportunity.expectedSigningDate", "opportunity.nextStep",
					"opportunity.nextStepDate");
		assertThat(changes.get(0).oldValue()).isEqualTo("120");
		assertThat(changes.get(0).newValue()).isEqualTo("150.5");
		assertThat(deal.getNextStep()).isEqualTo("安排技术交流");
	}

	@Test
	void badDetailsAreRefusedFieldByFieldAndChangeNothing() {
		Opportunity deal = this.deals.deal();
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> deal.edit(new OpportunityDetails(" ", "方".repeat(2001), new BigDecimal("-1"), null, null,
					LocalDate.of(2026, 12, 1))))
			.satisfies((ex) -> assertThat(ex.violations()).extracting((v) -> v.field() + ":" + v.messageKey())
				.containsExactly("name:opportunity.error.nameRequired", "solution:form.tooLong",
						"estimatedAmount:lead.error.notNegative", "nextStep:opportunity.error.nextStepWithoutText"));
		assertThat(deal.getName()).isEqualTo("散热器替换项目");
		assertThat(deal.getEstimatedAmount()).isEqualByComparingTo("120");
	}

	@Test
	void theWeightedAmountIsTheAmountTimesTheProbability() {
		Opportunity deal = this.deals.dealAt(Milestone.DEEP_CONTACT);
		assertThat(deal.weightedAmount()).isEqualByComparingTo("48");
		Opportunity noAmount = new Opportunity(OpportunityDetails.named("无金额"), this.deals.account, null, 5, REP, T0);
		assertThat(noAmount.weightedAmount()).isNull();
	}

	@Test
	void theProbabilityIsSetByHandOnlyWithAReasonWithinZeroToHundred() {
		Opportunity deal = this.deals.deal();
		assertThatExceptionOfType(ChangeRejected.class).isThrownBy(() -> deal.overrideProbability(101, " "))
			.satisfies((ex) -> assertThat(ex.violations()).extracting((v) -> v.field() + ":" + v.messageKey())
				.containsExactly("probability:form.range", "probabilityReason:form.required"));
		assertThatExceptionOfType(ChangeRejected.class).isThrownBy(() -> deal.overrideProbability(null, "原因"));
		assertThat(deal.getProbability()).isEqualTo(5);

		List<FieldChange> changes = deal.overrideProbability(20, "客户高层已表态支持");
		assertThat(changes).extracting(FieldChange::field)
			.containsExactly("opportunity.probability", "opportunity.probabilityReason");
		assertThat(deal.getProbability()).isEqualTo(20);

		deal.resetProbability(5);
		assertThat(deal.getProbability()).isEqualTo(5);
		assertThat(deal.getProbabilityReason()).isNull();
	}

	@Test
	void theContractIsRecordedOnAWonDealWithAPositiveAmountAndAPastDate() {
		Opportunity open = this.deals.dealAt(Milestone.NEGOTIATION);
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> open.recordContract(new BigDecimal("100"), TODAY, TODAY))
			.satisfies(
					(ex) -> assertThat(ex.violations().get(0).messageKey()).isEqualTo("opportunity.contract.notWon"));

		Opportunity won = this.deals.dealAt(Milestone.CONTRACT_SIGNED);
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> won.recordContract(BigDecimal.ZERO, TODAY.plusDays(1), TODAY))
			.satisfies((ex) -> assertThat(ex.violations()).extracting((v) -> v.field() + ":" + v.messageKey())
				.containsExactly("contractAmount:opportunity.contract.amountPositive",
						"contractSignedOn:opportunity.contract.signedInFuture"));
		assertThat(won.hasContract()).isFalse();

		won.recordContract(new BigDecimal("118.5"), TODAY, TODAY);
		assertThat(won.hasContract()).isTrue();
		assertThat(won.getContractAmount()).isEqualByComparingTo("118.5");
	}

	@Test
	void paymentsComeInAgainstARecordedContract() {
		Opportunity won = this.deals.dealAt(Milestone.CONTRACT_SIGNED);
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> new Payment(won, new BigDecimal("50"), TODAY, null, TODAY, REP, T0))
			.satisfies((ex) -> assertThat(ex.violations().get(0).messageKey())
				.isEqualTo("opportunity.payment.noContract"));
		won.recordContract(new BigDecimal("100"), TODAY, TODAY);
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> new Payment(won, new BigDecimal("-5"), TODAY.plusDays(3), null, TODAY, REP, T0))
			.satisfies((ex) -> assertThat(ex.violations()).extracting((v) -> v.messageKey())
				.containsExactly("opportunity.payment.amountPositive", "opportunity.payment.inFuture"));
		Payment payment = new Payment(won, new BigDecimal("50"), TODAY, " 首付款 ", TODAY, REP, T0);
		assertThat(payment.getNote()).isEqualTo("首付款");
	}

	@Test
	void theOwnerAndTeamMembersAreRepsOrManagersOfTheDealsTeam() {
		Opportunity deal = this.deals.deal();
		Team east = new Team("SH", new LocalizedName("华东", "East China"),
				new Region("SH", new LocalizedName("上海", "Shanghai")));
		User wang = new User("rep.wang", "王强", "{noop}x", Role.REP, east, T0);
		User li = new User("rep.li", "李娜", "{noop}x", Role.REP, this.deals.south, T0);
		assertThatExceptionOfType(ChangeRejected.class).isThrownBy(() -> deal.assignOwner(wang))
			.satisfies((ex) -> assertThat(ex.violations().get(0).messageKey())
				.isEqualTo("opportunity.error.ownerOutsideTeam"));
		assertThat(deal.assignOwner(li)).singleElement().satisfies((change) -> {
			assertThat(change.oldValue()).isEqualTo("张伟");
			assertThat(change.newValue()).isEqualTo("李娜");
		});
		assertThatExceptionOfType(ChangeRejected.class).isThrownBy(() -> new TeamMember(deal, wang, null, T0))
			.satisfies(
					(ex) -> assertThat(ex.violations().get(0).messageKey()).isEqualTo("opportunity.team.outsideTeam"));
		assertThat(new TeamMember(deal, li, "技术支持", T0).getResponsibility()).isEqualTo("技术支持");
	}

	@Test
	void aDealFollowsItsAccountToAnotherTeamAndAnOwnerOutsideItHandsItOver() {
		Opportunity deal = this.deals.deal();
		Team east = new Team("SH", new LocalizedName("华东", "East China"),
				new Region("SH", new LocalizedName("上海", "Shanghai")));
		User wang = new User("rep.wang", "王强", "{noop}x", Role.REP, east, T0);
		List<FieldChange> changes = deal.followAccount(east, wang);
		assertThat(deal.getTeam()).isSameAs(east);
		assertThat(deal.getOwner()).isSameAs(wang);
		assertThat(changes).extracting(FieldChange::field).containsExactly("opportunity.team", "opportunity.owner");
	}

	@Test
	void onlyActiveManualItemsOfTheCurrentMilestoneAreTickedAndOnlyWithEvidence() {
		Opportunity deal = this.deals.dealAt(Milestone.CALL_AND_VISIT);
		Deals.CallAndVisit checklist = new Deals.CallAndVisit();
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> new ChecklistTick(deal, checklist.visit, "拜访过", null, REP, T0))
			.satisfies((ex) -> assertThat(ex.violations().get(0).messageKey()).isEqualTo("opportunity.tick.automatic"));
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> new ChecklistTick(deal, checklist.introduce, "  ", null, REP, T0))
			.satisfies((ex) -> assertThat(ex.violations().get(0).messageKey())
				.isEqualTo("opportunity.tick.evidenceRequired"));
		MilestoneDefinition planning = Deals.definition(Milestone.PLANNING);
		ChecklistItem earlier = planning.addItem(ChecklistItemContent.manual("选定目标行业", null, true));
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> new ChecklistTick(deal, earlier, "已选定", null, REP, T0))
			.satisfies(
					(ex) -> assertThat(ex.violations().get(0).messageKey()).isEqualTo("opportunity.tick.notCurrent"));
		checklist.definition.retireItem(checklist.agreement);
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> new ChecklistTick(deal, checklist.agreement, "已达成", null, REP, T0));

		ChecklistTick byNote = new ChecklistTick(deal, checklist.introduce, " 已电话自我介绍 ", null, REP, T0);
		assertThat(byNote.getEvidenceNote()).isEqualTo("已电话自我介绍");
		ChecklistTick byVisit = new ChecklistTick(deal, checklist.benefit, null, 42L, REP, T0);
		assertThat(byVisit.getActivityId()).isEqualTo(42L);
		assertThat(AutomaticRule.values()).contains(AutomaticRule.CONTACT_IDENTIFIED);
	}

	@Test
	void theNewDealTakesTheFirstMilestonesProbability() {
		Opportunity deal = new Opportunity(OpportunityDetails.named("新项目"), this.deals.account, null, 5, REP,
				Instant.parse("2026-01-01T00:00:00Z"));
		assertThat(deal.getProbability()).isEqualTo(5);
		assertThat(deal.getStatus()).isEqualTo(OpportunityStatus.OPEN);
		assertThat(deal.getMilestoneEnteredAt()).isEqualTo(deal.getCreatedAt());
	}

}
