package com.kacrm.persistence.buyingcentre;

import com.kacrm.domain.buyingcentre.Attitude;
import com.kacrm.domain.buyingcentre.BuyingRole;
import com.kacrm.domain.buyingcentre.Seat;
import com.kacrm.domain.buyingcentre.Support;
import com.kacrm.domain.contact.ContactLevel;

/**
 * One person in a deal's buying centre as lists and the coverage panel read them.
 *
 * @param depth the relationship depth (1–5) with the person
 * @param active false once the person left the customer; they stay listed for the deal's
 * record but no longer count for its coverage
 */
public record BuyingCentreMemberRow(long contactId, String name, String title, ContactLevel level, BuyingRole role,
		Attitude attitude, Support support, int depth, boolean active, long version) {

	/** The manual's symbol of the role (※ + = −), or null for roles without one. */
	public String roleSymbol() {
		return this.role.symbol();
	}

	/** This person as the coverage rules read them. */
	public Seat seat() {
		return new Seat(this.contactId, this.name, this.role, this.support, this.depth, this.active);
	}

}
