package com.kacrm.domain.reference;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.kacrm.domain.shared.Actor;
import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.domain.shared.Violation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The tier rule with the manual's criteria (version 1): A = top 50 and revenue of at
 * least 50 000 万元, B = top 50, C = revenue of at least 5 000 万元, D = everyone else.
 */
class TierRuleTests {

	static List<TierCriterion> manual() {
		return new ArrayList<>(List.of(
				new TierCriterion(Tier.A, 50, amount(50000), null, CoverageMode.FIELD_VISIT, ManagementMode.ON_SITE,
						14),
				new TierCriterion(Tier.B, 50, null, null, CoverageMode.FIELD_VISIT, ManagementMode.FINE_GRAINED, 30),
				new TierCriterion(Tier.C, null, amount(5000), null, CoverageMode.PHONE, ManagementMode.BOOK_KEEPING,
						60),
				new TierCriterion(Tier.D, null, null, null, CoverageMode.PHONE, ManagementMode.BOOK_KEEPING, 90)));
	}

	static BigDecimal amount(long value) {
		return BigDecimal.valueOf(value);
	}

	final TierRule rule = TierRule.of(manual());

	Tier tierOf(Integer rank, Long revenue, Long purchase) {
		return this.rule
			.assess(new TierProfile(rank, (revenue != null) ? amount(revenue) : null,
					(purchase != null) ? amount(purchase) : null))
			.tier();
	}

	@Test
	void rankAtTheBoundAndRevenueAtTheThresholdIsTierA() {
		assertThat(tierOf(50, 50000L, null)).isEqualTo(Tier.A);
	}

	@Test
	void revenueOneBelowTheThresholdDropsAnIndustryLeaderToB() {
		assertThat(tierOf(1, 49999L, null)).isEqualTo(Tier.B);
		assertThat(this.rule.assess(new TierProfile(1, new BigDecimal("49999.9999"), null)).tier()).isEqualTo(Tier.B);
	}

	@Test
	void rankJustOutsideTheTop50IsNeverAOrB() {
		assertThat(tierOf(51, 90000L, null)).isEqualTo(Tier.C);
		assertThat(tierOf(51, 4999L, null)).isEqualTo(Tier.D);
	}

	@Test
	void revenueAtTheCThresholdIsC() {
		assertThat(tierOf(null, 5000L, null)).isEqualTo(Tier.C);
		assertThat(tierOf(null, 4999L, null)).isEqualTo(Tier.D);
	}

	@Test
	void unknownValuesNeverMeetAThreshold() {
		assertThat(tierOf(null, null, null)).isEqualTo(Tier.D);
		assertThat(tierOf(3, null, null)).isEqualTo(Tier.B);
	}

	@Test
	void aPurchaseThresholdAppliesWhenSet() {
		List<TierCriterion> criteria = manual();
		criteria.set(0, new TierCriterion(Tier.A, 50, amount(50000), amount(800), CoverageMode.FIELD_VISIT,
				ManagementMode.ON_SITE, 14));
		TierRule withPurchase = TierRule.of(criteria);
		assertThat(withPurchase.assess(new TierProfile(10, amount(60000), amount(800))).tier()).isEqualTo(Tier.A);
		assertThat(withPurchase.assess(new TierProfile(10, amount(60000), amount(799))).tier()).isEqualTo(Tier.B);
		assertThat(withPurchase.assess(new TierProfile(10, amount(60000), null)).tier()).isEqualTo(Tier.B);
	}

	@Test
	void aMoveDownIsExplainedByTheThresholdsOfTheOldTierNoLongerMet() {
		TierAssessment assessment = this.rule.assess(new TierProfile(12, amount(30000), null));
		assertThat(assessment.tier()).isEqualTo(Tier.B);
		assertThat(assessment.reasonFor(Tier.A)).singleElement().satisfies((check) -> {
			assertThat(check.measure()).isEqualTo(TierMeasure.ANNUAL_REVENUE);
			assertThat(check.met()).isFalse();
			assertThat(check.describeInChinese()).isEqualTo("年营业额 30000 < 50000");
		});
	}

	@Test
	void aMoveUpIsExplainedByTheThresholdsOfTheNewTierMet() {
		TierAssessment assessment = this.rule.assess(new TierProfile(12, amount(60000), null));
		assertThat(assessment.reasonFor(Tier.C)).extracting(TierCheck::describeInChinese)
			.containsExactly("行业排名 12 ≤ 50", "年营业额 60000 ≥ 50000");
	}

