package com.kacrm.domain.playbook;

import java.util.Arrays;
import java.util.List;

/** Playbooks for tests: the eight milestones with given default probabilities. */
final class PlaybookMother {

	static final int[] SEEDED = { 5, 10, 25, 40, 55, 75, 100, 100 };

	private PlaybookMother() {
	}

	static MilestoneGuidance guidance(Milestone milestone, Integer probability) {
		return new MilestoneGuidance("里程碑" + milestone.position(), "Milestone " + milestone.position(),
				"定义" + milestone.position(), null, "标准" + milestone.position(), "Standard", probability);
	}

	static MilestoneDefinition definition(Milestone milestone, int probability) {
		return new MilestoneDefinition(milestone, guidance(milestone, probability));
	}

	static Playbook playbook(int... probabilities) {
		List<MilestoneDefinition> definitions = Arrays.stream(Milestone.values())
			.map((m) -> definition(m, probabilities[m.ordinal()]))
			.toList();
		return new Playbook(definitions);
	}

	static Playbook seeded() {
		return playbook(SEEDED);
	}

}
