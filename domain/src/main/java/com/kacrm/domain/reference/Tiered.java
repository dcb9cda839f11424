package com.kacrm.domain.reference;

/**
 * A record that carries a tier assigned by the tier criteria: an account or a lead. A
 * tier set by hand (with a reason, on the record itself) is kept when the criteria
 * change.
 */
public interface Tiered {

	Long getId();

	TierProfile tierProfile();

	Tier getTier();

	Integer getTierCriteriaVersion();

	boolean isTierSetByHand();

	/**
	 * Takes the tier that criteria version {@code criteriaVersion} assigns.
	 * @throws IllegalStateException when the tier was set by hand
	 */
	void retier(Tier tier, int criteriaVersion);

}
