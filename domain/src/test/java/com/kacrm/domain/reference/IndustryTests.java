package com.kacrm.domain.reference;

import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.domain.shared.LocalizedName;
import com.kacrm.domain.shared.Violation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class IndustryTests {

	private static final LocalizedName NAME = new LocalizedName("汽车配件", "Auto parts");

	@Test
	void aNewIndustryIsActiveWithItsClassAndStrategy() {
		Industry industry = new Industry("AUTO_PARTS", NAME, StrategyClass.MAINSTREAM,
				StrategyClass.MAINSTREAM.manualStrategy(), 10);
		assertThat(industry.isActive()).isTrue();
		assertThat(industry.getStrategyClass()).isEqualTo(StrategyClass.MAINSTREAM);
		assertThat(industry.getStrategy().zh()).isEqualTo("重点进攻、大力发展");
	}

	@Test
	void reclassifyingAnIndustryWithTheManualsTextTakesTheNewClasssText() {
		Industry industry = new Industry("RAILWAY", NAME, StrategyClass.SECONDARY,
				StrategyClass.SECONDARY.manualStrategy(), 40);
		industry.update(NAME, StrategyClass.MAINSTREAM, StrategyClass.SECONDARY.manualStrategy(), 40);
		assertThat(industry.getStrategy()).isEqualTo(StrategyClass.MAINSTREAM.manualStrategy());
	}

	@Test
	void reclassifyingAnIndustryKeepsAnAdminsOwnWording() {
		Industry industry = new Industry("RAILWAY", NAME, StrategyClass.SECONDARY,
				StrategyClass.SECONDARY.manualStrategy(), 40);
		StrategyText own = new StrategyText("只做高铁项目", null);
		industry.update(NAME, StrategyClass.MAINSTREAM, own, 40);
		assertThat(industry.getStrategy()).isEqualTo(own);
	}

	@Test
	void codesAreUpperCaseLettersDigitsAndUnderscoreOfTwoTo32Characters() {
		for (String bad : new String[] { "auto", "A", "AUTO-PARTS", "汽车", "A".repeat(33), "", " AB" }) {
			assertThatExceptionOfType(ChangeRejected.class)
				.isThrownBy(() -> new Industry(bad, NAME, StrategyClass.MAINSTREAM,
						StrategyClass.MAINSTREAM.manualStrategy(), 10))
				.satisfies((ex) -> assertThat(ex.violations()).extracting(Violation::field).containsExactly("code"));
		}
		assertThat(new Industry("A2_" + "B".repeat(29), NAME, StrategyClass.SECONDARY,
				StrategyClass.SECONDARY.manualStrategy(), 0)
			.getCode()).hasSize(32);
	}

	@Test
	void everyBrokenRuleOfANewIndustryIsReportedAtOnce() {
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> new Industry("bad", NAME, null, StrategyClass.MAINSTREAM.manualStrategy(), -1))
			.satisfies((ex) -> assertThat(ex.violations()).extracting(Violation::field)
				.containsExactlyInAnyOrder("code", "strategyClass", "sortOrder"));
	}

	@Test
	void updateChangesNameClassStrategyAndOrder() {
		Industry industry = new Industry("CHAINS", new LocalizedName("链条", "Chains"), StrategyClass.NON_MAINSTREAM,
				StrategyClass.NON_MAINSTREAM.manualStrategy(), 120);
		industry.update(new LocalizedName("链条传动", null), StrategyClass.SECONDARY,
				new StrategyText("华东重点开发", "Develop in the east"), 45);
		assertThat(industry.getName().zh()).isEqualTo("链条传动");
		assertThat(industry.getStrategyClass()).isEqualTo(StrategyClass.SECONDARY);
		assertThat(industry.getStrategy()).isEqualTo(new StrategyText("华东重点开发", "Develop in the east"));
		assertThat(industry.getSortOrder()).isEqualTo(45);
		assertThat(industry.getCode()).isEqualTo("CHAINS");
	}

	@Test
	void aRejectedUpdateChangesNothing() {
		Industry industry = new Industry("CHAINS", new LocalizedName("链条", "Chains"), StrategyClass.NON_MAINSTREAM,
				StrategyClass.NON_MAINSTREAM.manualStrategy(), 120);
		assertThatExceptionOfType(ChangeRejected.class).isThrownBy(() -> industry.update(new LocalizedName("别的", null),
				null, StrategyClass.MAINSTREAM.manualStrategy(), 100_000));
		assertThat(industry.getName().zh()).isEqualTo("链条");
		assertThat(industry.getStrategyClass()).isEqualTo(StrategyClass.NON_MAINSTREAM);
		assertThat(industry.getSortOrder()).isEqualTo(120);
	}

	@Test
	void anIndustryIsDeactivatedAndActivatedAgainNeverDeleted() {
		Industry industry = new Industry("FURNITURE", new LocalizedName("家具", "Furniture"),
				StrategyClass.NON_MAINSTREAM, StrategyClass.NON_MAINSTREAM.manualStrategy(), 110);
		industry.deactivate();
		assertThat(industry.isActive()).isFalse();
		industry.activate();
		assertThat(industry.isActive()).isTrue();
	}

}