	@Test
	void aTierStricterThanTheOneAboveIsRejectedAsUnreachable() {
		List<TierCriterion> criteria = manual();
		criteria.set(1, new TierCriterion(Tier.B, 50, amount(60000), null, CoverageMode.FIELD_VISIT,
				ManagementMode.FINE_GRAINED, 30));
		assertThatExceptionOfType(ChangeRejected.class).isThrownBy(() -> TierRule.of(criteria))
			.satisfies((ex) -> assertThat(ex.violations())
				.containsExactly(Violation.of("tiers[1]", "tierCriteria.unreachable", "B", "A")));
	}

	@Test
	void identicalTiersAreRejectedAsOverlapping() {
		List<TierCriterion> criteria = manual();
		criteria.set(1, new TierCriterion(Tier.B, 50, amount(50000), null, CoverageMode.FIELD_VISIT,
				ManagementMode.FINE_GRAINED, 30));
		assertThatExceptionOfType(ChangeRejected.class).isThrownBy(() -> TierRule.of(criteria))
			.satisfies((ex) -> assertThat(ex.violations()).extracting(Violation::messageKey)
				.containsExactly("tierCriteria.unreachable"));
	}

	@Test
	void aLooserTierBelowAStricterOneOnAnotherMeasureIsAccepted() {
		List<TierCriterion> criteria = manual();
		criteria.set(1,
				new TierCriterion(Tier.B, 20, null, null, CoverageMode.FIELD_VISIT, ManagementMode.FINE_GRAINED, 30));
		assertThat(TierRule.of(criteria).assess(new TierProfile(15, amount(100), null)).tier()).isEqualTo(Tier.B);
	}

	@Test
	void theLowestTierMayNotHaveThresholds() {
		List<TierCriterion> criteria = manual();
		criteria.set(3,
				new TierCriterion(Tier.D, null, amount(1), null, CoverageMode.PHONE, ManagementMode.BOOK_KEEPING, 90));
		assertThatExceptionOfType(ChangeRejected.class).isThrownBy(() -> TierRule.of(criteria))
			.satisfies((ex) -> assertThat(ex.violations()).extracting(Violation::field, Violation::messageKey)
				.contains(tuple("tiers[3]", "tierCriteria.lowestTierTakesEveryone")));
	}

	@Test
	void cadencesOutsideOneToAYearAndNegativeValuesAreRejectedNextToTheirFields() {
		List<TierCriterion> criteria = manual();
		criteria.set(0, new TierCriterion(Tier.A, 0, amount(-1), amount(-5), CoverageMode.FIELD_VISIT,
				ManagementMode.ON_SITE, -7));
		criteria.set(2, new TierCriterion(Tier.C, null, amount(5000), null, CoverageMode.PHONE,
				ManagementMode.BOOK_KEEPING, 366));
		assertThatExceptionOfType(ChangeRejected.class).isThrownBy(() -> TierRule.of(criteria))
			.satisfies((ex) -> assertThat(ex.violations()).extracting(Violation::field)
				.contains("tiers[0].maxIndustryRank", "tiers[0].minAnnualRevenue", "tiers[0].minAnnualPurchase",
						"tiers[0].contactCadenceDays", "tiers[2].contactCadenceDays"));
	}

	@Test
	void aTierMissingOrTwiceIsRejected() {
		List<TierCriterion> criteria = manual();
		criteria.set(3, criteria.get(2));
		assertThatExceptionOfType(ChangeRejected.class).isThrownBy(() -> TierRule.of(criteria))
			.satisfies((ex) -> assertThat(ex.violations()).extracting(Violation::messageKey)
				.contains("tierCriteria.oneCriterionPerTier"));
	}

	@Test
	void aMissingRowIsRejectedNotACrash() {
		List<TierCriterion> criteria = manual();
		criteria.set(2, null);
		assertThatExceptionOfType(ChangeRejected.class).isThrownBy(() -> TierRule.of(criteria));
	}

	@Test
	void theNextVersionMustDifferAndCountsUp() {
		TierCriteria first = TierCriteria.first(manual(), Actor.system("test"), Instant.EPOCH, null);
		assertThatExceptionOfType(ChangeRejected.class)
			.isThrownBy(() -> first.next(manual(), Actor.system("test"), Instant.EPOCH, null))
			.satisfies((ex) -> assertThat(ex.violations()).extracting(Violation::messageKey)
				.containsExactly("tierCriteria.unchanged"));
		List<TierCriterion> changed = manual();
		changed.set(0, new TierCriterion(Tier.A, 50, amount(40000), null, CoverageMode.FIELD_VISIT,
				ManagementMode.ON_SITE, 14));
		TierCriteria second = first.next(changed, Actor.system("test"), Instant.EPOCH, "lower A");
		assertThat(second.getVersionNumber()).isEqualTo(2);
		assertThat(second.rule().criterion(Tier.A).minAnnualRevenue()).isEqualByComparingTo("40000");
	}

}
