package com.kacrm.domain.opportunity;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import com.kacrm.domain.playbook.ChecklistItem;
import com.kacrm.domain.playbook.Milestone;
import com.kacrm.domain.shared.Actor;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One entry of a deal's milestone history: a move between milestones or a change of
 * status, with who, when and why, and which checklist items were done and missing at that
 * moment (by id: items are never deleted). Entries are appended, never changed; the days
 * a deal spent in each milestone are derived from them ({@link MilestoneTimeline}).
 */
@Entity
@Table(name = "milestone_move")
public class MilestoneMove {

	public static final int MAX_REASON = 1000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "opportunity_id", nullable = false, updatable = false)
	private Opportunity opportunity;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false, length = 16)
	private MoveKind kind;

	@Enumerated(EnumType.STRING)
	@Column(name = "from_milestone", nullable = false, updatable = false, length = 32)
	private Milestone fromMilestone;

	@Enumerated(EnumType.STRING)
	@Column(name = "to_milestone", nullable = false, updatable = false, length = 32)
	private Milestone toMilestone;

	@Enumerated(EnumType.STRING)
	@Column(name = "from_status", nullable = false, updatable = false, length = 16)
	private OpportunityStatus fromStatus;

	@Enumerated(EnumType.STRING)
	@Column(name = "to_status", nullable = false, updatable = false, length = 16)
	private OpportunityStatus toStatus;

	@Column(updatable = false, length = MAX_REASON)
	private String reason;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(name = "satisfied_item_ids", nullable = false, updatable = false, columnDefinition = "bigint[]")
	private Long[] satisfiedItemIds;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(name = "unmet_item_ids", nullable = false, updatable = false, columnDefinition = "bigint[]")
	private Long[] unmetItemIds;

	@Column(name = "moved_at", nullable = false, updatable = false)
	private Instant movedAt;

	@Column(name = "moved_by_id", updatable = false)
	private Long movedById;

	@Column(name = "moved_by_name", nullable = false, updatable = false, length = 100)
	private String movedByName;

	protected MilestoneMove() {
	}

	MilestoneMove(Opportunity opportunity, MoveKind kind, Milestone from, Milestone to, OpportunityStatus fromStatus,
			OpportunityStatus toStatus, String reason, ChecklistState gate, Actor by, Instant at) {
		this.opportunity = Objects.requireNonNull(opportunity, "opportunity");
		this.kind = Objects.requireNonNull(kind, "kind");
		this.fromMilestone = Objects.requireNonNull(from, "from");
		this.toMilestone = Objects.requireNonNull(to, "to");
		this.fromStatus = Objects.requireNonNull(fromStatus, "fromStatus");
		this.toStatus = Objects.requireNonNull(toStatus, "toStatus");
		this.reason = reason;
		this.satisfiedItemIds = (gate != null) ? ids(gate.done()) : new Long[0];
		this.unmetItemIds = (gate != null) ? ids(gate.unmet()) : new Long[0];
		this.movedById = Objects.requireNonNull(by, "by").userId();
		this.movedByName = by.name();
		this.movedAt = Objects.requireNonNull(at, "at");
	}

	private static Long[] ids(List<ChecklistItem> items) {
		return items.stream().map(ChecklistItem::getId).filter(Objects::nonNull).toArray(Long[]::new);
	}

	public Long getId() {
		return this.id;
	}

	public Opportunity getOpportunity() {
		return this.opportunity;
	}

	public MoveKind getKind() {
		return this.kind;
	}

	public Milestone getFromMilestone() {
		return this.fromMilestone;
	}

	public Milestone getToMilestone() {
		return this.toMilestone;
	}

	public OpportunityStatus getFromStatus() {
		return this.fromStatus;
	}

	public OpportunityStatus getToStatus() {
		return this.toStatus;
	}

	public String getReason() {
		return this.reason;
	}

	/** The ids of the checklist items done when the deal moved. */
	public List<Long> getSatisfiedItemIds() {
		return List.of(this.satisfiedItemIds);
	}

	/** The ids of the mandatory items missing when the deal moved (an override). */
	public List<Long> getUnmetItemIds() {
		return List.of(this.unmetItemIds);
	}

	public Instant getMovedAt() {
		return this.movedAt;
	}

	public Long getMovedById() {
		return this.movedById;
	}

	public String getMovedByName() {
		return this.movedByName;
	}

}
