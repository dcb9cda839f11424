package com.kacrm.domain.playbook;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import com.kacrm.domain.history.FieldChanges;
import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.domain.shared.LocalizedName;
import com.kacrm.domain.shared.Violation;
import com.kacrm.domain.shared.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.hibernate.annotations.OptimisticLock;

/**
 * The playbook's page for one {@link Milestone}: its name, the manual's definition and
 * work standard (exit criteria), the default probability a deal gets on reaching it, and
 * its checklist (任务清单). Reference data kept by admins; exactly one row per milestone,
 * seeded from the manual.
 *
 * <p>
 * <b>Invariants.</b> Texts in Chinese are required; the default probability is 0 to 100
 * and never lower than the previous milestone's ({@link Playbook} checks the order across
 * milestones, since one definition does not know the others). Within the checklist no two
 * active items have the same text; an automatic item names its rule, a manual one none.
 *
 * <p>
 * <b>Checklists change without moving deals.</b> Items are never removed: they are
 * retired and new ones added ({@link ChecklistItem}). Deal progress records which item
 * ids were satisfied when a deal passed this milestone, so a changed checklist applies to
 * deals still before or in the milestone and never invalidates deals already past it.
 * Adding or retiring items does not change this record's version, so an admin editing the
 * guidance is not told of a conflict by someone editing the checklist.
 */
