package com.kacrm.domain.reference;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class AssignedTierTests {

	@Test
	void aRecordWithoutTierTakesTheTierAndTheVersionThatAssignedIt() {
		AssignedTier assigned = AssignedTier.NONE.retier(Tier.B, 3);
		assertThat(assigned).isEqualTo(new AssignedTier(Tier.B, 3, false));
	}

	@Test
	void aTierSetByHandIsNeverOverriddenByCriteria() {
		AssignedTier byHand = new AssignedTier(Tier.A, null, true);
		assertThatIllegalStateException().isThrownBy(() -> byHand.retier(Tier.C, 4));
	}

}
