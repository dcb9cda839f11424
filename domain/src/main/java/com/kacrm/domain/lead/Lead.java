package com.kacrm.domain.lead;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

import com.kacrm.domain.organisation.Region;
import com.kacrm.domain.organisation.Team;
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
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A lead (潜在客户线索): a prospective customer registered on the lead sheet JTF001 of its
 * region.
 *
 * <p>
 * Invariants: a lead belongs to one region and, once distributed, to one team; while open
 * (NEW, ASSIGNED, CONTACTING) its class (客户分类 A–D) follows the tier criteria from its
 * industry rank and annual revenue (a prospect buys nothing from us yet), naming the
 * criteria version that assigned it, unless it was set by hand. This is the part of the
 * lead the tier criteria need; the sheet's other columns extend it.
 */
@Entity
@Table(name = "lead")
public class Lead extends VersionedEntity implements Tiered {

	@Column(nullable = false, length = 200)
	private String name;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "region_id", nullable = false)
	private Region region;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "team_id")
	private Team team;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "industry_id")
	private Industry industry;

	@Column(name = "industry_rank")
	private Integer industryRank;

	@Column(name = "annual_revenue", precision = 16, scale = 4)
	private BigDecimal annualRevenue;

	@Embedded
	private AssignedTier assignedTier = AssignedTier.NONE;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private LeadStatus status = LeadStatus.NEW;

	@Column(name = "registered_at", nullable = false, updatable = false)
	private Instant registeredAt;

	protected Lead() {
	}

	public Lead(String name, Region region, Team team, Industry industry, Integer industryRank,
			BigDecimal annualRevenue, Instant registeredAt) {
		this.name = Text.required(name, "name", 200);
		this.region = Objects.requireNonNull(region, "region");
		this.team = team;
		this.industry = industry;
		this.industryRank = industryRank;
		this.annualRevenue = annualRevenue;
		this.registeredAt = Objects.requireNonNull(registeredAt, "registeredAt");
	}

	@Override
	public TierProfile tierProfile() {
		return new TierProfile(this.industryRank, this.annualRevenue, null);
	}

	@Override
	public void retier(Tier tier, int criteriaVersion) {
		if (!this.status.isOpen()) {
			throw new IllegalStateException("Lead " + getId() + " is " + this.status + " and keeps its class");
		}
		this.assignedTier = this.assignedTier.retier(tier, criteriaVersion);
	}

	public String getName() {
		return this.name;
	}

	public Region getRegion() {
		return this.region;
	}

	public Team getTeam() {
		return this.team;
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

	public LeadStatus getStatus() {
		return this.status;
	}

	public Instant getRegisteredAt() {
		return this.registeredAt;
	}

}
