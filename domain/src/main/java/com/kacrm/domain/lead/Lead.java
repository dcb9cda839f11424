package com.kacrm.domain.lead;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.kacrm.domain.organisation.Region;
import com.kacrm.domain.organisation.Role;
import com.kacrm.domain.organisation.Team;
import com.kacrm.domain.organisation.User;
import com.kacrm.domain.reference.Industry;
import com.kacrm.domain.reference.LeadSource;
import com.kacrm.domain.reference.Tier;
import com.kacrm.domain.reference.TieredCustomer;
import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.domain.shared.Text;
import com.kacrm.domain.shared.Violation;
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
 * region, with the sheet's columns (编号, 客户名称, 所属区域, 所属行业, 年营业额, 客户分类, 客户线索来源, 登记时间) plus
 * who registered it, the owning rep and team, a contact hint and notes.
 *
 * <p>
 * Lifecycle: registered NEW into its region's pool, or ASSIGNED at once to the rep who
 * found it; a manager assigns or a rep claims a pooled lead (ASSIGNED); logging a contact
 * makes it CONTACTING; it returns to the pool (NEW, no owner) when released or when its
 * owner let it lie; it ends CONVERTED into an account, keeping the link, or DISCARDED
 * with a reason. Closed leads are never changed again.
 *
 * <p>
 * Invariants: the number is unique and never changes; an owned lead (ASSIGNED,
 * CONTACTING) has an owner and the owner's team, a NEW lead neither; while open its class
 * (客户分类 A–D) follows the tier criteria from industry rank and annual revenue, naming the
 * criteria version, unless it was set by hand.
 */
@Entity
@Table(name = "lead")
public class Lead extends TieredCustomer {

	public static final int MAX_CONTACT_HINT = 200;

	public static final int MAX_NOTES = 2000;

	public static final int MAX_REASON = 500;

