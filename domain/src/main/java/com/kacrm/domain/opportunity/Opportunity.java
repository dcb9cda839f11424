package com.kacrm.domain.opportunity;

import java.time.Instant;
import java.util.Objects;

import com.kacrm.domain.account.Account;
import com.kacrm.domain.organisation.Team;
import com.kacrm.domain.organisation.User;
import com.kacrm.domain.playbook.Milestone;
import com.kacrm.domain.shared.Actor;
import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.domain.shared.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * An opportunity (商机 / 项目): a deal the team pursues with one account, moving through the
 * eight milestones of the manual.
 *
 * <p>
 * This is the minimal opportunity a lead conversion opens: a name, the account, the
 * account's team and an owner, and the current milestone, which starts at the first one
 * (行业与客户规划, {@link Milestone#PLANNING}). The opportunities feature (SPEC 5, issue 6)
 * extends it with amount, signing date, probability, status, checklist gates and the
 * milestone history.
 *
 * <p>
 * Invariants: the name has 1 to {@value #MAX_NAME} characters; an opportunity belongs to
 * its account's team.
 */
@Entity
@Table(name = "opportunity")
public class Opportunity extends VersionedEntity {

	public static final int MAX_NAME = 200;

	@Column(nullable = false, length = MAX_NAME)
	private String name;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "account_id", nullable = false, updatable = false)
	private Account account;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "team_id", nullable = false)
	private Team team;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "owner_id")
	private User owner;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 32)
	private Milestone milestone;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "created_by_name", nullable = false, updatable = false, length = 100)
	private String createdByName;

	protected Opportunity() {
	}

	/**
	 * A new opportunity with {@code account}, owned by {@code owner} in the account's
	 * team, at the first milestone.
	 * @throws ChangeRejected on {@code name} when the name is blank or too long
	 */
	public Opportunity(String name, Account account, User owner, Actor createdBy, Instant createdAt) {
		this.name = nameOf(name, "name");
		this.account = Objects.requireNonNull(account, "account");
		this.team = Objects.requireNonNull(account.getTeam(), "team");
		this.owner = owner;
		this.milestone = Milestone.at(1);
		this.createdByName = Objects.requireNonNull(createdBy, "createdBy").name();
		this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
	}

	/**
	 * {@code name} stripped, as an opportunity's name.
	 * @throws ChangeRejected on {@code field} when it is blank or longer than
	 * {@value #MAX_NAME} characters
	 */
	public static String nameOf(String name, String field) {
		if (name == null || name.isBlank()) {
			throw ChangeRejected.of(field, "opportunity.error.nameRequired");
		}
		if (name.strip().length() > MAX_NAME) {
			throw ChangeRejected.of(field, "opportunity.error.nameTooLong", MAX_NAME);
		}
		return name.strip();
	}

	public String getName() {
		return this.name;
	}

	public Account getAccount() {
		return this.account;
	}

	public Team getTeam() {
		return this.team;
	}

	public User getOwner() {
		return this.owner;
	}

	public Milestone getMilestone() {
		return this.milestone;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public String getCreatedByName() {
		return this.createdByName;
	}

}
