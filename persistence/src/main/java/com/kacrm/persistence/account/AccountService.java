package com.kacrm.persistence.account;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.kacrm.domain.account.Account;
import com.kacrm.domain.account.AccountProfile;
import com.kacrm.domain.history.FieldChange;
import com.kacrm.domain.history.HistorySubject;
import com.kacrm.domain.lead.Lead;
import com.kacrm.domain.opportunity.Opportunity;
import com.kacrm.domain.opportunity.TeamMember;
import com.kacrm.domain.organisation.Role;
import com.kacrm.domain.organisation.Team;
import com.kacrm.domain.organisation.User;
import com.kacrm.domain.reference.CompanyNameKey;
import com.kacrm.domain.reference.Industry;
import com.kacrm.domain.reference.TierProfile;
import com.kacrm.domain.swot.Swot;
import com.kacrm.domain.shared.Actor;
import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.persistence.history.HistoryRow;
import com.kacrm.persistence.history.HistoryService;
import com.kacrm.persistence.shared.BusinessCalendar;
import com.kacrm.persistence.shared.ConcurrentEditException;
import com.kacrm.persistence.shared.NotPermittedException;
import com.kacrm.persistence.shared.References;
import com.kacrm.persistence.shared.Viewer;
import com.kacrm.persistence.tiering.TieringService;
import jakarta.persistence.EntityManager;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the account files (大客户建档): creates accounts, directly or from a converted lead,
 * edits the file, reassigns it to another team or owner, and shows one account, its
 * opportunities and its history to the users who may see it: admins every account,
 * managers the accounts of the teams they manage or belong to, reps their team's accounts
 * ({@link AccountAccess}). A new or renamed account is checked for duplicates by its name
 * key (查重); an account takes the tier the current criteria assign unless it carries one
 * set by hand, and is re-tiered when its file changes. Every change goes into the
 * account's history (动态管理).
 */
@Service
public class AccountService {

	/** The history subject type of accounts. */
	public static final String ACCOUNT = TieringService.ACCOUNT;

	/**
	 * The history field (a message key) naming the lead an account was converted from.
	 */
	public static final String CONVERTED_FROM_LEAD_FIELD = "conversion.history.convertedFromLead";

	/**
	 * The history field (a message key) of a hand-set class an account takes from its
	 * lead.
	 */
	public static final String TIER_FROM_LEAD_FIELD = "conversion.history.tierFromLead";

	/** The history field of a deal's development team (DealTeamService writes it too). */
	private static final String TEAM_MEMBERS_FIELD = "opportunity.teamMembers";

	private static final int DUPLICATES_SHOWN = 10;

	/**
	 * The history subject type of contacts ({@code ContactService.CONTACT}), whose
	 * changes the account's history shows with its own; named here, not imported, so
	 * accounts do not depend on contacts.
	 */
	static final String CONTACT = "CONTACT";

	/**
	 * The history subject type of opportunities (OpportunityService's, which depends on
	 * this feature).
	 */
	static final String OPPORTUNITY = "OPPORTUNITY";

	private final ApplicationEventPublisher events;

	private final EntityManager entityManager;

	private final TieringService tiering;

	private final HistoryService history;

	private final Clock clock;

	private final AccountAccess access;

	private final BusinessCalendar calendar;

	AccountService(EntityManager entityManager, TieringService tiering, HistoryService history, Clock clock,
			AccountAccess access, BusinessCalendar calendar, ApplicationEventPublisher events) {
		this.entityManager = entityManager;
		this.events = events;
		this.access = access;
		this.calendar = calendar;
		this.tiering = tiering;
		this.history = history;
		this.clock = clock;
	}

	/**
	 * Creates an account, after the duplicate check.
	 * @throws AccountDuplicateSuspectedException when accounts with the same name key
	 * exist
	 */
	@Transactional
	public Long create(NewAccount account, Actor actor) {
		return create(account, actor, false);
	}

	/**
	 * Creates an account; unless {@code duplicatesConfirmed}, only when no account has
	 * the same name key.
	 * @throws AccountDuplicateSuspectedException when accounts with the same name key
	 * exist and {@code duplicatesConfirmed} is false
	 */
	@Transactional
	public Long create(NewAccount account, Actor actor, boolean duplicatesConfirmed) {
		if (!duplicatesConfirmed) {
			List<AccountMatch> matches = duplicatesOf(account.name());
			if (!matches.isEmpty()) {
				throw new AccountDuplicateSuspectedException(matches);
			}
		}
		References references = new References(this.entityManager);
		Team team = references.require(Team.class, "code", account.teamCode());
		User owner = (account.ownerUsername() != null)
				? references.require(User.class, "username", account.ownerUsername()) : null;
		Industry industry = (account.industryCode() != null)
				? references.require(Industry.class, "code", account.industryCode()) : null;
		Account created = new Account(account.name(), team, owner, industry,
				new TierProfile(account.industryRank(), account.annualRevenue(), account.annualPurchase()),
				this.clock.instant());
		created.filedBy(actor);
		this.entityManager.persist(created);
		this.tiering.assignTier(created, subject(created), actor);
		return created.getId();
	}

