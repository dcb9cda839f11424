package com.kacrm.persistence.activity;

import java.util.Locale;

/**
 * How many of a rep's (or a team's) accounts are overdue for contact, of how many.
 *
 * @param id the owner's or team's id; null for accounts without an owner
 * @param name the owner's or team's name (a team's Chinese name)
 * @param nameEn a team's English name; null for owners and teams without one
 */
public record OverdueTally(Long id, String name, String nameEn, long overdue, long accounts) {

	/**
	 * The name in {@code locale}'s language: a team's English name in English, if it has
	 * one.
	 */
	public String nameIn(Locale locale) {
		return (this.nameEn != null && locale != null && "en".equals(locale.getLanguage())) ? this.nameEn : this.name;
	}

	/** The share of accounts contacted in time, 0–100; 100 without accounts. */
	public int inTimePercent() {
		return (this.accounts == 0) ? 100 : (int) Math.round(100.0 * (this.accounts - this.overdue) / this.accounts);
	}

}
