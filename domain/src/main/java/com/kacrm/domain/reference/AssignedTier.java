package com.kacrm.domain.reference;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * The tier a record carries: none yet, one assigned by a tier-criteria version, or one
 * set by hand, which re-tiering never overrides.
 */
@Embeddable
public record AssignedTier(@Enumerated(EnumType.STRING) @Column(name = "tier", length = 1) Tier tier,
		@Column(name = "tier_criteria_version") Integer criteriaVersion,
		@Column(name = "tier_set_by_hand", nullable = false) boolean setByHand) {

	/** A record that has not been tiered yet. */
	public static final AssignedTier NONE = new AssignedTier(null, null, false);

	/** A tier set by hand, kept whatever the criteria say. */
	public static AssignedTier byHand(Tier tier) {
		return new AssignedTier(Objects.requireNonNull(tier, "tier"), null, true);
	}

	/**
	 * The tier criteria version {@code criteriaVersion} assigns.
	 * @throws IllegalStateException when the tier was set by hand
	 */
	public AssignedTier retier(Tier newTier, int criteriaVersion) {
		if (this.setByHand) {
			throw new IllegalStateException("A tier set by hand is kept when criteria change");
		}
		return new AssignedTier(Objects.requireNonNull(newTier, "tier"), criteriaVersion, false);
	}

}
