package com.kacrm.domain.assessment;

/**
 * The manual's three-step opportunity funnel: 潜在商机 (potential: pressure on the customer,
 * our value) → 落实项目 (qualified: need, decision process, resources, drivers) → 我的项目 (ours:
 * unique value, complete solution, delivery assurance, customer trust).
 */
public enum FunnelStep {

	POTENTIAL, QUALIFIED, MINE

}
