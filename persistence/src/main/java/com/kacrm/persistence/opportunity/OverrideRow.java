package com.kacrm.persistence.opportunity;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import com.kacrm.domain.playbook.Milestone;
import com.kacrm.domain.shared.LocalizedName;

/**
 * One line of the compliance report (合规报告): a manager's override of a closed gate, with
 * the deal, from and to, who, when, why and the mandatory items that were missing.
 */
public record OverrideRow(long moveId, long opportunityId, String opportunityName, long accountId, String accountName,
		LocalizedName team, Milestone from, Milestone to, String movedByName, Instant movedAt, String reason,
		List<UnmetItem> unmet) {

	public OverrideRow {
		unmet = List.copyOf(unmet);
	}

	/** A mandatory checklist item missing at the override. */
	public record UnmetItem(long id, String textZh, String textEn) {

		/** The text in the language of {@code locale}; English falls back to Chinese. */
		public String text(Locale locale) {
			boolean english = locale != null && "en".equals(locale.getLanguage());
			return (english && this.textEn != null) ? this.textEn : this.textZh;
		}

	}

}
