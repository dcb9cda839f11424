package com.kacrm.domain.valuation;

/**
 * The manual's groups of market actions (seed 001, "针对上图分别制定相应的市场动作"), each recommended
 * for one portfolio class.
 */
public enum RecommendedAction {

	/**
	 * 巩固: anticipate needs, free personalised services, customise, develop new projects.
	 */
	CONSOLIDATE,

	/**
	 * 投入: visit and inform, cut prices, invest in top-level relations, involve
	 * executives.
	 */
	INVEST,

	/** 收获: prepayment for services, no discounts, lower cost to serve. */
	HARVEST,

	/** 兼顾: hotline, exhibitions, mailings, standard services; low touch. */
	MAINTAIN,

	/**
	 * 止损: not in the manual's four groups; for accounts that cost more than they bring:
	 * collect arrears, demand prepayment, serve at the lowest cost or let go.
	 */
	CONTAIN

}