	/**
	 * Creates an account with its whole file, after the duplicate check. A rep creates it
	 * for their own team and owns it (what they send as team and owner is ignored); a
	 * manager chooses one of the teams they see and an owner of that team, or none; an
	 * admin any team.
	 * @return the new account's id
	 * @throws ChangeRejected naming every field in error
	 * @throws AccountDuplicateSuspectedException when accounts with the same name key
	 * exist and {@code duplicatesConfirmed} is false
	 */
	@Transactional
	public long create(AccountDraft draft, String teamCode, String ownerUsername, Viewer viewer,
			boolean duplicatesConfirmed) {
		AccountReferences references = new AccountReferences(this.entityManager);
		AccountProfile profile = references.profile(draft, null);
		Team team;
		User owner;
		if (viewer.role() == Role.REP) {
			owner = this.entityManager.find(User.class, viewer.userId());
			team = owner.getTeam();
		}
		else {
			team = references.team(teamCode, this.access.scopeOf(viewer), "account.error.teamOutsideScope");
			owner = references.owner(ownerUsername);
		}
		if (team != null && owner != null && !Account.mayOwn(owner, team)) {
			references.reject("ownerUsername", "account.error.ownerOutsideTeam");
		}
		ChangeRejected.throwIfAny(references.violations());
		if (!duplicatesConfirmed) {
			List<AccountMatch> matches = duplicatesOf(profile.name());
			if (!matches.isEmpty()) {
				throw new AccountDuplicateSuspectedException(matches);
			}
		}
		Account created = new Account(profile.name(), team, owner, profile.industry(),
				new TierProfile(profile.industryRank(), profile.annualRevenue(), profile.annualPurchase()),
				this.clock.instant());
		created.edit(profile);
		created.filedBy(viewer.actor());
		// Inserted complete, with its tier: one insert, and its first version is 0.
		var tier = this.tiering.assessNew(created);
		this.entityManager.persist(created);
		HistorySubject subject = subject(created);
		this.tiering.recordInitialTier(created, subject, tier, viewer.actor());
		if (owner != null) {
			this.history.record(subject, List.of(FieldChange.of("account.owner", null, owner.getDisplayName())),
					viewer.actor(), null);
		}
		return created.getId();
	}

	/**
	 * Replaces the account's file with {@code draft}, records what changed in its history
	 * and re-tiers it (unless its tier is set by hand). A new name that another account's
	 * name has the same key as is refused unless {@code duplicatesConfirmed}.
	 * @throws AccountNotFoundException when the viewer may not see the account
	 * @throws ConcurrentEditException when it changed since {@code version}
	 * @throws ChangeRejected naming every field in error
	 * @throws AccountDuplicateSuspectedException when the new name matches other accounts
	 */
	@Transactional
	public void update(long id, long version, AccountDraft draft, Viewer viewer, boolean duplicatesConfirmed) {
		Account account = this.access.forEdit(id, version, viewer);
		AccountReferences references = new AccountReferences(this.entityManager);
		AccountProfile profile = references.profile(draft, account.getIndustry());
		ChangeRejected.throwIfAny(references.violations());
		if (!duplicatesConfirmed && !Objects.equals(CompanyNameKey.of(profile.name()), account.getNameKey())) {
			List<AccountMatch> matches = duplicatesOf(profile.name()).stream()
				.filter((match) -> match.id() != id)
				.toList();
			if (!matches.isEmpty()) {
				throw new AccountDuplicateSuspectedException(matches);
			}
		}
		List<FieldChange> changes = account.edit(profile);
		HistorySubject subject = subject(account);
		this.history.record(subject, changes, viewer.actor(), null);
		this.tiering.reassess(account, subject, viewer.actor());
	}

