package com.kacrm.domain.valuation;

/**
 * The three groups of the value assessment (客户价值评估): what the customer brings today
 * (当前价值), what it may bring (潜在价值) and what it means for our long-term position (战略价值).
 */
public enum ValueGroup {

	CURRENT, POTENTIAL, STRATEGIC

}
