package com.kacrm.domain.account;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

import com.kacrm.domain.organisation.Team;
import com.kacrm.domain.organisation.User;
import com.kacrm.domain.reference.Industry;
import com.kacrm.domain.reference.TierProfile;
import com.kacrm.domain.reference.TieredCustomer;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A key account (大客户): a customer company that a team develops.
 *
 * <p>
 * Invariants: an account belongs to exactly one team; its tier (客户分类 A–D) is either the
 * one the current tier criteria assign from its industry rank, annual revenue and annual
 * purchase (万元), naming the criteria version that assigned it, or one set by hand, which
 * re-tiering leaves alone. This is the part of the account file the tier criteria need;
 * the rest of the file (建档: business characteristics, credit, contacts…) extends it.
 */
@Entity
@Table(name = "account")
public class Account extends TieredCustomer {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "team_id", nullable = false)
	private Team team;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "owner_id")
	private User owner;

	@Column(name = "annual_purchase", precision = 16, scale = 4)
	private BigDecimal annualPurchase;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	protected Account() {
	}

	public Account(String name, Team team, User owner, Industry industry, TierProfile profile, Instant createdAt) {
		super(name, industry, profile.industryRank(), profile.annualRevenue());
		this.team = Objects.requireNonNull(team, "team");
		this.owner = owner;
		this.annualPurchase = profile.annualPurchase();
		this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
	}

	@Override
	protected BigDecimal annualPurchase() {
		return this.annualPurchase;
	}

	public Team getTeam() {
		return this.team;
	}

	public User getOwner() {
		return this.owner;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

}
