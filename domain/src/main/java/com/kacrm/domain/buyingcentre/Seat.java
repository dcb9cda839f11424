package com.kacrm.domain.buyingcentre;

import java.util.Objects;

/**
 * One person's place in a deal's buying centre as the coverage rules read it.
 *
 * @param depth the relationship depth (1–5) with the person
 * @param active false once the person left the customer: they stay listed on the deal but
 * no longer count for its coverage
 */
public record Seat(Long contactId, String name, BuyingRole role, Support support, int depth, boolean active) {

	public Seat {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(role, "role");
		Objects.requireNonNull(support, "support");
	}

	/** The seat of a person still at the customer. */
	public Seat(Long contactId, String name, BuyingRole role, Support support, int depth) {
		this(contactId, name, role, support, depth, true);
	}

}
