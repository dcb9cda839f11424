package com.kacrm.domain.playbook;

import java.util.ArrayList;
import java.util.List;

import com.kacrm.domain.shared.Violation;

/**
 * What an admin writes about one milestone: its name, the manual's definition (定义) and
 * work standard (工作标准, the exit criteria), in Chinese and English, and the default
 * probability (默认赢率) a deal gets on reaching it. Chinese is required, English falls back
 * to it. Texts are trimmed; blank English becomes null.
 */
public record MilestoneGuidance(String nameZh, String nameEn, String definitionZh, String definitionEn,
		String workStandardZh, String workStandardEn, Integer defaultProbability) {

	public static final int NAME_LENGTH = 100;

	public static final int TEXT_LENGTH = 2000;

	public static final int MIN_PROBABILITY = 0;

	public static final int MAX_PROBABILITY = 100;

	public MilestoneGuidance {
		nameZh = Texts.required(nameZh);
		nameEn = Texts.optional(nameEn);
		definitionZh = Texts.required(definitionZh);
		definitionEn = Texts.optional(definitionEn);
		workStandardZh = Texts.required(workStandardZh);
		workStandardEn = Texts.optional(workStandardEn);
	}

	/**
	 * The rules this guidance breaks on its own; the order of probabilities along the
	 * milestones is the {@link Playbook}'s rule.
	 */
	public List<Violation> violations() {
		List<Violation> violations = new ArrayList<>();
		Texts.check(violations, "nameZh", this.nameZh, true, NAME_LENGTH);
		Texts.check(violations, "nameEn", this.nameEn, false, NAME_LENGTH);
		Texts.check(violations, "definitionZh", this.definitionZh, true, TEXT_LENGTH);
		Texts.check(violations, "definitionEn", this.definitionEn, false, TEXT_LENGTH);
		Texts.check(violations, "workStandardZh", this.workStandardZh, true, TEXT_LENGTH);
		Texts.check(violations, "workStandardEn", this.workStandardEn, false, TEXT_LENGTH);
		if (this.defaultProbability == null) {
			violations.add(Violation.of("defaultProbability", Texts.REQUIRED));
		}
		else if (this.defaultProbability < MIN_PROBABILITY || this.defaultProbability > MAX_PROBABILITY) {
			violations.add(
					Violation.of("defaultProbability", "playbook.probability.range", MIN_PROBABILITY, MAX_PROBABILITY));
		}
		return violations;
	}

}
