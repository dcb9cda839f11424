package com.kacrm.domain.playbook;

import java.util.Locale;
import java.util.Objects;

import com.kacrm.domain.history.FieldChanges;
import com.kacrm.domain.shared.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * One task of a milestone's checklist (任务清单项), e.g. "至少记录一次上门拜访". Mandatory items gate
 * the move to the next milestone; an item is ticked with evidence or satisfied
 * automatically by data ({@link AutomaticRule}).
 *
 * <p>
 * <b>Lifecycle.</b> An item is created active by
 * {@link MilestoneDefinition#addItem(ChecklistItemContent)} and is never deleted: when
 * the method changes, the admin retires it ({@link #isActive()} false) and adds a new
 * one. Deal progress (a later feature) records the ids of the items that were satisfied
 * when a deal passed a milestone, so retiring or adding items later never moves a deal
 * back and the record of what was done keeps its meaning. Retired items are not shown on
 * deals and are left out of the API; they stay visible to admins and can be reactivated.
 * See docs/adr/0005-checklists-are-retired-not-deleted.md.
 */
@Entity
@Table(name = "checklist_item")
public class ChecklistItem extends VersionedEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "milestone_definition_id", nullable = false, updatable = false)
	private MilestoneDefinition definition;

	@Column(nullable = false)
	private int position;

	@Column(name = "text_zh", nullable = false, length = ChecklistItemContent.TEXT_LENGTH)
	private String textZh;

	@Column(name = "text_en", length = ChecklistItemContent.TEXT_LENGTH)
	private String textEn;

	@Column(nullable = false)
	private boolean mandatory;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 24)
	private Satisfaction satisfaction;

	@Enumerated(EnumType.STRING)
	@Column(name = "automatic_rule", length = 40)
	private AutomaticRule automaticRule;

	@Column(nullable = false)
	private boolean active = true;

	protected ChecklistItem() {
	}

	/** Created by its milestone, which has checked the content. */
	ChecklistItem(MilestoneDefinition definition, int position, ChecklistItemContent content) {
		this.definition = Objects.requireNonNull(definition, "definition");
		this.position = position;
		apply(content);
	}

	/** Applies checked content and says which fields changed. */
	FieldChanges revise(ChecklistItemContent content) {
		FieldChanges changes = new FieldChanges().add("playbook.item.textZh", this.textZh, content.textZh())
			.add("playbook.item.textEn", this.textEn, content.textEn())
			.add("playbook.item.mandatory", this.mandatory, content.mandatory())
			.add("playbook.item.satisfaction", this.satisfaction, content.satisfaction())
			.add("playbook.item.automaticRule", this.automaticRule, content.automaticRule());
		apply(content);
		return changes;
	}

	FieldChanges changeActive(boolean active) {
		FieldChanges changes = new FieldChanges().add("playbook.item.active", this.active, active);
		this.active = active;
		return changes;
	}

	void moveTo(int position) {
		this.position = position;
	}

	private void apply(ChecklistItemContent content) {
		this.textZh = content.textZh();
		this.textEn = content.textEn();
		this.mandatory = content.mandatory();
		this.satisfaction = content.satisfaction();
		this.automaticRule = content.automaticRule();
	}

	/** The content as it is now, e.g. to fill an edit form. */
	public ChecklistItemContent content() {
		return new ChecklistItemContent(this.textZh, this.textEn, this.mandatory, this.satisfaction,
				this.automaticRule);
	}

	boolean sameTextAs(ChecklistItemContent content) {
		return Objects.equals(Texts.comparable(this.textZh), Texts.comparable(content.textZh())) || (this.textEn != null
				&& Objects.equals(Texts.comparable(this.textEn), Texts.comparable(content.textEn())));
	}

	public MilestoneDefinition getDefinition() {
		return this.definition;
	}

	public Milestone getMilestone() {
		return this.definition.getMilestone();
	}

	public int getPosition() {
		return this.position;
	}

	public String getTextZh() {
		return this.textZh;
	}

	public String getTextEn() {
		return this.textEn;
	}

	/** The text in {@code locale}'s language; English falls back to Chinese. */
	public String text(Locale locale) {
		boolean english = locale != null && "en".equals(locale.getLanguage());
		return (english && this.textEn != null) ? this.textEn : this.textZh;
	}

	public boolean isMandatory() {
		return this.mandatory;
	}

	public Satisfaction getSatisfaction() {
		return this.satisfaction;
	}

	public AutomaticRule getAutomaticRule() {
		return this.automaticRule;
	}

	public boolean isActive() {
		return this.active;
	}

}
