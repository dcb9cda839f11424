package com.kacrm.persistence.playbook;

import java.util.List;
import java.util.Locale;

import com.kacrm.domain.playbook.Milestone;
import com.kacrm.domain.playbook.MilestoneDefinition;
import com.kacrm.domain.shared.LocalizedName;

/**
 * One milestone of the playbook with its whole checklist in order, retired items included
 * ({@link #activeItems()} for what deals work through).
 */
public record MilestoneRow(Long id, long version, Milestone milestone, LocalizedName name, String definitionZh,
		String definitionEn, String workStandardZh, String workStandardEn, int defaultProbability,
		List<ChecklistItemRow> items) {

	static MilestoneRow of(MilestoneDefinition definition) {
		return new MilestoneRow(definition.getId(), definition.getVersion(), definition.getMilestone(),
				definition.getName(), definition.getDefinitionZh(), definition.getDefinitionEn(),
				definition.getWorkStandardZh(), definition.getWorkStandardEn(), definition.getDefaultProbability(),
				definition.itemsInOrder().stream().map(ChecklistItemRow::of).toList());
	}

	public int position() {
		return this.milestone.position();
	}

	public String definition(Locale locale) {
		return isEnglish(locale) && this.definitionEn != null ? this.definitionEn : this.definitionZh;
	}

	public String workStandard(Locale locale) {
		return isEnglish(locale) && this.workStandardEn != null ? this.workStandardEn : this.workStandardZh;
	}

	public List<ChecklistItemRow> activeItems() {
		return this.items.stream().filter(ChecklistItemRow::active).toList();
	}

	private static boolean isEnglish(Locale locale) {
		return locale != null && "en".equals(locale.getLanguage());
	}

}
