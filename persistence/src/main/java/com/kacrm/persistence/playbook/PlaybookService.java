package com.kacrm.persistence.playbook;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.kacrm.domain.history.FieldChanges;
import com.kacrm.domain.history.HistorySubject;
import com.kacrm.domain.playbook.ChecklistItem;
import com.kacrm.domain.playbook.ChecklistItemContent;
import com.kacrm.domain.playbook.Milestone;
import com.kacrm.domain.playbook.MilestoneDefinition;
import com.kacrm.domain.playbook.MilestoneGuidance;
import com.kacrm.domain.playbook.Playbook;
import com.kacrm.domain.shared.Actor;
import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.persistence.history.HistoryRow;
import com.kacrm.persistence.history.HistoryService;
import com.kacrm.persistence.shared.ConcurrentEditException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and maintains the milestone playbook: each milestone's guidance and default
 * probability, and its checklist. Every change is version-checked and writes history in
 * the same transaction ({@code MILESTONE} for guidance, {@code CHECKLIST_ITEM} for
 * items).
 */
@Service
public class PlaybookService {

	/** History subject of a milestone's guidance. */
	public static final String MILESTONE = "MILESTONE";

	/** History subject of a checklist item. */
	public static final String CHECKLIST_ITEM = "CHECKLIST_ITEM";

	private final MilestoneDefinitionRepository definitions;

	private final ChecklistItemRepository items;

	private final HistoryService history;

	PlaybookService(MilestoneDefinitionRepository definitions, ChecklistItemRepository items, HistoryService history) {
		this.definitions = definitions;
		this.items = items;
		this.history = history;
	}

	/** The eight milestones in order, each with its whole checklist. */
	@Transactional(readOnly = true)
	public List<MilestoneRow> milestones() {
		return this.definitions.findAllWithItems()
			.stream()
			.sorted(Comparator.comparing(MilestoneDefinition::getMilestone))
			.map(MilestoneRow::of)
			.toList();
	}

	@Transactional(readOnly = true)
	public MilestoneRow milestone(Milestone milestone) {
		return MilestoneRow.of(load(milestone));
	}

	/** The probability a deal gets on reaching {@code milestone} (默认赢率). */
	@Transactional(readOnly = true)
	public int defaultProbability(Milestone milestone) {
		return load(milestone).getDefaultProbability();
	}

	/**
	 * Revises a milestone's name, definition, work standard and default probability.
	 * @throws ChangeRejected when a rule is broken, also the order of probabilities
	 * @throws ConcurrentEditException when the milestone changed since
	 * {@code expectedVersion}
	 */
	@Transactional
	public void revise(Milestone milestone, MilestoneGuidance guidance, long expectedVersion, Actor actor) {
		Playbook playbook = new Playbook(this.definitions.lockAll());
		MilestoneDefinition definition = playbook.definitionOf(milestone);
		ConcurrentEditException.check(definition, expectedVersion);
		FieldChanges changes = playbook.revise(milestone, guidance);
		this.history.record(new HistorySubject(MILESTONE, definition.getId()), changes.list(), actor, null);
	}

	/**
	 * Adds an item at the end of the milestone's checklist.
	 * @return the new item's id
	 * @throws ChangeRejected when the item breaks a rule or repeats an active item
	 */
	@Transactional
	public Long addItem(Milestone milestone, ChecklistItemContent content, Actor actor) {
		MilestoneDefinition definition = load(milestone);
		ChecklistItem item = this.items.save(definition.addItem(content));
		FieldChanges changes = new FieldChanges().add("playbook.item.milestone", null, milestone.position())
			.add("playbook.item.textZh", null, item.getTextZh())
			.add("playbook.item.textEn", null, item.getTextEn())
			.add("playbook.item.mandatory", null, item.isMandatory())
			.add("playbook.item.satisfaction", null, item.getSatisfaction())
			.add("playbook.item.automaticRule", null, item.getAutomaticRule());
		this.history.record(new HistorySubject(CHECKLIST_ITEM, item.getId()), changes.list(), actor, null);
		return item.getId();
	}

