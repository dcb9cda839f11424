package com.kacrm.persistence.competitor;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import com.kacrm.domain.account.Account;
import com.kacrm.domain.competitor.Competitor;
import com.kacrm.domain.competitor.CompetitorDetails;
import com.kacrm.domain.competitor.CompetitorInDeal;
import com.kacrm.domain.competitor.CompetitorPresence;
import com.kacrm.domain.history.FieldChange;
import com.kacrm.domain.history.HistorySubject;
import com.kacrm.domain.opportunity.Opportunity;
import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.domain.shared.Violation;
import com.kacrm.persistence.account.AccountAccess;
import com.kacrm.persistence.account.AccountScope;
import com.kacrm.persistence.account.AccountService;
import com.kacrm.persistence.history.HistoryRow;
import com.kacrm.persistence.history.HistoryService;
import com.kacrm.persistence.shared.ConcurrentEditException;
import com.kacrm.persistence.shared.RecordNotFoundException;
import com.kacrm.persistence.shared.Viewer;
import jakarta.persistence.EntityManager;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Competitors (竞争对手) as shared records: every signed-in user reads, creates and edits
 * them (a competitor is market knowledge, not a team's customer; changes go into its
 * history, subject {@value #COMPETITOR}). Where a competitor is present, at an account
 * with its position there or in an opportunity, follows the account's scope
 * ({@link AccountAccess}); those changes go into the account's or the opportunity's
 * history.
 */
@Service
public class CompetitorService {

	/** The history subject type of competitors. */
	public static final String COMPETITOR = "COMPETITOR";

	/** The history subject type of opportunities. */
	public static final String OPPORTUNITY = "OPPORTUNITY";

	/** The account-history field of competitors arriving at or leaving the account. */
	public static final String ACCOUNT_FIELD = "account.competitors";

	/**
	 * The account-history field of a competitor's position there ("name: position").
	 */
	public static final String POSITION_FIELD = "competitor.position";

	/** The opportunity-history field of competitors in the deal. */
	public static final String OPPORTUNITY_FIELD = "opportunity.competitors";

	private static final String ROW = "select new com.kacrm.persistence.competitor.CompetitorRow(c.id, c.version,"
			+ " c.name, c.products, c.strengths, c.weaknesses, c.localOrganisation) from Competitor c";

	private final EntityManager entityManager;

	private final CompetitorRepository competitors;

	private final AccountAccess access;

	private final HistoryService history;

	private final Clock clock;

	CompetitorService(EntityManager entityManager, CompetitorRepository competitors, AccountAccess access,
			HistoryService history, Clock clock) {
		this.entityManager = entityManager;
		this.competitors = competitors;
		this.access = access;
		this.history = history;
		this.clock = clock;
	}

	/**
	 * Competitors by name whose name or products contain {@code query} (all when it is
	 * blank).
	 */
	@Transactional(readOnly = true)
	public Page<CompetitorRow> search(String query, Pageable pageable) {
		String where = (query == null || query.isBlank()) ? ""
				: " where lower(c.name) like :q escape '\\' or lower(coalesce(c.products, '')) like :q escape '\\'";
		var rows = this.entityManager.createQuery(ROW + where + " order by c.name, c.id", CompetitorRow.class);
		var count = this.entityManager.createQuery("select count(c) from Competitor c" + where, Long.class);
		if (!where.isEmpty()) {
			String pattern = "%" + query.strip()
				.toLowerCase(java.util.Locale.ROOT)
				.replace("\\", "\\\\")
				.replace("%", "\\%")
				.replace("_", "\\_") + "%";
			rows.setParameter("q", pattern);
			count.setParameter("q", pattern);
		}
		List<CompetitorRow> content = rows.setFirstResult((int) pageable.getOffset())
			.setMaxResults(pageable.getPageSize())
			.getResultList();
		return new PageImpl<>(content, pageable, count.getSingleResult());
	}

	/** Every competitor by name, for choosing one in a form. */
	@Transactional(readOnly = true)
	public List<CompetitorChoice> choices() {
		return this.entityManager
			.createQuery("select new com.kacrm.persistence.competitor.CompetitorChoice(c.id, c.name)"
					+ " from Competitor c order by c.name, c.id", CompetitorChoice.class)
			.getResultList();
	}

	/**
	 * One competitor.
	 * @throws CompetitorNotFoundException when there is none
	 */
	@Transactional(readOnly = true)
	public CompetitorRow show(long id) {
		return this.entityManager.createQuery(ROW + " where c.id = :id", CompetitorRow.class)
			.setParameter("id", id)
			.getResultStream()
			.findFirst()
			.orElseThrow(() -> new CompetitorNotFoundException(id));
	}

	/** The competitor's changes, newest first. */
	@Transactional(readOnly = true)
	public List<HistoryRow> historyOf(long id) {
		return this.history.latestOf(new HistorySubject(COMPETITOR, show(id).id()));
	}

	/**
	 * The accounts the competitor is present at, of those the viewer may see.
	 */
	@Transactional(readOnly = true)
	public List<CompetitorAccountRow> accountsOf(long competitorId, Viewer viewer) {
		AccountScope scope = this.access.scopeOf(viewer);
		return scope.bind(
				this.entityManager.createQuery(
						"select new com.kacrm.persistence.competitor.CompetitorAccountRow(a.id, a.name, p.position)"
								+ " from CompetitorPresence p, Account a where a.id = p.key.accountId"
								+ " and p.key.competitorId = :competitor and "
								+ scope.accounts("a.team.id", "a.owner.id") + " order by a.name, a.id",
						CompetitorAccountRow.class))
			.setParameter("competitor", competitorId)
			.getResultList();
	}

	/**
	 * Records a new competitor.
	 * @return its id
	 * @throws ChangeRejected when the details break the rules or a competitor of the same
	 * name exists (查重 by the company-name key)
	 */
	@Transactional
	public long create(CompetitorDetails details, Viewer viewer) {
		ChangeRejected.throwIfAny(details.violations());
		refuseDuplicate(details.name(), null);
		Competitor created = new Competitor(details, this.clock.instant());
		created.filedBy(viewer.actor());
		Competitor competitor = this.competitors.save(created);
		this.history.record(subject(competitor), List.of(FieldChange.of("competitor.name", null, competitor.getName())),
				viewer.actor(), null);
		return competitor.getId();
	}

	/**
	 * Replaces what users know about the competitor.
	 * @throws ConcurrentEditException when someone saved it since version
	 * {@code expectedVersion}
	 * @throws ChangeRejected when the details break the rules or the new name is another
	 * competitor's
	 */
	@Transactional
	public void update(long id, long expectedVersion, CompetitorDetails details, Viewer viewer) {
		Competitor competitor = competitor(id);
		ConcurrentEditException.check(competitor, expectedVersion);
		ChangeRejected.throwIfAny(details.violations());
		refuseDuplicate(details.name(), competitor.getId());
		List<FieldChange> changes = competitor.edit(details);
		if (!changes.isEmpty()) {
			this.history.record(subject(competitor), changes, viewer.actor(), null);
		}
	}

	/**
	 * The competitors present at the account, by name.
	 * @throws com.kacrm.persistence.account.AccountNotFoundException when the viewer may
	 * not see the account
	 */
	@Transactional(readOnly = true)
	public List<PresenceRow> presencesAt(long accountId, Viewer viewer) {
		this.access.visible(accountId, viewer);
		return this.entityManager
			.createQuery(
					"select new com.kacrm.persistence.competitor.PresenceRow(c.id, c.name, c.products,"
							+ " c.strengths, c.weaknesses, p.position) from CompetitorPresence p, Competitor c"
							+ " where c.id = p.key.competitorId and p.key.accountId = :account order by c.name, c.id",
					PresenceRow.class)
			.setParameter("account", accountId)
			.getResultList();
	}

	/**
	 * Notes that the competitor is present at the account, with its position there.
	 * @throws ChangeRejected when it is noted there already or the position is too long
	 */
	@Transactional
	public void addPresence(long accountId, long competitorId, String position, Viewer viewer) {
		Account account = this.access.visible(accountId, viewer);
		Competitor competitor = competitor(competitorId);
		if (this.entityManager.find(CompetitorPresence.class,
				new CompetitorPresence.Key(accountId, competitorId)) != null) {
			throw ChangeRejected.of("competitorId", "competitor.error.alreadyPresent", competitor.getName());
		}
		CompetitorPresence presence = new CompetitorPresence(accountId, competitorId, position);
		this.entityManager.persist(presence);
		this.history.record(AccountService.subject(account),
				List.of(FieldChange.of(ACCOUNT_FIELD, null, competitor.getName())), viewer.actor(),
				presence.getPosition());
	}

	/**
	 * Records a new competitor and notes it present at the account, in one step.
	 * @return the competitor's id
	 * @throws ChangeRejected as {@link #create} and {@link #addPresence} do
	 */
	@Transactional
	public long createAt(long accountId, CompetitorDetails details, String position, Viewer viewer) {
		this.access.visible(accountId, viewer);
		List<Violation> violations = new ArrayList<>(details.violations());
		if (position != null && position.strip().length() > CompetitorPresence.MAX_POSITION) {
			violations.add(Violation.of("position", "form.tooLong", CompetitorPresence.MAX_POSITION));
		}
		ChangeRejected.throwIfAny(violations);
		long id = create(details, viewer);
		addPresence(accountId, id, position, viewer);
		return id;
	}

	/**
	 * Records the competitor's position at the account.
	 * @throws CompetitorNotFoundException when it is not noted at the account
	 */
	@Transactional
	public void updatePosition(long accountId, long competitorId, String position, Viewer viewer) {
		Account account = this.access.visible(accountId, viewer);
		CompetitorPresence presence = presence(accountId, competitorId);
		String name = competitor(competitorId).getName();
		String before = presence.getPosition();
		presence.describe(position);
		this.history.record(AccountService.subject(account), List
			.of(FieldChange.of(POSITION_FIELD, positioned(name, before), positioned(name, presence.getPosition()))),
				viewer.actor(), null);
	}

	/**
	 * Notes that the competitor is no longer at the account.
	 * @throws CompetitorNotFoundException when it is not noted at the account
	 */
	@Transactional
	public void removePresence(long accountId, long competitorId, Viewer viewer) {
		Account account = this.access.visible(accountId, viewer);
		CompetitorPresence presence = presence(accountId, competitorId);
		this.history.record(AccountService.subject(account),
				List.of(FieldChange.of(ACCOUNT_FIELD, competitor(competitorId).getName(), null)), viewer.actor(), null);
		this.entityManager.remove(presence);
	}

	/**
	 * The competitors in the opportunity, by name, with their position at its account.
	 * @throws RecordNotFoundException when there is no such opportunity or the viewer may
	 * not see its account
	 */
	@Transactional(readOnly = true)
	public List<PresenceRow> competitorsIn(long opportunityId, Viewer viewer) {
		Opportunity opportunity = opportunity(opportunityId, viewer);
		return this.entityManager
			.createQuery("select new com.kacrm.persistence.competitor.PresenceRow(c.id, c.name, c.products,"
					+ " c.strengths, c.weaknesses, p.position) from CompetitorInDeal d join Competitor c"
					+ " on c.id = d.key.competitorId left join CompetitorPresence p"
					+ " on p.key.competitorId = c.id and p.key.accountId = :account"
					+ " where d.key.opportunityId = :opportunity order by c.name, c.id", PresenceRow.class)
			.setParameter("opportunity", opportunityId)
			.setParameter("account", opportunity.getAccount().getId())
			.getResultList();
	}

	/**
	 * The account of the opportunity, for going back to its page.
	 * @throws RecordNotFoundException when there is no such opportunity or the viewer may
	 * not see its account
	 */
	@Transactional(readOnly = true)
	public long accountOfOpportunity(long opportunityId, Viewer viewer) {
		return opportunity(opportunityId, viewer).getAccount().getId();
	}

	/**
	 * Adds the competitor to the opportunity.
	 * @return the opportunity's account
	 * @throws ChangeRejected when it is in the deal already
	 */
	@Transactional
	public long addToOpportunity(long opportunityId, long competitorId, Viewer viewer) {
		Opportunity opportunity = opportunity(opportunityId, viewer);
		Competitor competitor = competitor(competitorId);
		if (this.entityManager.find(CompetitorInDeal.class,
				new CompetitorInDeal.Key(opportunityId, competitorId)) != null) {
			throw ChangeRejected.of("competitorId", "competitor.error.alreadyInDeal", competitor.getName());
		}
		this.entityManager.persist(new CompetitorInDeal(opportunityId, competitorId));
		this.history.record(subject(opportunity),
				List.of(FieldChange.of(OPPORTUNITY_FIELD, null, competitor.getName())), viewer.actor(), null);
		return opportunity.getAccount().getId();
	}

	/**
	 * Takes the competitor out of the opportunity.
	 * @return the opportunity's account
	 * @throws CompetitorNotFoundException when it is not in the deal
	 */
	@Transactional
	public long removeFromOpportunity(long opportunityId, long competitorId, Viewer viewer) {
		Opportunity opportunity = opportunity(opportunityId, viewer);
		CompetitorInDeal link = this.entityManager.find(CompetitorInDeal.class,
				new CompetitorInDeal.Key(opportunityId, competitorId));
		if (link == null) {
			throw new CompetitorNotFoundException(competitorId);
		}
		this.history.record(subject(opportunity),
				List.of(FieldChange.of(OPPORTUNITY_FIELD, competitor(competitorId).getName(), null)), viewer.actor(),
				null);
		this.entityManager.remove(link);
		return opportunity.getAccount().getId();
	}

	private void refuseDuplicate(String name, Long self) {
		this.competitors.findByNameKey(Competitor.keyOf(name))
			.filter((existing) -> !existing.getId().equals(self))
			.ifPresent((existing) -> {
				throw ChangeRejected.of("name", "competitor.error.duplicate", existing.getName());
			});
	}

	private Competitor competitor(long id) {
		return this.competitors.findById(id).orElseThrow(() -> new CompetitorNotFoundException(id));
	}

	private CompetitorPresence presence(long accountId, long competitorId) {
		CompetitorPresence presence = this.entityManager.find(CompetitorPresence.class,
				new CompetitorPresence.Key(accountId, competitorId));
		if (presence == null) {
			throw new CompetitorNotFoundException(competitorId);
		}
		return presence;
	}

	private Opportunity opportunity(long opportunityId, Viewer viewer) {
		Opportunity opportunity = this.entityManager.find(Opportunity.class, opportunityId);
		if (opportunity == null) {
			throw new RecordNotFoundException("No opportunity " + opportunityId);
		}
		try {
			this.access.visible(opportunity.getAccount().getId(), viewer);
		}
		catch (RecordNotFoundException ex) {
			throw new RecordNotFoundException("No opportunity " + opportunityId);
		}
		return opportunity;
	}

	private static String positioned(String name, String position) {
		return (position != null) ? name + ": " + position : name;
	}

	private static HistorySubject subject(Competitor competitor) {
		return new HistorySubject(COMPETITOR, competitor.getId(), competitor.getName());
	}

	private static HistorySubject subject(Opportunity opportunity) {
		return new HistorySubject(OPPORTUNITY, opportunity.getId(), opportunity.getName());
	}

}
