package com.kacrm.domain.account;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import com.kacrm.domain.history.FieldChange;
import com.kacrm.domain.history.FieldChanges;
import com.kacrm.domain.lead.Lead;
import com.kacrm.domain.organisation.Region;
import com.kacrm.domain.organisation.Role;
import com.kacrm.domain.organisation.Team;
import com.kacrm.domain.organisation.User;
import com.kacrm.domain.reference.Industry;
import com.kacrm.domain.reference.LeadSource;
import com.kacrm.domain.reference.TierProfile;
import com.kacrm.domain.reference.TieredCustomer;
import com.kacrm.domain.shared.Actor;
import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.domain.shared.Text;
import com.kacrm.domain.valuation.PortfolioClass;
import com.kacrm.domain.valuation.PyramidLevel;
import com.kacrm.domain.valuation.ValueAssessment;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
 *
 * <p>
 * The file (建档) holds the manual's deep profile besides name, address and phone; users
 * change it as a whole ({@link #edit}), which tells which fields changed, for the history
 * (动态管理). Owner and team change only by {@link #reassign reassignment}: the owner is a
 * rep or manager of the team, or nobody. The latest value assessment's portfolio class
 * and pyramid level are kept on the account so lists filter by them.
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

	/*
	 * The foreign keys again, read-only, for the visibility predicates of the lists: a
	 * condition on them is served by this table's own indexes, where one on the joined
	 * team or owner is not (docs/performance.md).
	 */

	@Column(name = "team_id", insertable = false, updatable = false)
	private Long teamId;

	@Column(name = "owner_id", insertable = false, updatable = false)
	private Long ownerId;

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

	/**
	 * Who filed this record (the KPI "information collected" counts them per rep); null
	 * for the system or records older than V022 without history.
	 */
	@Column(name = "created_by_id", updatable = false)
	private Long createdById;

	@Column(length = AccountProfile.MAX_ADDRESS)
	private String address;

	@Column(length = AccountProfile.MAX_PHONE)
	private String phone;

	@Column(length = AccountProfile.MAX_WEBSITE)
	private String website;

	@Column(name = "business_characteristics", length = AccountProfile.MAX_PROFILE_TEXT)
	private String businessCharacteristics;

	@Column(name = "industry_position", length = AccountProfile.MAX_PROFILE_TEXT)
	private String industryPosition;

	@Column(name = "distribution_capability", length = AccountProfile.MAX_PROFILE_TEXT)
	private String distributionCapability;

	@Column(name = "financial_strength", length = AccountProfile.MAX_PROFILE_TEXT)
	private String financialStrength;

	@Column(name = "commercial_credit", length = AccountProfile.MAX_PROFILE_TEXT)
	private String commercialCredit;

	@Column(name = "cooperation_intent", length = AccountProfile.MAX_PROFILE_TEXT)
	private String cooperationIntent;

	@Enumerated(EnumType.STRING)
	@Column(name = "decision_mode", length = 16)
	private DecisionMode decisionMode;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private Lifecycle lifecycle = Lifecycle.PROSPECT;

	@Enumerated(EnumType.STRING)
	@Column(name = "relationship_stage", nullable = false, length = 24)
	private RelationshipStage relationshipStage = RelationshipStage.OUTSIDER;

	@Enumerated(EnumType.STRING)
	@Column(name = "portfolio_class", length = 16)
	private PortfolioClass portfolioClass;

	@Enumerated(EnumType.STRING)
	@Column(name = "pyramid_level", length = 16)
	private PyramidLevel pyramidLevel;

	@Column(name = "value_assessed_at")
	private Instant valueAssessedAt;

	/**
	 * When someone of ours last had contact with the customer: the latest done activity,
	 * kept here by the service that records activities (one statement that takes the
	 * latest, never through this entity: a logged visit must not change the account's
	 * version under someone editing its file); null if never.
	 */
	@Column(name = "last_contacted_at", insertable = false, updatable = false)
	private Instant lastContactedAt;

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

	/**
	 * Replaces the file with {@code profile}; the tier follows when it is not set by hand
	 * (the caller re-tiers).
	 * @return the fields that changed, named by their message keys, for the history
	 * @throws ChangeRejected with every rule the profile breaks, the account unchanged
	 */
	public List<FieldChange> edit(AccountProfile profile) {
		ChangeRejected.throwIfAny(profile.violations());
		FieldChanges changes = new FieldChanges().add("account.name", getName(), profile.name().strip())
			.add("account.industry", nameOf(getIndustry()), nameOf(profile.industry()))
			.add("account.industryRank", getIndustryRank(), profile.industryRank())
			.add("account.annualRevenue", getAnnualRevenue(), profile.annualRevenue())
			.add("account.annualPurchase", this.annualPurchase, profile.annualPurchase())
			.add("account.address", this.address, Text.optional(profile.address()))
			.add("account.phone", this.phone, Text.optional(profile.phone()))
			.add("account.website", this.website, Text.optional(profile.website()))
			.add("account.businessCharacteristics", this.businessCharacteristics,
					Text.optional(profile.businessCharacteristics()))
			.add("account.industryPosition", this.industryPosition, Text.optional(profile.industryPosition()))
			.add("account.distributionCapability", this.distributionCapability,
					Text.optional(profile.distributionCapability()))
			.add("account.financialStrength", this.financialStrength, Text.optional(profile.financialStrength()))
			.add("account.commercialCredit", this.commercialCredit, Text.optional(profile.commercialCredit()))
			.add("account.cooperationIntent", this.cooperationIntent, Text.optional(profile.cooperationIntent()))
			.add("account.decisionMode", this.decisionMode, profile.decisionMode())
			.add("account.lifecycle", this.lifecycle, profile.lifecycle())
			.add("account.relationshipStage", this.relationshipStage, profile.relationshipStage());
		rename(profile.name());
		describe(profile.industry(), profile.industryRank(), profile.annualRevenue());
		this.annualPurchase = profile.annualPurchase();
		this.address = Text.optional(profile.address());
		this.phone = Text.optional(profile.phone());
		this.website = Text.optional(profile.website());
		this.businessCharacteristics = Text.optional(profile.businessCharacteristics());
		this.industryPosition = Text.optional(profile.industryPosition());
		this.distributionCapability = Text.optional(profile.distributionCapability());
		this.financialStrength = Text.optional(profile.financialStrength());
		this.commercialCredit = Text.optional(profile.commercialCredit());
		this.cooperationIntent = Text.optional(profile.cooperationIntent());
		this.decisionMode = profile.decisionMode();
		this.lifecycle = profile.lifecycle();
		this.relationshipStage = profile.relationshipStage();
		return changes.list();
	}

	/** The file as it stands, the starting point of an edit. */
	public AccountProfile profile() {
		return new AccountProfile(getName(), getIndustry(), getIndustryRank(), getAnnualRevenue(), this.annualPurchase,
				this.address, this.phone, this.website, this.businessCharacteristics, this.industryPosition,
				this.distributionCapability, this.financialStrength, this.commercialCredit, this.cooperationIntent,
				this.decisionMode, this.lifecycle, this.relationshipStage);
	}

	/**
	 * Gives the account to {@code newTeam} and {@code newOwner} (a manager's decision).
	 * @param newOwner a rep or manager of the team, or its manager; null leaves the
	 * account to the team without an owner
	 * @return the fields that changed, for the history
	 * @throws ChangeRejected when the owner is disabled, an admin, or outside the team
	 */
	public List<FieldChange> reassign(Team newTeam, User newOwner) {
		Objects.requireNonNull(newTeam, "newTeam");
		if (newOwner != null && !mayOwn(newOwner, newTeam)) {
			throw ChangeRejected.of("ownerUsername", "account.error.ownerOutsideTeam");
		}
		List<FieldChange> changes = new FieldChanges()
			.add("account.team", this.team.getName().zh(), newTeam.getName().zh())
			.add("account.owner", (this.owner != null) ? this.owner.getDisplayName() : null,
					(newOwner != null) ? newOwner.getDisplayName() : null)
			.list();
		this.team = newTeam;
		this.owner = newOwner;
		return changes;
	}

	/** Whether {@code user} may own accounts of {@code team}. */
	/**
	 * Whether two references name the same account: saved accounts by id (one may be a
	 * lazy proxy), new ones by identity.
	 */
	public static boolean same(Account one, Account other) {
		return one == other
				|| (one != null && other != null && one.getId() != null && one.getId().equals(other.getId()));
	}

	public static boolean mayOwn(User user, Team team) {
		if (!user.isEnabled() || user.getRole() == Role.ADMIN) {
			return false;
		}
		return (user.getTeam() != null && user.getTeam().isSameTeam(team)) || team.isManagedBy(user);
	}

	/**
	 * Takes the result of a value assessment made at {@code at}: the account's portfolio
	 * class and pyramid level are the latest assessment's.
	 * @return the fields that changed, for the history
	 */
	public List<FieldChange> recordValuation(ValueAssessment assessment, Instant at) {
		List<FieldChange> changes = new FieldChanges()
			.add("account.portfolioClass", this.portfolioClass, assessment.portfolioClass())
			.add("account.pyramidLevel", this.pyramidLevel, assessment.pyramidLevel())
			.list();
		this.portfolioClass = assessment.portfolioClass();
		this.pyramidLevel = assessment.pyramidLevel();
		this.valueAssessedAt = Objects.requireNonNull(at, "at");
		return changes;
	}

	private static String nameOf(Industry industry) {
		return (industry != null) ? industry.getName().zh() : null;
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

	/**
	 * Records who filed this new record; set once, when it is created.
	 */
	public void filedBy(Actor actor) {
		if (this.createdById == null) {
			this.createdById = actor.userId();
		}
	}

	public Long getCreatedById() {
		return this.createdById;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	/** When the customer was last contacted; null if never. */
	public Instant getLastContactedAt() {
		return this.lastContactedAt;
	}

	public String getAddress() {
		return this.address;
	}

	public String getPhone() {
		return this.phone;
	}

	public String getWebsite() {
		return this.website;
	}

	public String getBusinessCharacteristics() {
		return this.businessCharacteristics;
	}

	public String getIndustryPosition() {
		return this.industryPosition;
	}

	public String getDistributionCapability() {
		return this.distributionCapability;
	}

	public String getFinancialStrength() {
		return this.financialStrength;
	}

	public String getCommercialCredit() {
		return this.commercialCredit;
	}

	public String getCooperationIntent() {
		return this.cooperationIntent;
	}

	public DecisionMode getDecisionMode() {
		return this.decisionMode;
	}

	public Lifecycle getLifecycle() {
		return this.lifecycle;
	}

	public RelationshipStage getRelationshipStage() {
		return this.relationshipStage;
	}

	public PortfolioClass getPortfolioClass() {
		return this.portfolioClass;
	}

	public PyramidLevel getPyramidLevel() {
		return this.pyramidLevel;
	}

	public Instant getValueAssessedAt() {
		return this.valueAssessedAt;
	}

}
