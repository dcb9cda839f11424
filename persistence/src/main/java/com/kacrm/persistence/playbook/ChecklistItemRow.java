package com.kacrm.persistence.playbook;

import java.util.Locale;

import com.kacrm.domain.playbook.AutomaticRule;
import com.kacrm.domain.playbook.ChecklistItem;
import com.kacrm.domain.playbook.Satisfaction;

/** One checklist item as screens and the API show it, retired ones included. */
public record ChecklistItemRow(Long id, long version, int position, String textZh, String textEn, boolean mandatory,
		Satisfaction satisfaction, AutomaticRule automaticRule, boolean active) {

	static ChecklistItemRow of(ChecklistItem item) {
		return new ChecklistItemRow(item.getId(), item.getVersion(), item.getPosition(), item.getTextZh(),
				item.getTextEn(), item.isMandatory(), item.getSatisfaction(), item.getAutomaticRule(), item.isActive());
	}

	/** The text in {@code locale}'s language; English falls back to Chinese. */
	public String text(Locale locale) {
		boolean english = locale != null && "en".equals(locale.getLanguage());
		return (english && this.textEn != null) ? this.textEn : this.textZh;
	}

}
