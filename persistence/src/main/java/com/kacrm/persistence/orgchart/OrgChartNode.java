package com.kacrm.persistence.orgchart;

import com.kacrm.domain.buyingcentre.Attitude;
import com.kacrm.domain.buyingcentre.BuyingRole;
import com.kacrm.domain.buyingcentre.Support;
import com.kacrm.domain.contact.ContactLevel;

/**
 * One active person on an account's org chart, with their seat in the selected deal's
 * buying centre (role, attitude, support all null when there is no deal selected or they
 * have no seat in it).
 *
 * @param version the contact's version, for moves made from the chart
 * @param reportsToId the manager on the chart; null at the top
 */
public record OrgChartNode(long id, long version, String name, String title, String department, ContactLevel level,
		int depth, Integer targetDepth, Long reportsToId, BuyingRole role, Attitude attitude, Support support) {

	/**
	 * The manual's symbol of the role (※ + = −); null without a role or for roles without
	 * one.
	 */
	public String roleSymbol() {
		return (this.role != null) ? this.role.symbol() : null;
	}

	/** Whether the person has a seat in the selected deal's buying centre. */
	public boolean inBuyingCentre() {
		return this.role != null;
	}

	/** Whether the depth is below the target set for this person. */
	public boolean belowTarget() {
		return this.targetDepth != null && this.depth < this.targetDepth;
	}

}
