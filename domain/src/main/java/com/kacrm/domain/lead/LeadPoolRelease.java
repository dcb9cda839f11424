package com.kacrm.domain.lead;

import java.time.Instant;
import java.util.Objects;

import com.kacrm.domain.organisation.User;
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
 * A lead went back to the public pool (公海) from its owner, given back or taken back by
 * the pool rule. The latest release of a lead by a user starts that user's cooldown on it
 * (see {@link LeadPoolPolicy}). Written once, never changed.
 */
@Entity
@Table(name = "lead_pool_release")
public class LeadPoolRelease {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "lead_id", nullable = false, updatable = false)
	private Lead lead;

	/** The owner the lead had. */
	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "user_id", nullable = false, updatable = false)
	private User user;

	@Column(name = "released_at", nullable = false, updatable = false)
	private Instant releasedAt;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false, length = 16)
	private PoolReleaseKind kind;

	protected LeadPoolRelease() {
	}

	public LeadPoolRelease(Lead lead, User previousOwner, PoolReleaseKind kind, Instant releasedAt) {
		this.lead = Objects.requireNonNull(lead, "lead");
		this.user = Objects.requireNonNull(previousOwner, "previousOwner");
		this.kind = Objects.requireNonNull(kind, "kind");
		this.releasedAt = Objects.requireNonNull(releasedAt, "releasedAt");
	}

	public Long getId() {
		return this.id;
	}

	public Lead getLead() {
		return this.lead;
	}

	public User getUser() {
		return this.user;
	}

	public Instant getReleasedAt() {
		return this.releasedAt;
	}

	public PoolReleaseKind getKind() {
		return this.kind;
	}

}