@Entity
@Table(name = "milestone_definition")
public class MilestoneDefinition extends VersionedEntity {

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, unique = true, updatable = false, length = 32)
	private Milestone milestone;

	@Embedded
	private LocalizedName name;

	@Column(name = "definition_zh", nullable = false, length = MilestoneGuidance.TEXT_LENGTH)
	private String definitionZh;

	@Column(name = "definition_en", length = MilestoneGuidance.TEXT_LENGTH)
	private String definitionEn;

	@Column(name = "work_standard_zh", nullable = false, length = MilestoneGuidance.TEXT_LENGTH)
	private String workStandardZh;

	@Column(name = "work_standard_en", length = MilestoneGuidance.TEXT_LENGTH)
	private String workStandardEn;

	@Column(name = "default_probability", nullable = false)
	private int defaultProbability;

	@OneToMany(mappedBy = "definition")
	@OrderBy("position, id")
	@OptimisticLock(excluded = true)
	private List<ChecklistItem> items = new ArrayList<>();

	protected MilestoneDefinition() {
	}

	/**
	 * A milestone's page of the playbook; the order of probabilities across milestones is
	 * checked by the {@link Playbook}.
	 * @throws ChangeRejected when the guidance breaks a rule
	 */
	public MilestoneDefinition(Milestone milestone, MilestoneGuidance guidance) {
		this.milestone = Objects.requireNonNull(milestone, "milestone");
		ChangeRejected.throwIfAny(guidance.violations());
		apply(guidance);
	}

	/** Applies guidance the {@link Playbook} has checked; says which fields changed. */
	FieldChanges revise(MilestoneGuidance guidance) {
		FieldChanges changes = new FieldChanges().add("playbook.nameZh", this.name.zh(), guidance.nameZh())
			.add("playbook.nameEn", this.name.en(), guidance.nameEn())
			.add("playbook.definitionZh", this.definitionZh, guidance.definitionZh())
			.add("playbook.definitionEn", this.definitionEn, guidance.definitionEn())
			.add("playbook.workStandardZh", this.workStandardZh, guidance.workStandardZh())
			.add("playbook.workStandardEn", this.workStandardEn, guidance.workStandardEn())
			.add("playbook.defaultProbability", this.defaultProbability, guidance.defaultProbability());
		apply(guidance);
		return changes;
	}

	private void apply(MilestoneGuidance guidance) {
		this.name = new LocalizedName(guidance.nameZh(), guidance.nameEn());
		this.definitionZh = guidance.definitionZh();
		this.definitionEn = guidance.definitionEn();
		this.workStandardZh = guidance.workStandardZh();
		this.workStandardEn = guidance.workStandardEn();
		this.defaultProbability = guidance.defaultProbability();
	}

	/** The guidance as it is now, e.g. to fill an edit form. */
	public MilestoneGuidance guidance() {
		return new MilestoneGuidance(this.name.zh(), this.name.en(), this.definitionZh, this.definitionEn,
				this.workStandardZh, this.workStandardEn, this.defaultProbability);
	}

	/**
	 * Adds an item at the end of the checklist. The caller saves the returned item.
	 * @throws ChangeRejected when the content breaks a rule or repeats an active item
	 */
	public ChecklistItem addItem(ChecklistItemContent content) {
		checkItem(content, null);
		int position = this.items.stream().mapToInt(ChecklistItem::getPosition).max().orElse(0) + 1;
		ChecklistItem item = new ChecklistItem(this, position, content);
		this.items.add(item);
		return item;
	}

	/**
	 * Changes an item's text, mandatory flag or way of satisfaction.
	 * @throws ChangeRejected when the content breaks a rule or repeats another active
	 * item
	 */
	public FieldChanges reviseItem(ChecklistItem item, ChecklistItemContent content) {
		requireOwn(item);
		checkItem(content, item);
		return item.revise(content);
	}

	/**
	 * Takes an item off the checklist for deals from now on; it stays on record for deals
	 * that already satisfied it. Retiring a retired item changes nothing.
	 */
	public FieldChanges retireItem(ChecklistItem item) {
		requireOwn(item);
		return item.changeActive(false);
	}

	/**
	 * Puts a retired item back on the checklist.
	 * @throws ChangeRejected when an active item now has the same text
	 */
	public FieldChanges reactivateItem(ChecklistItem item) {
		requireOwn(item);
		if (!item.isActive()) {
			checkDuplicate(item.content(), item);
		}
		return item.changeActive(true);
	}

	/**
	 * Moves an item one place up ({@code -1}) or down ({@code +1}) among the items of the
	 * checklist, swapping with its neighbour; nothing happens at either end.
	 */
	public void moveItem(ChecklistItem item, int direction) {
		requireOwn(item);
		List<ChecklistItem> ordered = itemsInOrder();
		int index = ordered.indexOf(item);
		int target = index + Integer.signum(direction);
		if (direction == 0 || target < 0 || target >= ordered.size()) {
			return;
		}
		ChecklistItem neighbour = ordered.get(target);
		int position = item.getPosition();
		if (neighbour.getPosition() == position) {
			item.moveTo(position + Integer.signum(direction));
		}
		else {
			item.moveTo(neighbour.getPosition());
			neighbour.moveTo(position);
		}
	}

	private void checkItem(ChecklistItemContent content, ChecklistItem editing) {
		List<Violation> violations = content.violations();
		ChangeRejected.throwIfAny(violations);
		checkDuplicate(content, editing);
	}

	private void checkDuplicate(ChecklistItemContent content, ChecklistItem editing) {
		boolean duplicate = this.items.stream()
			.filter(ChecklistItem::isActive)
			.filter((other) -> other != editing)
			.anyMatch((other) -> other.sameTextAs(content));
		if (duplicate) {
			throw ChangeRejected.of("textZh", "playbook.item.duplicate");
		}
	}

	private void requireOwn(ChecklistItem item) {
		if (item.getDefinition() != this) {
			throw new IllegalArgumentException("Item " + item.getId() + " belongs to another milestone");
		}
	}

	/** The item with {@code id}, active or retired. */
	public Optional<ChecklistItem> item(Long id) {
		return this.items.stream().filter((item) -> Objects.equals(item.getId(), id)).findFirst();
	}

	/** Every item, retired ones included, in checklist order. */
	public List<ChecklistItem> itemsInOrder() {
		List<ChecklistItem> ordered = new ArrayList<>(this.items);
		ordered.sort(Comparator.comparingInt(ChecklistItem::getPosition)
			.thenComparing(ChecklistItem::getId, Comparator.nullsLast(Comparator.naturalOrder())));
		return Collections.unmodifiableList(ordered);
	}

	/** The items deals work through now, in order. */
	public List<ChecklistItem> activeItems() {
		return itemsInOrder().stream().filter(ChecklistItem::isActive).toList();
	}

	public Milestone getMilestone() {
		return this.milestone;
	}

	public LocalizedName getName() {
		return this.name;
	}

	public String definition(Locale locale) {
		return inLanguage(locale, this.definitionZh, this.definitionEn);
	}

	public String workStandard(Locale locale) {
		return inLanguage(locale, this.workStandardZh, this.workStandardEn);
	}

	public String getDefinitionZh() {
		return this.definitionZh;
	}

	public String getDefinitionEn() {
		return this.definitionEn;
	}

	public String getWorkStandardZh() {
		return this.workStandardZh;
	}

	public String getWorkStandardEn() {
		return this.workStandardEn;
	}

	public int getDefaultProbability() {
		return this.defaultProbability;
	}

	private static String inLanguage(Locale locale, String zh, String en) {
		boolean english = locale != null && "en".equals(locale.getLanguage());
		return (english && en != null) ? en : zh;
	}

}
