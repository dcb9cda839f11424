package com.kacrm.persistence.activity;

/**
 * How many of a rep's (or a team's) accounts are overdue for contact, of how many.
 *
 * @param id the owner's or team's id; null for accounts without an owner
 * @param name the owner's or team's name
 */
public record OverdueTally(Long id, String name, long overdue, long accounts) {

	/** The share of accounts contacted in time, 0–100; 100 without accounts. */
	public int inTimePercent() {
		return (this.accounts == 0) ? 100 : (int) Math.round(100.0 * (this.accounts - this.overdue) / this.accounts);
	}

}
