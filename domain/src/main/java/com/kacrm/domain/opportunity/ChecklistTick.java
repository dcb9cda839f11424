package com.kacrm.domain.opportunity;

import java.time.Instant;
import java.util.Objects;

import com.kacrm.domain.playbook.ChecklistItem;
import com.kacrm.domain.playbook.Satisfaction;
import com.kacrm.domain.shared.Actor;
import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.domain.shared.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A manual checklist item ticked on a deal, with its evidence: a note, a logged activity
 * of the deal, or both. Only items of the deal's current milestone are ticked, and only
 * manual ones: automatic items follow the data.
 */
@Entity
@Table(name = "checklist_tick")
public class ChecklistTick {

	public static final int MAX_NOTE = 1000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "opportunity_id", nullable = false, updatable = false)
	private Opportunity opportunity;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "checklist_item_id", nullable = false, updatable = false)
	private ChecklistItem item;

	@Column(name = "evidence_note", updatable = false, length = MAX_NOTE)
	private String evidenceNote;

	@Column(name = "activity_id", updatable = false)
	private Long activityId;

	@Column(name = "ticked_at", nullable = false, updatable = false)
	private Instant tickedAt;

	@Column(name = "ticked_by_id", updatable = false)
	private Long tickedById;

	@Column(name = "ticked_by_name", nullable = false, updatable = false, length = 100)
	private String tickedByName;

	protected ChecklistTick() {
	}

	/**
	 * Ticks {@code item} on {@code opportunity} with evidence; {@code activityId} must be
	 * an activity of the deal (the caller checks).
	 * @throws ChangeRejected when the item is automatic, retired or not of the deal's
	 * current milestone, or there is no evidence
	 */
	public ChecklistTick(Opportunity opportunity, ChecklistItem item, String evidenceNote, Long activityId, Actor by,
			Instant at) {
		this.opportunity = Objects.requireNonNull(opportunity, "opportunity");
		this.item = Objects.requireNonNull(item, "item");
		if (item.getSatisfaction() != Satisfaction.MANUAL_WITH_EVIDENCE) {
			throw ChangeRejected.of("itemId", "opportunity.tick.automatic");
		}
		if (!item.isActive() || item.getMilestone() != opportunity.getMilestone()) {
			throw ChangeRejected.of("itemId", "opportunity.tick.notCurrent");
		}
		String note = Text.optional(evidenceNote);
		if (note == null && activityId == null) {
			throw ChangeRejected.of("evidenceNote", "opportunity.tick.evidenceRequired");
		}
		if (note != null && note.length() > MAX_NOTE) {
			throw ChangeRejected.of("evidenceNote", "form.tooLong", MAX_NOTE);
		}
		this.evidenceNote = note;
		this.activityId = activityId;
		this.tickedById = Objects.requireNonNull(by, "by").userId();
		this.tickedByName = by.name();
		this.tickedAt = Objects.requireNonNull(at, "at");
	}

	public Long getId() {
		return this.id;
	}

	public Opportunity getOpportunity() {
		return this.opportunity;
	}

	public ChecklistItem getItem() {
		return this.item;
	}

	public String getEvidenceNote() {
		return this.evidenceNote;
	}

	public Long getActivityId() {
		return this.activityId;
	}

	public Instant getTickedAt() {
		return this.tickedAt;
	}

	public Long getTickedById() {
		return this.tickedById;
	}

	public String getTickedByName() {
		return this.tickedByName;
	}

}
