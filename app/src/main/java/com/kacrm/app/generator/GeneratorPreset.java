package com.kacrm.app.generator;

import java.math.BigDecimal;

/**
 * How much the generator makes. {@code full} is the enterprise volume of issue 11 (200
 * reps in 20 teams, 100 000 accounts, 1 000 000 contacts, 300 000 opportunities, 5 000
 * 000 activities, 1 000 000 leads, 200 pending 立项 requests per manager); {@code ci} a
 * small organisation for tests; a decimal such as {@code 0.1} scales {@code full}.
 *
 * @param name how the preset was asked for
 * @param teams teams, each with one manager
 * @param reps reps, spread evenly over the teams
 * @param accounts accounts
 * @param contacts contacts (every account gets at least one)
 * @param opportunities opportunities (every account gets at least one)
 * @param activities activities
 * @param leads leads
 * @param pendingPerManager submitted 立项 requests waiting in each manager's inbox
 */
public record GeneratorPreset(String name, int teams, int reps, int accounts, int contacts, int opportunities,
		int activities, int leads, int pendingPerManager) {

	public static final GeneratorPreset FULL = new GeneratorPreset("full", 20, 200, 100_000, 1_000_000, 300_000,
			5_000_000, 1_000_000, 200);

	public static final GeneratorPreset CI = new GeneratorPreset("ci", 3, 12, 300, 3_000, 900, 15_000, 3_000, 10);

	public GeneratorPreset {
		if (teams < 1 || teams > 99 || reps < teams || reps > 999) {
			throw new IllegalArgumentException("Between 1 and 99 teams and between one rep per team and 999 reps");
		}
		if (accounts < 1 || contacts < accounts || opportunities < accounts || activities < accounts || leads < 1) {
			throw new IllegalArgumentException("Every account needs a contact, an opportunity and an activity");
		}
		if (pendingPerManager < 0) {
			throw new IllegalArgumentException("No negative number of pending requests");
		}
	}

	/**
	 * {@code full}, {@code ci} or a scale of {@code full} between 0.001 and 1 (e.g.
	 * {@code 0.2}).
	 */
	public static GeneratorPreset of(String preset) {
		String value = (preset != null) ? preset.strip() : "";
		if ("full".equalsIgnoreCase(value)) {
			return FULL;
		}
		if ("ci".equalsIgnoreCase(value)) {
			return CI;
		}
		BigDecimal scale;
		try {
			scale = new BigDecimal(value);
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException(
					"crm.generator.preset must be full, ci or a scale between 0.001 and 1, not '" + value + "'");
		}
		if (scale.compareTo(new BigDecimal("0.001")) < 0 || scale.compareTo(BigDecimal.ONE) > 0) {
			throw new IllegalArgumentException("crm.generator.preset scale must be between 0.001 and 1, not " + value);
		}
		double s = scale.doubleValue();
		int teams = Math.max(2, (int) Math.round(FULL.teams * s));
		int reps = Math.max(teams * 2, (int) Math.round(FULL.reps * s));
		int accounts = Math.max(10, (int) Math.round(FULL.accounts * s));
		return new GeneratorPreset(value, teams, reps, accounts,
				Math.max(accounts, (int) Math.round(FULL.contacts * s)),
				Math.max(accounts, (int) Math.round(FULL.opportunities * s)),
				Math.max(accounts, (int) Math.round(FULL.activities * s)),
				Math.max(10, (int) Math.round(FULL.leads * s)), FULL.pendingPerManager);
	}

}