	/**
	 * Gives the account to team {@code teamCode} and owner {@code ownerUsername} (none
	 * when blank): a decision of the account team's manager or an admin; a manager may
	 * give it only to a team they manage. The account's deals follow it to the new team
	 * (a deal belongs to its account's team); a deal owner outside that team hands the
	 * deal to the account's new owner, and development-team members outside it leave the
	 * deal's team. The account's logged activities follow it too, and the open 立项
	 * requests of deals that changed team are withdrawn ({@link DealsChangedTeam}): they
	 * proposed the old team's people and waited for its manager.
	 * @throws AccountNotFoundException when the viewer may not see the account
	 * @throws NotPermittedException when the viewer may not reassign it
	 * @throws ConcurrentEditException when it changed since {@code version}
	 * @throws ChangeRejected when the team or owner is unknown or not allowed
	 */
	@Transactional
	public void reassign(long id, long version, String teamCode, String ownerUsername, Viewer viewer) {
		// Locked before its deals are read: a deal being opened on the account meanwhile
		// (AccountAccess.shareLocked) is either among them or opened in the new team.
		Account account = this.access.locked(id, viewer);
		this.access.requireReassign(account, viewer);
		ConcurrentEditException.check(account, version);
		AccountReferences references = new AccountReferences(this.entityManager);
		Team team = references.team(teamCode, ReassignmentScope.of(this.entityManager, viewer),
				"account.error.teamNotManaged");
		User owner = references.owner(ownerUsername);
		ChangeRejected.throwIfAny(references.violations());
		List<FieldChange> changes = account.reassign(team, owner);
		this.history.record(subject(account), changes, viewer.actor(), null);
		List<Long> changedTeam = new ArrayList<>();
		for (Opportunity opportunity : this.entityManager
			.createQuery("select o from Opportunity o where o.account.id = :id", Opportunity.class)
			.setParameter("id", id)
			.getResultList()) {
			Long teamBefore = opportunity.getTeam().getId();
			List<FieldChange> followed = new ArrayList<>(opportunity.followAccount(team, owner));
			if (!teamBefore.equals(team.getId())) {
				changedTeam.add(opportunity.getId());
			}
			for (TeamMember member : this.entityManager
				.createQuery("select m from TeamMember m join fetch m.user where m.opportunity.id = :id",
						TeamMember.class)
				.setParameter("id", opportunity.getId())
				.getResultList()) {
				if (!Account.mayOwn(member.getUser(), team)) {
					this.entityManager.remove(member);
					followed.add(FieldChange.of(TEAM_MEMBERS_FIELD, member.getUser().getDisplayName(), null));
				}
			}
			if (!followed.isEmpty()) {
				this.history.record(new HistorySubject(OPPORTUNITY, opportunity.getId(), opportunity.getName()),
						followed, viewer.actor(), account.getName());
			}
		}
		this.entityManager.createQuery("update Activity a set a.team = :team where a.account.id = :id")
			.setParameter("team", team)
			.setParameter("id", id)
			.executeUpdate();
		if (!changedTeam.isEmpty()) {
			this.events.publishEvent(new DealsChangedTeam(changedTeam, viewer.actor()));
		}
	}

	/**
	 * The account's history together with that of its contacts (past and present), newest
	 * first.
	 * @throws AccountNotFoundException when the viewer may not see the account
	 */
	@Transactional(readOnly = true)
	public Page<HistoryRow> history(long id, Pageable pageable, Viewer viewer) {
		Account account = this.access.visible(id, viewer);
		List<Long> contacts = this.entityManager
			.createQuery("select c.id from Contact c where c.account.id = :id", Long.class)
			.setParameter("id", id)
			.getResultList();
		List<Long> opportunities = this.entityManager
			.createQuery("select o.id from Opportunity o where o.account.id = :id", Long.class)
			.setParameter("id", id)
			.getResultList();
		return this.history.historyWithRelated(subject(account), Map.of(CONTACT, contacts, OPPORTUNITY, opportunities),
				pageable);
	}

	/**
	 * The account's opportunities, newest first.
	 * @throws AccountNotFoundException when the viewer may not see the account
	 */
	@Transactional(readOnly = true)
	public List<AccountOpportunityRow> opportunities(long id, Viewer viewer) {
		this.access.visible(id, viewer);
		return opportunitiesOf(id);
	}

	private List<AccountOpportunityRow> opportunitiesOf(long accountId) {
		return this.entityManager
			.createQuery(
					"select new com.kacrm.persistence.account.AccountOpportunityRow(o.id, o.name, o.milestone,"
							+ " o.status, ow.displayName, o.createdAt) from Opportunity o left join o.owner ow"
							+ " where o.account.id = :id order by o.createdAt desc, o.id desc",
					AccountOpportunityRow.class)
			.setParameter("id", accountId)
			.getResultList();
	}

