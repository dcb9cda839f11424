package com.kacrm.persistence.lead;

import com.kacrm.domain.shared.LocalizedName;

/**
 * An existing lead or account whose name has the same duplicate-check key as a name being
 * entered (查重).
 *
 * @param kind {@code LEAD} or {@code ACCOUNT}
 * @param number the lead's number; null for an account
 * @param where the lead's region or the account's team
 * @param state the lead's status or, for an account, null
 * @param visible whether the user may open it; for records of other teams only the name,
 * number and region or team are shown, so nothing else leaks
 */
public record DuplicateMatch(String kind, long id, String number, String name, LocalizedName where, String state,
		boolean visible) {

	public static final String LEAD = "LEAD";

	public static final String ACCOUNT = "ACCOUNT";

	public boolean isLead() {
		return LEAD.equals(this.kind);
	}

}
