package com.kacrm.persistence.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * One line of the win/loss report: the deals of one industry, tier or competitor (or all
 * of them) won and lost in the period, with their amounts in 万元. A won deal counts its
 * contract amount (the estimate while no contract is recorded), a lost deal its estimate.
 *
 * @param key the line's identity: the industry's or competitor's id, the tier letter, or
 * null for "none" (no industry, no tier) and the total
 * @param nameZh the name in Chinese (the competitor's name as filed)
 * @param nameEn the English name, null when there is none
 */
public record WinLossRow(String key, String nameZh, String nameEn, long won, long lost, BigDecimal wonAmount,
		BigDecimal lostAmount) {

	public WinLossRow {
		wonAmount = (wonAmount != null) ? wonAmount : BigDecimal.ZERO;
		lostAmount = (lostAmount != null) ? lostAmount : BigDecimal.ZERO;
	}

	/** The name in {@code locale}'s language; null when the line has no name. */
	public String name(Locale locale) {
		boolean english = locale != null && "en".equals(locale.getLanguage());
		return (english && this.nameEn != null) ? this.nameEn : this.nameZh;
	}

	public long closed() {
		return this.won + this.lost;
	}

	/**
	 * Won deals as a percentage of the closed ones, one decimal; null when none closed.
	 */
	public BigDecimal winRate() {
		if (closed() == 0) {
			return null;
		}
		return BigDecimal.valueOf(this.won * 100L).divide(BigDecimal.valueOf(closed()), 1, RoundingMode.HALF_UP);
	}

}
