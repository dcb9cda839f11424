package com.kacrm.persistence.activity;

import java.time.Instant;
import java.util.List;

import com.kacrm.domain.activity.ActivityType;

/**
 * One logged call or visit as lists show it.
 *
 * @param opportunityId the deal it was logged on; null for the account only
 * @param contactNames the customer's people met, by name
 */
public record ActivityRow(Long id, long version, long accountId, Long opportunityId, String opportunityName,
		ActivityType type, Instant occurredAt, String summary, String ownerName, List<String> contactNames) {

	public ActivityRow {
		contactNames = List.copyOf(contactNames);
	}

	public boolean isVisit() {
		return this.type.isVisit();
	}

}
