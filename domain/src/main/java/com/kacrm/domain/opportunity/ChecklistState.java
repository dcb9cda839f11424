package com.kacrm.domain.opportunity;

import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

import com.kacrm.domain.playbook.ChecklistItem;
import com.kacrm.domain.playbook.Milestone;
import com.kacrm.domain.playbook.Satisfaction;

/**
 * One deal's checklist (任务清单) for one milestone: each active item with whether it is
 * done. A manual item is done when it is ticked with evidence; an automatic item when the
 * data satisfies its rule ({@link DealFacts}), whatever any tick says. The gate to the
 * next milestone is open when every mandatory item is done.
 */
public final class ChecklistState {

	private final Milestone milestone;

	private final List<ItemState> items;

	private ChecklistState(Milestone milestone, List<ItemState> items) {
		this.milestone = milestone;
		this.items = List.copyOf(items);
	}

	/**
	 * The state of {@code items} (the milestone's active items, in order) on a deal with
	 * {@code facts}, where {@code ticked} says which manual items are ticked.
	 */
	public static ChecklistState of(Milestone milestone, List<ChecklistItem> items, Predicate<ChecklistItem> ticked,
			DealFacts facts) {
		Objects.requireNonNull(milestone, "milestone");
		Objects.requireNonNull(facts, "facts");
		return new ChecklistState(milestone, items.stream().filter(ChecklistItem::isActive).map((item) -> {
			if (item.getMilestone() != milestone) {
				throw new IllegalArgumentException(
						"Item of " + item.getMilestone() + " in the checklist of " + milestone);
			}
			boolean automatic = item.getSatisfaction() == Satisfaction.AUTOMATIC;
			boolean done = automatic ? facts.satisfies(item.getAutomaticRule()) : ticked.test(item);
			return new ItemState(item, done);
		}).toList());
	}

	public Milestone milestone() {
		return this.milestone;
	}

	/** Every active item, in the playbook's order. */
	public List<ItemState> items() {
		return this.items;
	}

	/** The mandatory items not done yet: what blocks the move on. */
	public List<ChecklistItem> unmet() {
		return this.items.stream()
			.filter((state) -> state.item().isMandatory() && !state.done())
			.map(ItemState::item)
			.toList();
	}

	/** The items done. */
	public List<ChecklistItem> done() {
		return this.items.stream().filter(ItemState::done).map(ItemState::item).toList();
	}

	/** Whether every mandatory item is done, so the deal may move on. */
	public boolean isOpen() {
		return unmet().isEmpty();
	}

	/**
	 * One item and whether it is done.
	 */
	public record ItemState(ChecklistItem item, boolean done) {

		public boolean isAutomatic() {
			return this.item.getSatisfaction() == Satisfaction.AUTOMATIC;
		}

	}

}
