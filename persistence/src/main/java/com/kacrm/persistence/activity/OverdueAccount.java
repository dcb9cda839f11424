package com.kacrm.persistence.activity;

import java.time.Instant;

import com.kacrm.domain.reference.Tier;

/**
 * An account overdue for contact: when it was last contacted (null if never), when
 * contact was due by its tier's interval and by how many whole days it is late.
 */
public record OverdueAccount(long accountId, String accountName, Tier tier, long teamId, String teamNameZh,
		String teamNameEn, Long ownerId, String ownerName, Instant lastContactedAt, int intervalDays, Instant dueAt,
		long daysOverdue) {

	/** The team's name in the language asked for, Chinese when it has no English one. */
	public String teamName(boolean english) {
		return (english && this.teamNameEn != null) ? this.teamNameEn : this.teamNameZh;
	}

}
