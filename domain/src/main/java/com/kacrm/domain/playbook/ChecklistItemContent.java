package com.kacrm.domain.playbook;

import java.util.ArrayList;
import java.util.List;

import com.kacrm.domain.shared.Violation;

/**
 * What an admin writes for one checklist item: its text in Chinese (required) and
 * English, whether it gates the next milestone (必做项) and how it is satisfied.
 */
public record ChecklistItemContent(String textZh, String textEn, boolean mandatory, Satisfaction satisfaction,
		AutomaticRule automaticRule) {

	public static final int TEXT_LENGTH = 300;

	public ChecklistItemContent {
		textZh = Texts.required(textZh);
		textEn = Texts.optional(textEn);
	}

	/** A manual item, ticked with evidence. */
	public static ChecklistItemContent manual(String textZh, String textEn, boolean mandatory) {
		return new ChecklistItemContent(textZh, textEn, mandatory, Satisfaction.MANUAL_WITH_EVIDENCE, null);
	}

	/** An item the data satisfies by {@code rule}. */
	public static ChecklistItemContent automatic(String textZh, String textEn, boolean mandatory, AutomaticRule rule) {
		return new ChecklistItemContent(textZh, textEn, mandatory, Satisfaction.AUTOMATIC, rule);
	}

	/**
	 * The rules this item breaks on its own: text required, a rule exactly when it is
	 * satisfied automatically. Duplicates are the milestone's rule.
	 */
	public List<Violation> violations() {
		List<Violation> violations = new ArrayList<>();
		Texts.check(violations, "textZh", this.textZh, true, TEXT_LENGTH);
		Texts.check(violations, "textEn", this.textEn, false, TEXT_LENGTH);
		if (this.satisfaction == null) {
			violations.add(Violation.of("satisfaction", Texts.REQUIRED));
		}
		else if (this.satisfaction == Satisfaction.AUTOMATIC && this.automaticRule == null) {
			violations.add(Violation.of("automaticRule", "playbook.item.ruleRequired"));
		}
		else if (this.satisfaction == Satisfaction.MANUAL_WITH_EVIDENCE && this.automaticRule != null) {
			violations.add(Violation.of("automaticRule", "playbook.item.ruleNotAllowed"));
		}
		return violations;
	}

}
