package com.kacrm.domain.buyingcentre;

import java.util.Objects;

/**
 * One person's place in a deal's buying centre as the coverage rules read it.
 *
 * @param depth the relationship depth (1–5) with the person
 */
public record Seat(Long contactId, String name, BuyingRole role, Support support, int depth) {

	public Seat {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(role, "role");
		Objects.requireNonNull(support, "support");
	}

}
