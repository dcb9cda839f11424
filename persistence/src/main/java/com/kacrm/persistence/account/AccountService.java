package com.kacrm.persistence.account;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import com.kacrm.domain.account.Account;
import com.kacrm.domain.history.FieldChange;
import com.kacrm.domain.history.HistorySubject;
import com.kacrm.domain.lead.Lead;
import com.kacrm.domain.organisation.Team;
import com.kacrm.domain.organisation.User;
import com.kacrm.domain.reference.CompanyNameKey;
import com.kacrm.domain.reference.Industry;
import com.kacrm.domain.reference.TierProfile;
import com.kacrm.domain.swot.Swot;
import com.kacrm.domain.shared.Actor;
import com.kacrm.persistence.history.HistoryService;
import com.kacrm.persistence.shared.References;
import com.kacrm.persistence.shared.Viewer;
import com.kacrm.persistence.tiering.TieringService;
import jakarta.persistence.EntityManager;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates accounts, directly or from a converted lead, and shows one account to the users
 * who may see it: admins every account, managers the accounts of the teams they manage or
 * belong to, reps their team's accounts. A new account is checked for duplicates by its
 * name key (查重) and takes the tier the current criteria assign unless it carries one set
 * by hand; the account file's screens build on this service.
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

	private static final int DUPLICATES_SHOWN = 10;

	private final EntityManager entityManager;

	private final TieringService tiering;

	private final HistoryService history;

	private final Clock clock;

	private final AccountAccess access;

	private final ZoneId zone;

	AccountService(EntityManager entityManager, TieringService tiering, HistoryService history, Clock clock,
			AccountAccess access, @Value("${crm.display-time-zone:Asia/Shanghai}") ZoneId zone) {
		this.entityManager = entityManager;
		this.access = access;
		this.zone = zone;
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
		this.entityManager.persist(created);
		this.tiering.assignTier(created, subject(created), actor);
		return created.getId();
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
		return view(this.access.visible(id, viewer));
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
				Swot.isDue(lastSwot, LocalDate.now(this.clock.withZone(this.zone))),
				this.access.mayReassign(account, viewer));
	}

	private AccountView view(Account account) {
		List<AccountOpportunityRow> opportunities = this.entityManager
			.createQuery(
					"select new com.kacrm.persistence.account.AccountOpportunityRow(o.id, o.name, o.milestone)"
							+ " from Opportunity o where o.account.id = :id order by o.createdAt desc, o.id desc",
					AccountOpportunityRow.class)
			.setParameter("id", account.getId())
			.getResultList();
		String leadNumber = (account.getConvertedFromLeadId() != null)
				? this.entityManager.createQuery("select l.number from Lead l where l.id = :id", String.class)
					.setParameter("id", account.getConvertedFromLeadId())
					.getSingleResult()
				: null;
		Team team = account.getTeam();
		User owner = account.getOwner();
		return new AccountView(account.getId(), account.getVersion(), account.getName(), team.getCode(), team.getName(),
				(owner != null) ? owner.getUsername() : null, (owner != null) ? owner.getDisplayName() : null,
				(account.getIndustry() != null) ? account.getIndustry().getName() : null, account.getIndustryRank(),
				account.getAnnualRevenue(), account.getAnnualPurchase(), account.getTier(), account.isTierSetByHand(),
				account.getTierCriteriaVersion(), (account.getSource() != null) ? account.getSource().getName() : null,
				account.getContactHint(), account.getNotes(), account.getConvertedFromLeadId(), leadNumber,
				account.getCreatedAt(), opportunities);
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