	/**
	 * The account {@code lead} converts into, for {@code team} and {@code owner}, saved,
	 * tiered (a class set by hand on the lead is kept) and with its origin in its
	 * history. The caller has checked permissions and duplicates and closes the lead.
	 * @throws com.kacrm.domain.shared.ChangeRejected when the lead is closed or the team
	 * does not cover the lead's region
	 */
	@Transactional
	public Account createFromLead(Lead lead, Team team, User owner, Actor actor) {
		Account created = Account.fromLead(lead, team, owner, this.clock.instant());
		created.filedBy(actor);
		this.entityManager.persist(created);
		HistorySubject subject = subject(created);
		this.history.record(subject, List.of(FieldChange.of(CONVERTED_FROM_LEAD_FIELD, null, lead.getNumber())), actor,
				null);
		if (created.isTierSetByHand()) {
			this.history.record(subject, List.of(FieldChange.of(TIER_FROM_LEAD_FIELD, null, created.getTier())), actor,
					null);
		}
		else {
			this.tiering.assignTier(created, subject, actor);
		}
		return created;
	}

	/**
	 * Accounts whose name has the key of {@code name} ({@link CompanyNameKey}): the
	 * duplicate check on account creation.
	 */
	@Transactional(readOnly = true)
	public List<AccountMatch> duplicatesOf(String name) {
		String key = CompanyNameKey.of(name);
		if (key.isEmpty()) {
			return List.of();
		}
		return this.entityManager
			.createQuery("select new com.kacrm.persistence.account.AccountMatch(a.id, a.name, t.name)"
					+ " from Account a join a.team t where a.nameKey = :key order by a.id", AccountMatch.class)
			.setParameter("key", key)
			.setMaxResults(DUPLICATES_SHOWN)
			.getResultList();
	}

	/**
	 * The account with its opportunities, if {@code viewer} may see it.
	 * @throws AccountNotFoundException otherwise
	 */
	@Transactional(readOnly = true)
	public AccountView show(long id, Viewer viewer) {
		Account account = this.access.visible(id, viewer);
		return view(account, this.access.mayReassign(account, viewer));
	}

	/**
	 * What every tab of the account's page shows on top, if {@code viewer} may see the
	 * account: name, team, owner, tier, value class, relationship stage and whether a new
	 * SWOT is due (半年一扫描).
	 * @throws AccountNotFoundException otherwise
	 */
	@Transactional(readOnly = true)
	public AccountHeader header(long id, Viewer viewer) {
		Account account = this.access.visible(id, viewer);
		LocalDate lastSwot = this.entityManager
			.createQuery("select max(s.assessedOn) from Swot s where s.account.id = :id", LocalDate.class)
			.setParameter("id", id)
			.getSingleResult();
		User owner = account.getOwner();
		return new AccountHeader(account.getId(), account.getVersion(), account.getName(), account.getTeam().getName(),
				(owner != null) ? owner.getDisplayName() : null, account.getTier(), account.isTierSetByHand(),
				account.getTierCriteriaVersion(), account.getLifecycle(), account.getRelationshipStage(),
				account.getPortfolioClass(), account.getPyramidLevel(), lastSwot,
				Swot.isDue(lastSwot, this.calendar.today()), this.access.mayReassign(account, viewer));
	}

	private AccountView view(Account account, boolean canReassign) {
		List<AccountOpportunityRow> opportunities = opportunitiesOf(account.getId());
		String leadNumber = (account.getConvertedFromLeadId() != null)
				? this.entityManager.createQuery("select l.number from Lead l where l.id = :id", String.class)
					.setParameter("id", account.getConvertedFromLeadId())
					.getSingleResult()
				: null;
		Team team = account.getTeam();
		User owner = account.getOwner();
		Industry industry = account.getIndustry();
		return new AccountView(account.getId(), account.getVersion(), account.getName(), team.getCode(), team.getName(),
				(owner != null) ? owner.getUsername() : null, (owner != null) ? owner.getDisplayName() : null,
				(industry != null) ? industry.getName() : null, account.getIndustryRank(), account.getAnnualRevenue(),
				account.getAnnualPurchase(), account.getTier(), account.isTierSetByHand(),
				account.getTierCriteriaVersion(), (account.getSource() != null) ? account.getSource().getName() : null,
				account.getContactHint(), account.getNotes(), account.getConvertedFromLeadId(), leadNumber,
				account.getCreatedAt(), opportunities, (industry != null) ? industry.getCode() : null,
				account.getAddress(), account.getPhone(), account.getWebsite(), account.getBusinessCharacteristics(),
				account.getIndustryPosition(), account.getDistributionCapability(), account.getFinancialStrength(),
				account.getCommercialCredit(), account.getCooperationIntent(), account.getDecisionMode(),
				account.getLifecycle(), account.getRelationshipStage(), account.getPortfolioClass(),
				account.getPyramidLevel(), account.getValueAssessedAt(), canReassign);
	}

	@Transactional(readOnly = true)
	public long count() {
		return this.entityManager.createQuery("select count(a) from Account a", Long.class).getSingleResult();
	}

	/** The account's history subject. */
	public static HistorySubject subject(Account account) {
		return new HistorySubject(ACCOUNT, account.getId(), account.getName());
	}

}
