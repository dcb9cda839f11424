package com.kacrm.domain.playbook;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.kacrm.domain.history.FieldChanges;
import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.domain.shared.Violation;

/**
 * The milestone playbook as a whole: the eight {@link MilestoneDefinition}s. It holds the
 * rule no single milestone can check: default probabilities never decrease along the
 * milestones (e.g. 5, 10, 25, 40, 55, 75, 100, 100), as a deal further on is never less
 * likely to be won.
 */
public final class Playbook {

	private final Map<Milestone, MilestoneDefinition> definitions = new EnumMap<>(Milestone.class);

	/**
	 * @throws IllegalArgumentException unless there is exactly one definition per
	 * milestone
	 */
	public Playbook(Collection<MilestoneDefinition> definitions) {
		for (MilestoneDefinition definition : definitions) {
			if (this.definitions.put(definition.getMilestone(), definition) != null) {
				throw new IllegalArgumentException("Two definitions of " + definition.getMilestone());
			}
		}
		if (this.definitions.size() != Milestone.values().length) {
			throw new IllegalArgumentException("The playbook needs all eight milestones: " + this.definitions.keySet());
		}
	}

	public MilestoneDefinition definitionOf(Milestone milestone) {
		return this.definitions.get(milestone);
	}

	/** The definitions in milestone order. */
	public List<MilestoneDefinition> definitions() {
		return List.copyOf(this.definitions.values());
	}

	/**
	 * Revises one milestone's guidance.
	 * @return the fields that changed, for history
	 * @throws ChangeRejected when the guidance breaks a rule, including the order of
	 * probabilities; nothing is changed then
	 */
	public FieldChanges revise(Milestone milestone, MilestoneGuidance guidance) {
		List<Violation> violations = new ArrayList<>(guidance.violations());
		if (violations.stream().noneMatch((v) -> "defaultProbability".equals(v.field()))) {
			violations.addAll(orderViolations(milestone, guidance.defaultProbability()));
		}
		ChangeRejected.throwIfAny(violations);
		return definitionOf(milestone).revise(guidance);
	}

	/**
	 * Why {@code probability} cannot be {@code milestone}'s default: it is below the
	 * previous milestone's or above the next one's.
	 */
	List<Violation> orderViolations(Milestone milestone, int probability) {
		List<Violation> violations = new ArrayList<>();
		Optional<Milestone> previous = milestone.previous();
		if (previous.isPresent()) {
			int bound = definitionOf(previous.get()).getDefaultProbability();
			if (probability < bound) {
				violations.add(Violation.of("defaultProbability", "playbook.probability.belowPrevious",
						previous.get().position(), bound));
			}
		}
		Optional<Milestone> next = milestone.next();
		if (next.isPresent()) {
			int bound = definitionOf(next.get()).getDefaultProbability();
			if (probability > bound) {
				violations.add(Violation.of("defaultProbability", "playbook.probability.aboveNext",
						next.get().position(), bound));
			}
		}
		return violations;
	}

}
