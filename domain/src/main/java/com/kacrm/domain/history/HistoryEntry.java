package com.kacrm.domain.history;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import com.kacrm.domain.shared.Actor;

/**
 * One line of a record's history: who changed which field when, from what to what, and
 * why. Entries are written in the same transaction as the change and never altered
 * afterwards. A change made by re-tiering names the tier-criteria version that caused it.
 */
@Entity
@Table(name = "history_entry")
public class HistoryEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "subject_type", nullable = false, updatable = false, length = 32)
	private String subjectType;

	@Column(name = "subject_id", nullable = false, updatable = false)
	private Long subjectId;

	@Column(name = "subject_label", updatable = false, length = 200)
	private String subjectLabel;

	@Column(nullable = false, updatable = false, length = 64)
	private String field;

	@Column(name = "old_value", updatable = false)
	private String oldValue;

	@Column(name = "new_value", updatable = false)
	private String newValue;

	@Column(name = "actor_id", updatable = false)
	private Long actorId;

	@Column(name = "actor_name", nullable = false, updatable = false, length = 100)
	private String actorName;

	@Column(name = "occurred_at", nullable = false, updatable = false)
	private Instant occurredAt;

	@Column(updatable = false, length = 2000)
	private String reason;

	@Column(name = "reason_code", updatable = false, length = 1000)
	private String reasonCode;

	@Column(name = "tier_criteria_version", updatable = false)
	private Integer tierCriteriaVersion;

	protected HistoryEntry() {
	}

	/**
	 * An entry; {@code reasonCode} is an optional machine-readable form of the reason
	 * (for a re-tier the encoded tier checks) that screens render in the reader's
	 * language, {@code reason} the same for people reading the data directly.
	 */
	public HistoryEntry(HistorySubject subject, FieldChange change, Actor actor, Instant occurredAt, String reason,
			String reasonCode, Integer tierCriteriaVersion) {
		Objects.requireNonNull(subject, "subject");
		Objects.requireNonNull(change, "change");
		Objects.requireNonNull(actor, "actor");
		this.subjectType = subject.type();
		this.subjectId = subject.id();
		this.subjectLabel = subject.label();
		this.field = change.field();
		this.oldValue = change.oldValue();
		this.newValue = change.newValue();
		this.actorId = actor.userId();
		this.actorName = actor.name();
		this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
		this.reason = (reason == null || reason.isBlank()) ? null : reason.strip();
		this.reasonCode = reasonCode;
		this.tierCriteriaVersion = tierCriteriaVersion;
	}

	public Long getId() {
		return this.id;
	}

	public String getSubjectType() {
		return this.subjectType;
	}

	public Long getSubjectId() {
		return this.subjectId;
	}

	public String getSubjectLabel() {
		return this.subjectLabel;
	}

	public String getField() {
		return this.field;
	}

	public String getOldValue() {
		return this.oldValue;
	}

	public String getNewValue() {
		return this.newValue;
	}

	public Long getActorId() {
		return this.actorId;
	}

	public String getActorName() {
		return this.actorName;
	}

	public Instant getOccurredAt() {
		return this.occurredAt;
	}

	public String getReason() {
		return this.reason;
	}

	public String getReasonCode() {
		return this.reasonCode;
	}

	public Integer getTierCriteriaVersion() {
		return this.tierCriteriaVersion;
	}

}
