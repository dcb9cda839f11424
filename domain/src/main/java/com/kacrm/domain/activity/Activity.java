package com.kacrm.domain.activity;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import com.kacrm.domain.account.Account;
import com.kacrm.domain.contact.Contact;
import com.kacrm.domain.opportunity.Opportunity;
import com.kacrm.domain.organisation.Team;
import com.kacrm.domain.organisation.User;
import com.kacrm.domain.shared.Actor;
import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.domain.shared.Text;
import com.kacrm.domain.shared.VersionedEntity;
import com.kacrm.domain.shared.Violations;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A call or visit (客户交往活动) logged with an account, and optionally one of its deals: its
 * type, when it took place, the customer's people met and what happened. Logged
 * activities are what the automatic checklist items read (a visit logged, a deep-contact
 * exchange held). The activities feature (SPEC 7) adds planning, purposes, participants
 * and next steps.
 *
 * <p>
 * Invariants: the deal, if any, is the account's; the people met work at the account; the
 * activity has taken place (not in the future); the summary has 1 to
 * {@value #MAX_SUMMARY} characters; it belongs to the account's team.
 */
@Entity
@Table(name = "activity")
public class Activity extends VersionedEntity {

	public static final int MAX_SUMMARY = 2000;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "account_id", nullable = false, updatable = false)
	private Account account;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "opportunity_id", updatable = false)
	private Opportunity opportunity;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "team_id", nullable = false)
	private Team team;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "owner_id")
	private User owner;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 32)
	private ActivityType type;

	@Column(name = "occurred_at", nullable = false)
	private Instant occurredAt;

	@Column(nullable = false, length = MAX_SUMMARY)
	private String summary;

	@ManyToMany
	@JoinTable(name = "activity_contact", joinColumns = @JoinColumn(name = "activity_id"),
			inverseJoinColumns = @JoinColumn(name = "contact_id"))
	private Set<Contact> contacts = new LinkedHashSet<>();

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "created_by_name", nullable = false, updatable = false, length = 100)
	private String createdByName;

	protected Activity() {
	}

	/**
	 * Logs an activity that took place at {@code occurredAt}, by {@code owner}.
	 * @throws ChangeRejected when a field breaks a rule
	 */
	public Activity(Account account, Opportunity opportunity, User owner, ActivityType type, Instant occurredAt,
			String summary, List<Contact> met, Actor by, Instant now) {
		this.account = Objects.requireNonNull(account, "account");
		String text = Text.optional(summary);
		Violations violations = new Violations();
		if (type == null) {
			violations.add("type", "form.required");
		}
		if (occurredAt == null) {
			violations.add("occurredAt", "form.required");
		}
		else if (occurredAt.isAfter(now)) {
			violations.add("occurredAt", "activity.error.inFuture");
		}
		violations.requiredText("summary", text, MAX_SUMMARY);
		if (opportunity != null && !Account.same(opportunity.getAccount(), account)) {
			violations.add("opportunityId", "activity.error.otherAccount");
		}
		for (Contact contact : met) {
			if (!Account.same(contact.getAccount(), account)) {
				violations.add("contactIds", "activity.error.contactOfOtherAccount", contact.getName());
			}
		}
		violations.throwIfAny();
		this.opportunity = opportunity;
		this.team = account.getTeam();
		this.owner = owner;
		this.type = type;
		this.occurredAt = occurredAt;
		this.summary = text;
		this.contacts.addAll(met);
		this.createdByName = Objects.requireNonNull(by, "by").name();
		this.createdAt = Objects.requireNonNull(now, "now");
	}

	/**
	 * Whether two references name the same account (saved accounts by id, new ones by
	 * identity).
	 */
	private static boolean same(Account one, Account other) {
		return one == other || (one.getId() != null && one.getId().equals(other.getId()));
	}

	public Account getAccount() {
		return this.account;
	}

	public Opportunity getOpportunity() {
		return this.opportunity;
	}

	public Team getTeam() {
		return this.team;
	}

	public User getOwner() {
		return this.owner;
	}

	public ActivityType getType() {
		return this.type;
	}

	public Instant getOccurredAt() {
		return this.occurredAt;
	}

	public String getSummary() {
		return this.summary;
	}

	/** The customer's people met. */
	public Set<Contact> getContacts() {
		return Set.copyOf(this.contacts);
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public String getCreatedByName() {
		return this.createdByName;
	}

}