	@Column(nullable = false, unique = true, updatable = false, length = 32)
	private String number;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "region_id", nullable = false)
	private Region region;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "team_id")
	private Team team;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "owner_id")
	private User owner;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "lead_source_id")
	private LeadSource source;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "registrant_id", updatable = false)
	private User registrant;

	/*
	 * The foreign keys again, read-only, for the visibility predicates of the lists: a
	 * condition on them is served by this table's own indexes, where one on the joined
	 * team or owner is not (docs/performance.md).
	 */

	@Column(name = "region_id", insertable = false, updatable = false)
	private Long regionId;

	@Column(name = "team_id", insertable = false, updatable = false)
	private Long teamId;

	@Column(name = "owner_id", insertable = false, updatable = false)
	private Long ownerId;

	@Column(name = "registrant_id", insertable = false, updatable = false)
	private Long registrantId;

	@Column(name = "contact_hint", length = MAX_CONTACT_HINT)
	private String contactHint;

	@Column(length = MAX_NOTES)
	private String notes;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private LeadStatus status = LeadStatus.NEW;

	@Column(name = "discard_reason", length = MAX_REASON)
	private String discardReason;

	@Column(name = "registered_at", nullable = false, updatable = false)
	private Instant registeredAt;

	/** When the current owner got the lead; null while pooled. */
	@Column(name = "owned_since")
	private Instant ownedSince;

	@Column(name = "last_contacted_at")
	private Instant lastContactedAt;

	@Column(name = "converted_account_id")
	private Long convertedAccountId;

	@Column(name = "converted_opportunity_id")
	private Long convertedOpportunityId;

	@Column(name = "closed_at")
	private Instant closedAt;

	protected Lead() {
	}

	/**
	 * A lead registered NEW into its region's pool.
	 * @throws ChangeRejected when the details break the sheet's rules
	 */
	public Lead(LeadNumber number, LeadDetails details, User registrant, Instant registeredAt) {
		super(checked(details).customerName(), details.industry(), details.industryRank(), details.annualRevenue());
		this.number = Objects.requireNonNull(number, "number").toString();
		this.registrant = registrant;
		this.registeredAt = Objects.requireNonNull(registeredAt, "registeredAt");
		take(details);
	}

	/** Every rule {@code details} break, with the form field concerned. */
	public static List<Violation> violationsOf(LeadDetails details) {
		List<Violation> violations = new ArrayList<>();
		String name = details.customerName();
		if (name == null || name.isBlank()) {
			violations.add(Violation.of("customerName", "form.required"));
		}
		else if (name.strip().length() > 200) {
			violations.add(Violation.of("customerName", "form.tooLong", 200));
		}
		if (details.region() == null) {
			violations.add(Violation.of("regionCode", "form.required"));
		}
		if (details.industryRank() != null && details.industryRank() < 1) {
			violations.add(Violation.of("industryRank", "lead.error.rankAtLeastOne"));
		}
		BigDecimal revenue = details.annualRevenue();
		if (revenue != null && revenue.signum() < 0) {
			violations.add(Violation.of("annualRevenue", "lead.error.notNegative"));
		}
		else if (revenue != null && (revenue.scale() > 4 || revenue.precision() - revenue.scale() > 12)) {
			violations.add(Violation.of("annualRevenue", "lead.error.amountFormat"));
		}
		if (details.source() != null && !details.source().isActive()) {
			violations.add(Violation.of("sourceCode", "lead.error.sourceNotSelectable"));
		}
		tooLong("contactHint", details.contactHint(), MAX_CONTACT_HINT, violations);
		tooLong("notes", details.notes(), MAX_NOTES, violations);
		return violations;
	}

	private static void tooLong(String field, String value, int max, List<Violation> violations) {
		if (value != null && value.strip().length() > max) {
			violations.add(Violation.of(field, "form.tooLong", max));
		}
	}

	private static LeadDetails checked(LeadDetails details) {
		ChangeRejected.throwIfAny(violationsOf(Objects.requireNonNull(details, "details")));
		return details;
	}

	/**
	 * Replaces what users write about the lead. The class follows when it is not set by
	 * hand: the caller re-tiers.
	 * @throws ChangeRejected when the details break the sheet's rules or the lead is
	 * closed
	 */
	public void edit(LeadDetails details) {
		requireOpen();
		checked(details);
		if (this.team != null && !sameRegion(details.region(), this.team.getRegion())) {
			throw ChangeRejected.of("regionCode", "lead.error.regionOfOwnedLead");
		}
		rename(details.customerName());
		describe(details.industry(), details.industryRank(), details.annualRevenue());
		take(details);
	}

	private void take(LeadDetails details) {
		this.region = details.region();
		this.source = details.source();
		this.contactHint = Text.optional(details.contactHint());
		this.notes = Text.optional(details.notes());
	}

	/**
	 * Gives the lead to {@code newOwner}, a rep or manager, and the owner's team; the
	 * lead is ASSIGNED (a reassigned lead starts over with its new owner).
	 * @throws ChangeRejected when the lead is closed or the owner cannot hold leads of
	 * its region (disabled, an admin, or of a team in another region)
	 */
	public void assignTo(User newOwner, Instant at) {
		requireOpen();
		Objects.requireNonNull(newOwner, "newOwner");
		if (!newOwner.isEnabled() || newOwner.getRole() == Role.ADMIN || newOwner.getTeam() == null
				|| !sameRegion(newOwner.getTeam().getRegion(), this.region)) {
			// The owning team covers the lead's region, or visibility and the pool would
			// disagree.
			throw ChangeRejected.of("ownerUsername", "lead.error.ownerCannotHold");
		}
		this.owner = newOwner;
		this.team = newOwner.getTeam();
		this.status = LeadStatus.ASSIGNED;
		this.ownedSince = Objects.requireNonNull(at, "at");
	}

	/**
	 * The owner reached the customer (call, visit, message) at {@code at}: the lead is
	 * CONTACTING and its contact clock restarts from its latest contact (a call logged
	 * late does not move the clock back).
	 * @throws ChangeRejected when the lead has no owner or is closed
	 */
	public void recordContact(Instant at) {
		requireOpen();
		if (!this.status.isOwned()) {
			throw ChangeRejected.of(null, "lead.error.notOwned");
		}
		this.status = LeadStatus.CONTACTING;
		Objects.requireNonNull(at, "at");
		if (this.lastContactedAt == null || at.isAfter(this.lastContactedAt)) {
			this.lastContactedAt = at;
		}
	}

	/**
	 * The lead goes back to its region's pool (公海), NEW and without owner or team.
	 * @return the owner it had, for the cooldown
	 * @throws ChangeRejected when the lead has no owner or is closed
	 */
	public User returnToPool() {
		requireOpen();
		if (!this.status.isOwned()) {
			throw ChangeRejected.of(null, "lead.error.notOwned");
		}
		User previous = this.owner;
		this.owner = null;
		this.team = null;
		this.status = LeadStatus.NEW;
		this.ownedSince = null;
		return previous;
	}

	/**
	 * The lead is given up, with the reason.
	 * @throws ChangeRejected when the reason is missing or the lead is closed
	 */
	public void discard(String reason, Instant at) {
		requireOpen();
		this.discardReason = requiredReasonOf("discardReason", reason);
		this.status = LeadStatus.DISCARDED;
		this.closedAt = Objects.requireNonNull(at, "at");
	}

	/**
	 * The lead became account {@code accountId} (and, when given, its first opportunity);
	 * it leaves the active sheet and keeps the links.
	 * @throws ChangeRejected when the lead is closed
	 */
	public void convert(long accountId, Long opportunityId, Instant at) {
		requireOpen();
		this.convertedAccountId = accountId;
		this.convertedOpportunityId = opportunityId;
		this.status = LeadStatus.CONVERTED;
		this.closedAt = Objects.requireNonNull(at, "at");
	}

	/**
	 * Sets the class by hand with a reason, for the history.
	 * @throws ChangeRejected when the reason is missing or the lead is closed
	 */
	public String classifyByHand(Tier tier, String reason) {
		requireOpen();
		String why = requiredReasonOf("classReason", reason);
		classifyByHand(Objects.requireNonNull(tier, "tier"));
		return why;
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

	/**
	 * Whether {@code registrant} owns a lead they register in {@code region}: a rep
	 * registering in their own team's region works the lead they found; anyone else's
	 * lead, and a rep's lead of another region, goes to that region's pool.
	 */
	public static boolean ownsOnRegistration(User registrant, Region region) {
		return registrant.getRole() == Role.REP && registrant.getTeam() != null
				&& sameRegion(registrant.getTeam().getRegion(), region);
	}

	/**
	 * The same region: by id once saved (references may be proxies), by identity before.
	 */
	private static boolean sameRegion(Region one, Region other) {
		return one == other || (one.getId() != null && one.getId().equals(other.getId()));
	}

	private void requireOpen() {
		if (!this.status.isOpen()) {
			throw ChangeRejected.of(null, "lead.error.closed");
		}
	}

	/**
	 * {@code reason} stripped.
	 * @throws ChangeRejected on {@code field} when it is blank or too long
	 */
	public static String requiredReasonOf(String field, String reason) {
		if (reason == null || reason.isBlank()) {
			throw ChangeRejected.of(field, "lead.error.reasonRequired");
		}
		if (reason.strip().length() > MAX_REASON) {
			throw ChangeRejected.of(field, "form.tooLong", MAX_REASON);
		}
		return reason.strip();
	}

	public boolean isOwnedBy(Long userId) {
		return this.owner != null && this.owner.getId().equals(userId);
	}

	public String getNumber() {
		return this.number;
	}

	public Region getRegion() {
		return this.region;
	}

	public Team getTeam() {
		return this.team;
	}

	public User getOwner() {
		return this.owner;
	}

	public LeadSource getSource() {
		return this.source;
	}

	public User getRegistrant() {
		return this.registrant;
	}

	public String getContactHint() {
		return this.contactHint;
	}

	public String getNotes() {
		return this.notes;
	}

	public LeadStatus getStatus() {
		return this.status;
	}

	public String getDiscardReason() {
		return this.discardReason;
	}

	public Instant getRegisteredAt() {
		return this.registeredAt;
	}

	public Instant getOwnedSince() {
		return this.ownedSince;
	}

	public Instant getLastContactedAt() {
		return this.lastContactedAt;
	}

	public Long getConvertedAccountId() {
		return this.convertedAccountId;
	}

	public Long getConvertedOpportunityId() {
		return this.convertedOpportunityId;
	}

	public Instant getClosedAt() {
		return this.closedAt;
	}

}