	/**
	 * Changes an item's text, mandatory flag or way of satisfaction.
	 * @throws ChangeRejected when the item breaks a rule or repeats another active item
	 * @throws ConcurrentEditException when the item changed since {@code expectedVersion}
	 */
	@Transactional
	public void reviseItem(Milestone milestone, Long itemId, ChecklistItemContent content, long expectedVersion,
			Actor actor) {
		MilestoneDefinition definition = load(milestone);
		ChecklistItem item = item(definition, itemId, expectedVersion);
		record(item, definition.reviseItem(item, content), actor);
	}

	/**
	 * Takes an item off the checklist for deals from now on; the item is kept.
	 * @throws ConcurrentEditException when the item changed since {@code expectedVersion}
	 */
	@Transactional
	public void retireItem(Milestone milestone, Long itemId, long expectedVersion, Actor actor) {
		MilestoneDefinition definition = load(milestone);
		ChecklistItem item = item(definition, itemId, expectedVersion);
		record(item, definition.retireItem(item), actor);
	}

	/**
	 * Puts a retired item back on the checklist.
	 * @throws ChangeRejected when an active item has the same text
	 * @throws ConcurrentEditException when the item changed since {@code expectedVersion}
	 */
	@Transactional
	public void reactivateItem(Milestone milestone, Long itemId, long expectedVersion, Actor actor) {
		MilestoneDefinition definition = load(milestone);
		ChecklistItem item = item(definition, itemId, expectedVersion);
		record(item, definition.reactivateItem(item), actor);
	}

	/**
	 * Moves an item one place up ({@code direction < 0}) or down; the positions that
	 * change are recorded for each item concerned.
	 * @throws ConcurrentEditException when the item changed since {@code expectedVersion}
	 */
	@Transactional
	public void moveItem(Milestone milestone, Long itemId, int direction, long expectedVersion, Actor actor) {
		MilestoneDefinition definition = load(milestone);
		ChecklistItem item = item(definition, itemId, expectedVersion);
		Map<ChecklistItem, Integer> before = new HashMap<>();
		definition.itemsInOrder().forEach((i) -> before.put(i, i.getPosition()));
		definition.moveItem(item, direction);
		for (ChecklistItem moved : definition.itemsInOrder()) {
			record(moved, new FieldChanges().add("playbook.item.position", before.get(moved), moved.getPosition()),
					actor);
		}
	}

	/**
	 * The history of a milestone: its guidance and all its checklist items, newest first.
	 */
	@Transactional(readOnly = true)
	public List<HistoryRow> historyOf(Milestone milestone) {
		MilestoneDefinition definition = load(milestone);
		List<HistoryRow> rows = new ArrayList<>(
				this.history.latestOf(new HistorySubject(MILESTONE, definition.getId())));
		for (ChecklistItem item : definition.itemsInOrder()) {
			rows.addAll(this.history.latestOf(new HistorySubject(CHECKLIST_ITEM, item.getId())));
		}
		rows.sort(Comparator.comparing(HistoryRow::occurredAt).thenComparing(HistoryRow::id).reversed());
		return List.copyOf(rows.subList(0, Math.min(rows.size(), HistoryService.LATEST)));
	}

	private MilestoneDefinition load(Milestone milestone) {
		return this.definitions.findWithItems(milestone)
			.orElseThrow(() -> new IllegalStateException("The playbook has no row for " + milestone));
	}

	private ChecklistItem item(MilestoneDefinition definition, Long itemId, long expectedVersion) {
		ChecklistItem item = definition.item(itemId)
			.orElseThrow(() -> new ChecklistItemNotFoundException(definition.getMilestone(), itemId));
		ConcurrentEditException.check(item, expectedVersion);
		return item;
	}

	private void record(ChecklistItem item, FieldChanges changes, Actor actor) {
		this.history.record(new HistorySubject(CHECKLIST_ITEM, item.getId()), changes.list(), actor, null);
	}

}
