package com.kacrm.domain.lead;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

import com.kacrm.domain.organisation.Region;
import com.kacrm.domain.organisation.Team;
import com.kacrm.domain.reference.Industry;
import com.kacrm.domain.reference.Tier;
import com.kacrm.domain.reference.TieredCustomer;
import jakarta.persistence.Column;
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
public class Lead extends TieredCustomer {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "region_id", nullable = false)
	private Region region;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "team_id")
	private Team team;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private LeadStatus status = LeadStatus.NEW;

	@Column(name = "registered_at", nullable = false, updatable = false)
	private Instant registeredAt;

	protected Lead() {
	}

	public Lead(String name, Region region, Team team, Industry industry, Integer industryRank,
			BigDecimal annualRevenue, Instant registeredAt) {
		super(name, industry, industryRank, annualRevenue);
		this.region = Objects.requireNonNull(region, "region");
		this.team = team;
		this.registeredAt = Objects.requireNonNull(registeredAt, "registeredAt");
	}

	/**
	 * Takes the class the criteria assign, while the lead is open.
	 * @throws IllegalStateException when the lead is converted or discarded, or its class
	 * was set by hand
	 */
	@Override
	public void retier(Tier tier, int criteriaVersion) {
		if (!this.status.isOpen()) {
			throw new IllegalStateException("Lead " + getId() + " is " + this.status + " and keeps its class");
		}
		super.retier(tier, criteriaVersion);
	}

	public Region getRegion() {
		return this.region;
	}

	public Team getTeam() {
		return this.team;
	}

	public LeadStatus getStatus() {
		return this.status;
	}

	public Instant getRegisteredAt() {
		return this.registeredAt;
	}

}
