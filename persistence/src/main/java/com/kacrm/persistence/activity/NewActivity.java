package com.kacrm.persistence.activity;

import java.time.Instant;
import java.util.List;

import com.kacrm.domain.activity.ActivityType;

/**
 * A call or visit to log: on the account, and on one of its deals when
 * {@code opportunityId} is given; {@code contactIds} are the customer's people met.
 */
public record NewActivity(long accountId, Long opportunityId, ActivityType type, Instant occurredAt, String summary,
		List<Long> contactIds) {

	public NewActivity {
		contactIds = (contactIds != null) ? List.copyOf(contactIds) : List.of();
	}

}
