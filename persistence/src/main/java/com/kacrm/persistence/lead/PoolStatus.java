package com.kacrm.persistence.lead;

import java.time.LocalDate;

import com.kacrm.domain.reference.Tier;

/**
 * Where a lead stands in the public pool (公海) for the user looking at it, days in the
 * company's time zone.
 *
 * @param ruleTier the tier whose pool rule applies (D for a lead without a tier)
 * @param warnsOn for an owned lead, the day its owner is warned
 * @param returnsOn for an owned lead, the day it returns to the pool unless contacted
 * @param holdingCap for a pooled lead the user may claim, the most leads of the tier they
 * may hold; null for no cap or not claimable
 * @param held for a pooled lead the user may claim, how many open leads of the tier they
 * hold; null otherwise
 * @param cooldownEndsOn for a pooled lead the user gave back recently, the day they may
 * claim it again; null otherwise
 */
public record PoolStatus(Tier ruleTier, LocalDate warnsOn, LocalDate returnsOn, Integer holdingCap, Long held,
		LocalDate cooldownEndsOn) {

	/** Whether the user holds as many leads of the tier as the rule allows. */
	public boolean capReached() {
		return this.holdingCap != null && this.held != null && this.held >= this.holdingCap;
	}

}
