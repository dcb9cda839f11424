package com.kacrm.domain.playbook;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MilestoneTests {

	@Test
	void theEightMilestonesComeInTheManualsOrder() {
		assertThat(Milestone.values()).containsExactly(Milestone.PLANNING, Milestone.CALL_AND_VISIT,
				Milestone.PROJECT_APPROVAL, Milestone.DEEP_CONTACT, Milestone.SOLUTION_AND_TENDER,
				Milestone.NEGOTIATION, Milestone.CONTRACT_SIGNED, Milestone.DELIVERY_AND_PAYMENT);
	}

	@Test
	void positionsRunFromOneToEight() {
		assertThat(Milestone.PLANNING.position()).isEqualTo(1);
		assertThat(Milestone.PROJECT_APPROVAL.position()).isEqualTo(3);
		assertThat(Milestone.DELIVERY_AND_PAYMENT.position()).isEqualTo(8);
		for (Milestone milestone : Milestone.values()) {
			assertThat(Milestone.at(milestone.position())).isEqualTo(milestone);
		}
	}

	@Test
	void aDealMovesOneMilestoneAtATime() {
		assertThat(Milestone.CALL_AND_VISIT.next()).contains(Milestone.PROJECT_APPROVAL);
		assertThat(Milestone.CALL_AND_VISIT.previous()).contains(Milestone.PLANNING);
		assertThat(Milestone.PLANNING.previous()).isEmpty();
		assertThat(Milestone.DELIVERY_AND_PAYMENT.next()).isEmpty();
		assertThat(Milestone.PLANNING.isFirst()).isTrue();
		assertThat(Milestone.DELIVERY_AND_PAYMENT.isLast()).isTrue();
		assertThat(Milestone.NEGOTIATION.isAfter(Milestone.DEEP_CONTACT)).isTrue();
		assertThat(Milestone.DEEP_CONTACT.isAfter(Milestone.NEGOTIATION)).isFalse();
	}

	@Test
	void thereIsNoMilestoneZeroOrNine() {
		assertThatIllegalArgumentException().isThrownBy(() -> Milestone.at(0));
		assertThatIllegalArgumentException().isThrownBy(() -> Milestone.at(9));
	}

}
