package com.kacrm.persistence.opportunity;

import java.time.Instant;
import java.util.Locale;

import com.kacrm.domain.playbook.AutomaticRule;

/**
 * One checklist item of a deal's current milestone as the milestone screen shows it:
 * whether it is done and, for a ticked manual item, the evidence, who ticked it and when.
 *
 * @param rule the rule of an automatic item; null for a manual one
 */
public record ChecklistEntry(Long itemId, String textZh, String textEn, boolean mandatory, AutomaticRule rule,
		boolean done, String evidenceNote, Long activityId, String tickedByName, Instant tickedAt) {

	/** The text in {@code locale}'s language; English falls back to Chinese. */
	public String text(Locale locale) {
		boolean english = locale != null && "en".equals(locale.getLanguage());
		return (english && this.textEn != null) ? this.textEn : this.textZh;
	}

	public boolean isAutomatic() {
		return this.rule != null;
	}

	/** Whether a manual item carries a tick that can be taken back. */
	public boolean isTicked() {
		return this.tickedAt != null;
	}

}
