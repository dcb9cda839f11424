package com.kacrm.domain.reference;

/**
 * A customer's class (客户分类) A–D, best first. A and B are developed by field visits, C and
 * D followed by phone (the manual's rule); what qualifies for each tier is admin data
 * (the tier criteria).
 */
public enum Tier {

	A, B, C, D;

	/** Whether this tier ranks above {@code other} (A is the best). */
	public boolean isAbove(Tier other) {
		return ordinal() < other.ordinal();
	}

}
