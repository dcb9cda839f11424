package com.kacrm.persistence.contact;

import com.kacrm.domain.contact.ContactLevel;

/**
 * One person of an account as lists, forms and the org chart read them.
 *
 * @param reportsToId the contact they report to; null at the top of the chart
 * @param active false once the person left the customer
 */
public record ContactRow(long id, long version, long accountId, String name, String title, String department,
		String phone, String email, Long reportsToId, String reportsToName, ContactLevel level, String interests,
		int relationshipDepth, Integer targetDepth, boolean active) {

	/** Whether the depth is below the target set for this person. */
	public boolean belowTarget() {
		return this.targetDepth != null && this.relationshipDepth < this.targetDepth;
	}

}
