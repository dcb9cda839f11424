package com.kacrm.domain.approval;

import java.time.Instant;
import java.util.Objects;

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

/**
 * One step of a 立项 request's decision trail: from which status to which, in which
 * submission round, who, when, and their comment. Append-only. The database allows one
 * step out of SUBMITTED per round (a unique index), so two deciders acting at the same
 * moment can never both decide.
 */
@Entity
@Table(name = "approval_transition")
public class ApprovalTransition {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "request_id", nullable = false, updatable = false)
	private ApprovalRequest request;

	@Column(nullable = false, updatable = false)
	private int round;

	@Enumerated(EnumType.STRING)
	@Column(name = "from_status", nullable = false, updatable = false, length = 16)
	private ApprovalStatus fromStatus;

	@Enumerated(EnumType.STRING)
	@Column(name = "to_status", nullable = false, updatable = false, length = 16)
	private ApprovalStatus toStatus;

	@Column(name = "actor_id", updatable = false)
	private Long actorId;

	@Column(name = "actor_name", nullable = false, updatable = false, length = 100)
	private String actorName;

	@Column(name = "acted_at", nullable = false, updatable = false)
	private Instant actedAt;

	@Column(updatable = false, length = ApprovalRequest.MAX_COMMENT)
	private String comment;

	protected ApprovalTransition() {
	}

	ApprovalTransition(ApprovalRequest request, int round, ApprovalStatus from, ApprovalStatus to, String comment,
			Actor by, Instant at) {
		this.request = Objects.requireNonNull(request, "request");
		this.round = round;
		this.fromStatus = Objects.requireNonNull(from, "from");
		this.toStatus = Objects.requireNonNull(to, "to");
		this.comment = comment;
		this.actorId = Objects.requireNonNull(by, "by").userId();
		this.actorName = by.name();
		this.actedAt = Objects.requireNonNull(at, "at");
	}

	public Long getId() {
		return this.id;
	}

	public ApprovalRequest getRequest() {
		return this.request;
	}

	public int getRound() {
		return this.round;
	}

	public ApprovalStatus getFromStatus() {
		return this.fromStatus;
	}

	public ApprovalStatus getToStatus() {
		return this.toStatus;
	}

	public Long getActorId() {
		return this.actorId;
	}

	public String getActorName() {
		return this.actorName;
	}

	public Instant getActedAt() {
		return this.actedAt;
	}

	public String getComment() {
		return this.comment;
	}

}
