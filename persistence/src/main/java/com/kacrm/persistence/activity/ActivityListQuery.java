package com.kacrm.persistence.activity;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import com.kacrm.domain.activity.ActivityStatus;
import com.kacrm.domain.activity.ActivityType;
import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.persistence.account.AccountScope;
import com.kacrm.persistence.shared.JpqlConditions;
import com.kacrm.persistence.shared.SortKeys;
import com.kacrm.persistence.shared.UnsupportedSortException;

import org.springframework.data.domain.Sort;

/**
 * The filters of the activity list (API {@code GET /api/v1/activities}): each one left
 * null adds no condition. Days are those of the business time zone, both inclusive.
 *
 * @param accountId only this account's activities
 * @param opportunityId only those logged on this deal
 * @param ownerId only this user's
 * @param from only those on or after this day
 * @param to only those on or before this day
 */
public record ActivityListQuery(Long accountId, Long opportunityId, ActivityStatus status, ActivityType type,
		Long ownerId, LocalDate from, LocalDate to) {

	/** Sort keys offered to clients, mapped to query paths. */
	static final Map<String, String> SORT_KEYS = Map.of("occurredAt", "a.occurredAt", "type", "a.type", "status",
			"a.status", "account", "acc.name", "owner", "ow.displayName", "nextStepDate", "a.nextStepDate");

	/** The newest first when the client names no order. */
	static final Sort DEFAULT_SORT = Sort.by(Sort.Order.desc("occurredAt"));

	static final String FROM = " from Activity a join a.account acc left join a.opportunity o left join a.owner ow";

	/** No filter: every activity the viewer sees. */
	public static ActivityListQuery all() {
		return new ActivityListQuery(null, null, null, null, null, null, null);
	}

	/**
	 * The viewer's scope and the filters as one predicate over {@link #FROM}: whoever
	 * sees the account, or the deal, sees the activity (as {@link ActivityAccess}); calls
	 * on leads not yet converted have no account and never show.
	 * @throws ChangeRejected on {@code to} when the days are reversed
	 */
	JpqlConditions conditions(AccountScope scope, ZoneId zone) {
		if (this.from != null && this.to != null && this.to.isBefore(this.from)) {
			throw ChangeRejected.of("to", "agenda.error.range");
		}
		JpqlConditions conditions = new JpqlConditions(
				scope.isAll() ? "1 = 1" : "(" + scope.accounts("acc.team.id", "acc.owner.id")
						+ " or (o.id is not null and " + scope.opportunities("o") + "))");
		conditions.equal("acc.id", "account", this.accountId)
			.equal("o.id", "opportunity", this.opportunityId)
			.equal("a.status", "status", this.status)
			.equal("a.type", "type", this.type)
			.equal("ow.id", "owner", this.ownerId);
		if (this.from != null) {
			conditions.add("a.occurredAt >= :fromAt", "fromAt", this.from.atStartOfDay(zone).toInstant());
		}
		if (this.to != null) {
			conditions.add("a.occurredAt < :toAt", "toAt", this.to.plusDays(1).atStartOfDay(zone).toInstant());
		}
		return conditions;
	}

	/**
	 * The order by clause for the client's sort, newest first when unsorted, ties broken
	 * by id.
	 * @throws UnsupportedSortException for a key the list does not offer
	 */
	static String orderBy(Sort sort) {
		return SortKeys.orderBy(sort, SORT_KEYS, DEFAULT_SORT, "a.id desc");
	}

}
