package com.kacrm.domain.reference;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.domain.shared.Violation;

/**
 * The tier rule (客户分级): a customer belongs to the best tier, A first, whose thresholds it
 * all meets; the lowest tier D takes everyone else and so has no thresholds. A pure
 * function of the criteria and the customer's industry rank, revenue and purchase.
 *
 * <p>
 * A rule is consistent by construction: one criterion per tier; cadences of 1 to 365
 * days; ranks above zero and amounts not negative; and no tier that nobody could reach
 * because it is at least as strict as a tier above it on every measure (e.g. tier B
 * asking more revenue than A with the same rank bound). Violations name the form fields
 * {@code tiers[i].<property>} with i = 0 for A to 3 for D.
 */
public final class TierRule {

	static final int MAX_CADENCE_DAYS = 365;

	private final Map<Tier, TierCriterion> criteria;

	private TierRule(Map<Tier, TierCriterion> criteria) {
		this.criteria = criteria;
	}

	/**
	 * The rule of {@code criteria}, one per tier in any order.
	 * @throws ChangeRejected with every inconsistency found
	 */
	public static TierRule of(List<TierCriterion> criteria) {
		Map<Tier, TierCriterion> byTier = new EnumMap<>(Tier.class);
		List<Violation> violations = new ArrayList<>();
		for (TierCriterion criterion : criteria) {
			if (criterion == null || criterion.tier() == null || byTier.put(criterion.tier(), criterion) != null) {
				violations.add(Violation.of(null, "tierCriteria.oneCriterionPerTier"));
			}
		}
		if (byTier.size() != Tier.values().length) {
			violations.add(Violation.of(null, "tierCriteria.oneCriterionPerTier"));
			throw new ChangeRejected(violations);
		}
		for (TierCriterion criterion : byTier.values()) {
			violations.addAll(checkValues(criterion));
		}
		violations.addAll(checkReachable(byTier));
		ChangeRejected.throwIfAny(violations);
		return new TierRule(byTier);
	}

	private static List<Violation> checkValues(TierCriterion criterion) {
		String row = field(criterion.tier());
		List<Violation> violations = new ArrayList<>();
		if (criterion.maxIndustryRank() != null && criterion.maxIndustryRank() < 1) {
			violations.add(Violation.of(row + ".maxIndustryRank", "tierCriteria.rankPositive"));
		}
		if (negative(criterion.minAnnualRevenue())) {
			violations.add(Violation.of(row + ".minAnnualRevenue", "tierCriteria.amountNotNegative"));
		}
		if (negative(criterion.minAnnualPurchase())) {
			violations.add(Violation.of(row + ".minAnnualPurchase", "tierCriteria.amountNotNegative"));
		}
		if (criterion.coverageMode() == null) {
			violations.add(Violation.of(row + ".coverageMode", "form.required"));
		}
		if (criterion.managementMode() == null) {
			violations.add(Violation.of(row + ".managementMode", "form.required"));
		}
		Integer cadence = criterion.contactCadenceDays();
		if (cadence == null || cadence < 1 || cadence > MAX_CADENCE_DAYS) {
			violations.add(Violation.of(row + ".contactCadenceDays", "tierCriteria.cadenceRange", 1, MAX_CADENCE_DAYS));
		}
		return violations;
	}

	private static List<Violation> checkReachable(Map<Tier, TierCriterion> byTier) {
		List<Violation> violations = new ArrayList<>();
		Tier lowest = Tier.values()[Tier.values().length - 1];
		if (byTier.get(lowest).hasThresholds()) {
			violations.add(Violation.of(field(lowest), "tierCriteria.lowestTierTakesEveryone", lowest.name()));
		}
		for (Tier tier : Tier.values()) {
			for (Tier higher : Tier.values()) {
				if (higher.isAbove(tier) && byTier.get(tier).isAtLeastAsStrictAs(byTier.get(higher))) {
					violations.add(Violation.of(field(tier), "tierCriteria.unreachable", tier.name(), higher.name()));
					break;
				}
			}
		}
		return violations;
	}

	private static boolean negative(BigDecimal amount) {
		return amount != null && amount.signum() < 0;
	}

	/** The form path of a tier's row. */
	public static String field(Tier tier) {
		return "tiers[" + tier.ordinal() + "]";
	}

	/** The tier {@code profile} qualifies for, with the checks that decided it. */
	public TierAssessment assess(TierProfile profile) {
		List<TierCheck> checks = new ArrayList<>();
		for (Tier tier : Tier.values()) {
			List<TierCheck> tierChecks = this.criteria.get(tier).check(profile);
			checks.addAll(tierChecks);
			if (tierChecks.stream().allMatch(TierCheck::met)) {
				return new TierAssessment(tier, checks);
			}
		}
		throw new IllegalStateException("The lowest tier takes everyone");
	}

	public TierCriterion criterion(Tier tier) {
		return this.criteria.get(tier);
	}

	/** The criteria in tier order, A first. */
	public List<TierCriterion> criteria() {
		return List.copyOf(this.criteria.values());
	}

	/** Whether {@code other} has exactly the same criteria. */
	public boolean sameAs(TierRule other) {
		for (Tier tier : Tier.values()) {
			if (!criterion(tier).sameAs(other.criterion(tier))) {
				return false;
			}
		}
		return true;
	}

}
