package com.kacrm.domain.opportunity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.kacrm.domain.history.FieldChange;
import com.kacrm.domain.playbook.Milestone;
import com.kacrm.domain.shared.ChangeRejected;
import org.junit.jupiter.api.Test;

import static com.kacrm.domain.opportunity.Deals.REP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The figures of won and lost deals the win/loss and key-account reports read: a lost
 * deal has a reason by category (required) and, when known, the competitor it went to; a
 * won deal's profit may be negative but never above the contract amount; reopening a lost
 * deal clears what its loss said.
 */
class DealLossReasonTests {

	static final Instant LATER = Instant.parse("2025-09-01T02:00:00Z");

	static final LocalDate TODAY = LocalDate.of(2025, 9, 1);

	final Deals deals = new Deals();

	@Test
	void markingADealLostWithoutACategoryIsRefusedAndChangesNothing() {
		Opportunity deal = this.deals.dealAt(Milestone.DEEP_CONTACT);
		assertThatExceptionOfType(ChangeRejected.class).isThrownBy(() -> deal.markLost(null, 7L, "价格太高", REP, LATER))
			.satisfies((ex) -> assertThat(ex.violations()).extracting((v) -> v.field() + ":" + v.messageKey())
				.containsExactly("lossReason:form.required"));
		assertThat(deal.getStatus()).isEqualTo(OpportunityStatus.OPEN);
		assertThat(deal.getLossReason()).isNull();
		assertThat(deal.getLostToCompetitorId()).isNull();
		assertThat(deal.getClosedAt()).isNull();
	}

	@Test
	void aLostDealKeepsItsCategoryCompetitorAndWhenItClosed() {
		Opportunity deal = this.deals.dealAt(Milestone.SOLUTION_AND_TENDER);
		MilestoneMove move = deal.markLost(LossReason.COMPETITOR, 7L, "对手报价低 20%", REP, LATER);
		assertThat(move.getToStatus()).isEqualTo(OpportunityStatus.LOST);
		assertThat(deal.getStatus()).isEqualTo(OpportunityStatus.LOST);
		assertThat(deal.getLossReason()).isEqualTo(LossReason.COMPETITOR);
		assertThat(deal.getLostToCompetitorId()).isEqualTo(7L);
		assertThat(deal.getStatusReason()).isEqualTo("对手报价低 20%");
		assertThat(deal.getClosedAt()).isEqualTo(LATER);
	}

	@Test
	void theOldWayOfMarkingLostFilesTheLossUnderOther() {
		Opportunity deal = this.deals.dealAt(Milestone.CALL_AND_VISIT);
		deal.markLost("项目取消", REP, LATER);
		assertThat(deal.getLossReason()).isEqualTo(LossReason.OTHER);
		assertThat(deal.getLostToCompetitorId()).isNull();
	}

	@Test
	void reopeningALostDealClearsItsCategoryCompetitorAndClosingTime() {
		Opportunity deal = this.deals.dealAt(Milestone.DEEP_CONTACT);
		deal.markLost(LossReason.PRICE, 9L, "价格", REP, LATER);
		deal.reopen("客户重新招标", REP, LATER.plusSeconds(3600));
		assertThat(deal.getStatus()).isEqualTo(OpportunityStatus.OPEN);
		assertThat(deal.getLossReason()).isNull();
		assertThat(deal.getLostToCompetitorId()).isNull();
		assertThat(deal.getClosedAt()).isNull();
	}

	@Test
	void aWonDealClosesWhenItReachesContractSigned() {
		Opportunity deal = this.deals.dealAt(Milestone.CONTRACT_SIGNED);
		assertThat(deal.getStatus()).isEqualTo(OpportunityStatus.WON);
		assertThat(deal.getClosedAt()).isNotNull();
		assertThat(deal.getLossReason()).isNull();
	}

	@Test
	void aProfitAboveTheContractAmountIsRefusedAndNothingIsRecorded() {
		Opportunity won = this.deals.dealAt(Milestone.CONTRACT_SIGNED);
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> won.recordContract(new BigDecimal("100"), new BigDecimal("100.01"), TODAY, TODAY))
			.satisfies((ex) -> assertThat(ex.violations()).extracting((v) -> v.field() + ":" + v.messageKey())
				.containsExactly("profit:opportunity.contract.profitAboveAmount"));
		assertThat(won.hasContract()).isFalse();
		assertThat(won.getProfit()).isNull();
	}

	@Test
	void aNegativeProfitOrOneEqualToTheAmountIsRecordedWithItsHistory() {
		Opportunity won = this.deals.dealAt(Milestone.CONTRACT_SIGNED);
		List<FieldChange> changes = won.recordContract(new BigDecimal("80"), new BigDecimal("-12.5"), TODAY, TODAY);
		assertThat(won.getProfit()).isEqualByComparingTo("-12.5");
		assertThat(changes).extracting(FieldChange::field)
			.containsExactly("opportunity.contractAmount", "opportunity.contractSignedOn", "opportunity.profit");

		won.recordContract(new BigDecimal("80"), new BigDecimal("80"), TODAY, TODAY);
		assertThat(won.getProfit()).isEqualByComparingTo("80");
	}

	@Test
	void theProfitMayStayUnknown() {
		Opportunity won = this.deals.dealAt(Milestone.CONTRACT_SIGNED);
		won.recordContract(new BigDecimal("50"), null, TODAY, TODAY);
		assertThat(won.getProfit()).isNull();
		assertThat(won.getContractAmount()).isEqualByComparingTo("50");
	}

}
