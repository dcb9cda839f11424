package com.kacrm.domain.activity;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import com.kacrm.domain.reference.Tier;
import com.kacrm.domain.reference.TierCriterion;

/**
 * How often each tier's accounts must be contacted (SPEC 7 cadence), from the tier
 * criteria in force: an account is overdue when its last contact (or, never contacted,
 * its filing) is longer ago than its tier's interval. Accounts without a tier follow the
 * longest interval.
 */
public final class ContactCadence {

	private final Map<Tier, Integer> days;

	private final int longest;

	/**
	 * @param days the contact interval in days per tier
	 * @throws IllegalArgumentException when a tier has no interval or one below a day
	 */
	public ContactCadence(Map<Tier, Integer> days) {
		EnumMap<Tier, Integer> copy = new EnumMap<>(Tier.class);
		for (Tier tier : Tier.values()) {
			Integer interval = days.get(tier);
			if (interval == null || interval < 1) {
				throw new IllegalArgumentException("No contact interval for tier " + tier);
			}
			copy.put(tier, interval);
		}
		this.days = Collections.unmodifiableMap(copy);
		this.longest = copy.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
	}

	/** The cadence of the tier criteria {@code criteria}. */
	public static ContactCadence of(Collection<TierCriterion> criteria) {
		EnumMap<Tier, Integer> days = new EnumMap<>(Tier.class);
		criteria.forEach((criterion) -> days.put(criterion.tier(), criterion.contactCadenceDays()));
		return new ContactCadence(days);
	}

	/**
	 * Where an account's contact clock starts: its last contact, or its filing when it
	 * was never contacted.
	 */
	public static Instant clock(Instant lastContact, Instant filedAt) {
		return (lastContact != null) ? lastContact : filedAt;
	}

	/** The contact interval of {@code tier} in days; the longest for no tier. */
	public int intervalDays(Tier tier) {
		return (tier != null) ? this.days.get(tier) : this.longest;
	}

	/** When an account of {@code tier} contacted last at {@code clock} is due again. */
	public Instant dueAt(Tier tier, Instant clock) {
		return clock.plus(Duration.ofDays(intervalDays(tier)));
	}

	/** Whether it is overdue at {@code now}. */
	public boolean isOverdue(Tier tier, Instant clock, Instant now) {
		return dueAt(tier, clock).isBefore(now);
	}

	/**
	 * How many whole days past its due moment it is at {@code now}; 0 when not overdue.
	 */
	public long daysOverdue(Tier tier, Instant clock, Instant now) {
		Instant due = dueAt(tier, clock);
		return due.isBefore(now) ? Duration.between(due, now).toDays() : 0;
	}

	/**
	 * The bound a query uses to find the overdue accounts of {@code tier} at {@code now}:
	 * exactly those whose contact clock is before it.
	 */
	public Instant overdueBefore(Tier tier, Instant now) {
		return now.minus(Duration.ofDays(intervalDays(tier)));
	}

	/** The intervals in days, by tier. */
	public Map<Tier, Integer> intervals() {
		return this.days;
	}

}
