package com.kacrm.domain.account;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

import com.kacrm.domain.organisation.Team;
import com.kacrm.domain.organisation.User;
import com.kacrm.domain.reference.AssignedTier;
import com.kacrm.domain.reference.Industry;
import com.kacrm.domain.reference.Tier;
import com.kacrm.domain.reference.TierProfile;
import com.kacrm.domain.reference.Tiered;
import com.kacrm.domain.shared.Text;
import com.kacrm.domain.shared.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
public class Account extends VersionedEntity implements Tiered {

	@Column(nullable = false, length = 200)
	private String name;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "team_id", nullable = false)
	private Team team;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "owner_id")
	private User owner;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "industry_id")
	private Industry industry;

	@Column(name = "industry_rank")
	private Integer industryRank;

	@Column(name = "annual_revenue", precision = 16, scale = 4)
	private BigDecimal annualRevenue;

	@Column(name = "annual_purchase", precision = 16, scale = 4)
	private BigDecimal annualPurchase;

	@Embedded
	private AssignedTier assignedTier = AssignedTier.NONE;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	protected Account() {
	}

	public Account(String name, Team team, User owner, Industry industry, TierProfile profile, Instant createdAt) {
		this.name = Text.required(name, "name", 200);
		this.team = Objects.requireNonNull(team, "team");
		this.owner = owner;
		this.industry = industry;
		this.industryRank = profile.industryRank();
		this.annualRevenue = profile.annualRevenue();
		this.annualPurchase = profile.annualPurchase();
		this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
	}

	@Override
	public TierProfile tierProfile() {
		return new TierProfile(this.industryRank, this.annualRevenue, this.annualPurchase);
	}

	@Override
	public void retier(Tier tier, int criteriaVersion) {
		this.assignedTier = this.assignedTier.retier(tier, criteriaVersion);
	}

	public String getName() {
		return this.name;
	}

	public Team getTeam() {
		return this.team;
	}

	public User getOwner() {
		return this.owner;
	}

	public Industry getIndustry() {
		return this.industry;
	}

	@Override
	public Tier getTier() {
		return this.assignedTier.tier();
	}

	@Override
	public Integer getTierCriteriaVersion() {
		return this.assignedTier.criteriaVersion();
	}

	@Override
	public boolean isTierSetByHand() {
		return this.assignedTier.setByHand();
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

}
