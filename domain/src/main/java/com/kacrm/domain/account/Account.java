package com.kacrm.domain.account;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

import com.kacrm.domain.lead.Lead;
import com.kacrm.domain.organisation.Region;
import com.kacrm.domain.organisation.Team;
import com.kacrm.domain.organisation.User;
import com.kacrm.domain.reference.Industry;
import com.kacrm.domain.reference.LeadSource;
import com.kacrm.domain.reference.TierProfile;
import com.kacrm.domain.reference.TieredCustomer;
import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.domain.shared.Text;
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
 *
 * <p>
 * An account converted from a lead (转化) starts with everything the lead sheet knew: name,
 * industry, rank, revenue, class, source, contact hint and notes, and names the lead it
 * came from; a lead converts into one account only. A class set by hand on the lead stays
 * set by hand; a proposed one is assessed again by the criteria, which for accounts also
 * read the annual purchase.
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

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "lead_source_id")
	private LeadSource source;

	@Column(name = "contact_hint", length = Lead.MAX_CONTACT_HINT)
	private String contactHint;

	@Column(length = Lead.MAX_NOTES)
	private String notes;

	/** The lead this account was converted from; null for an account created directly. */
	@Column(name = "converted_from_lead_id", unique = true, updatable = false)
	private Long convertedFromLeadId;

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

	/**
	 * The account lead {@code lead} becomes, for team {@code team} and owner
	 * {@code owner}: it carries the lead's data and, when the lead's class was set by
	 * hand, that class, set by hand; otherwise the caller assigns the tier the criteria
	 * give.
	 * @throws ChangeRejected when the lead is converted or discarded already, or the team
	 * does not cover the lead's region
	 */
	public static Account fromLead(Lead lead, Team team, User owner, Instant at) {
		Objects.requireNonNull(lead, "lead");
		Objects.requireNonNull(team, "team");
		if (!lead.getStatus().isOpen()) {
			throw ChangeRejected.of(null, "conversion.error.leadClosed");
		}
		if (!sameRegion(team.getRegion(), lead.getRegion())) {
			throw ChangeRejected.of(null, "conversion.error.teamOutsideRegion");
		}
		Account account = new Account(lead.getName(), team, owner, lead.getIndustry(),
				new TierProfile(lead.getIndustryRank(), lead.getAnnualRevenue(), null), at);
		account.source = lead.getSource();
		account.contactHint = Text.optional(lead.getContactHint());
		account.notes = Text.optional(lead.getNotes());
		account.convertedFromLeadId = Objects.requireNonNull(lead.getId(), "a converted lead is saved");
		if (lead.isTierSetByHand() && lead.getTier() != null) {
			account.classifyByHand(lead.getTier());
		}
		return account;
	}

	private static boolean sameRegion(Region one, Region other) {
		return one != null && other != null
				&& (one == other || (one.getId() != null && one.getId().equals(other.getId())));
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

	public BigDecimal getAnnualPurchase() {
		return this.annualPurchase;
	}

	public LeadSource getSource() {
		return this.source;
	}

	public String getContactHint() {
		return this.contactHint;
	}

	public String getNotes() {
		return this.notes;
	}

	public Long getConvertedFromLeadId() {
		return this.convertedFromLeadId;
	}

	public boolean isConvertedFromLead() {
		return this.convertedFromLeadId != null;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

}
