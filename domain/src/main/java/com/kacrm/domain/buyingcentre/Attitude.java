package com.kacrm.domain.buyingcentre;

/**
 * A person's attitude to change (创新态度), the adoption curve's five groups: innovator,
 * early adopter, pragmatist (early majority), conservative (late majority) and laggard.
 * It tells the rep how to present a new solution to them.
 */
public enum Attitude {

	INNOVATOR, EARLY_ADOPTER, PRAGMATIST, CONSERVATIVE, LAGGARD

}
