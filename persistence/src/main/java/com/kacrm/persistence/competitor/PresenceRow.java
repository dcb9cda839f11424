package com.kacrm.persistence.competitor;

/**
 * A competitor present at an account: what it is and its position at that customer.
 */
public record PresenceRow(long competitorId, String name, String products, String strengths, String weaknesses,
		String position) {

}
