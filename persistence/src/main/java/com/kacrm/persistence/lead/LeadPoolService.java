package com.kacrm.persistence.lead;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import com.kacrm.domain.history.ReasonMessage;
import com.kacrm.domain.history.FieldChanges;
import com.kacrm.domain.history.HistorySubject;
import com.kacrm.domain.inbox.Notice;
import com.kacrm.domain.inbox.NoticeKind;
import com.kacrm.domain.lead.Lead;
import com.kacrm.domain.lead.LeadPoolPolicy;
import com.kacrm.domain.lead.LeadPoolRelease;
import com.kacrm.domain.lead.LeadStatus;
import com.kacrm.domain.lead.PoolReleaseKind;
import com.kacrm.domain.organisation.Role;
import com.kacrm.domain.organisation.User;
import com.kacrm.domain.pool.PoolRule;
import com.kacrm.domain.reference.Tier;
import com.kacrm.domain.shared.Actor;
import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.persistence.history.HistoryService;
import com.kacrm.persistence.shared.ConcurrentEditException;
import com.kacrm.persistence.shared.NotPermittedException;
import com.kacrm.persistence.shared.Viewer;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public pool (公海) of leads: reps and managers claim pooled leads of their region
 * within their tier's holding cap and after their cooldown, owners give leads back with a
 * reason, and the {@linkplain #sweep sweep} warns owners whose leads are about to return
 * and returns those whose time ran out, under the pool rules of the tiers
 * ({@link LeadPoolPolicy}). Every claim and return goes into the lead's history; every
 * return is kept as a {@link LeadPoolRelease} for the cooldown.
 */
@Service
public class LeadPoolService {

	/** The actor of the sweep's returns in the history. */
	public static final String RULE_ACTOR = "公海规则";

	/** The history reason of a claim. */
	public static final String CLAIM_REASON = "从公海领取";

	private static final ReasonMessage CLAIMED = ReasonMessage.of("pool.history.claimed");

	/**
	 * The PostgreSQL advisory lock the sweep holds for its transaction, so that only one
	 * node sweeps at a time ("kacrm" and 1).
	 */
	public static final long SWEEP_LOCK = 0x6B6163726D01L;

	static final int BATCH_SIZE = 200;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

	private static final List<LeadStatus> OWNED = List.of(LeadStatus.ASSIGNED, LeadStatus.CONTACTING);

	private static final Logger log = LoggerFactory.getLogger(LeadPoolService.class);

	private final EntityManager entityManager;

	private final LeadScopes scopes;

	private final LeadSheetService sheet;

	private final HistoryService history;

	private final Clock clock;

	private final ZoneId zone;

	LeadPoolService(EntityManager entityManager, LeadScopes scopes, LeadSheetService sheet, HistoryService history,
			Clock clock, @Value("${crm.display-time-zone:Asia/Shanghai}") ZoneId zone) {
		this.entityManager = entityManager;
		this.scopes = scopes;
		this.sheet = sheet;
		this.history = history;
		this.clock = clock;
		this.zone = zone;
	}

	/**
	 * {@code viewer} takes the pooled lead: it is ASSIGNED to them, with their team.
	 * @throws LeadNotFoundException when the user may not see the lead
	 * @throws NotPermittedException unless the user is a rep or manager of its region
	 * @throws ConcurrentEditException when the lead changed since it was shown
	 * @throws ChangeRejected when the lead is not in the pool, the user holds the cap of
	 * its tier or their cooldown on it lasts
	 */
	@Transactional
	public LeadPoolChange claim(long id, long version, Viewer viewer) {
		LeadScope scope = this.scopes.of(viewer);
		Lead lead = this.sheet.visible(id, scope);
		boolean mayHold = (viewer.role() == Role.REP || viewer.role() == Role.MANAGER)
				&& scope.coversRegion(lead.getRegion().getId());
		if (!mayHold) {
			throw new NotPermittedException("Only reps and managers of the lead's region claim it");
		}
		ConcurrentEditException.check(lead, version);
		// One claim of a user at a time, so two quick claims cannot both pass the cap.
		User claimer = this.entityManager.find(User.class, viewer.userId(), LockModeType.PESSIMISTIC_WRITE);
		Instant now = this.clock.instant();
		policy().checkClaim(lead, heldOfTier(viewer.userId(), lead.getTier()),
				lastReleaseOf(lead.getId(), viewer.userId()), now, this.zone);
		LeadStatus before = lead.getStatus();
		lead.assignTo(claimer, now);
		this.history.record(LeadService.subject(lead),
				new FieldChanges().add("lead.owner", null, claimer.getDisplayName())
					.add("lead.status", before, lead.getStatus())
					.list(),
				viewer.actor(), CLAIM_REASON, CLAIMED.encode(), null, now);
		return changed(lead);
	}

	/**
	 * The owner gives the lead back to its region's pool with a reason; their cooldown on
	 * it starts.
	 * @throws LeadNotFoundException when the user may not see the lead
	 * @throws NotPermittedException unless the user owns the open lead
	 * @throws ConcurrentEditException when the lead changed since it was shown
	 * @throws ChangeRejected on {@code reason} when it is blank or too long
	 */
	@Transactional
	public LeadPoolChange release(long id, long version, String reason, Viewer viewer) {
		LeadScope scope = this.scopes.of(viewer);
		Lead lead = this.sheet.visible(id, scope);
		if (!LeadSheetService.permissions(lead, scope).release()) {
			throw new NotPermittedException("Only the owner gives a lead back");
		}
		ConcurrentEditException.check(lead, version);
		String why = reasonOf(reason);
		Instant now = this.clock.instant();
		backToPool(lead, PoolReleaseKind.RELEASED, viewer.actor(), why, null, now);
		return changed(lead);
	}

	/**
	 * Where the lead stands in the pool for {@code viewer}: for an owned lead when its
	 * owner is warned and when it returns; for a pooled one the viewer's holding of its
	 * tier against the cap and the end of their cooldown on it.
	 * @throws LeadNotFoundException when the user may not see the lead
	 */
	@Transactional(readOnly = true)
	public PoolStatus status(long id, Viewer viewer) {
		Lead lead = this.sheet.visible(id, this.scopes.of(viewer));
		LeadPoolPolicy policy = policy();
		PoolRule rule = policy.ruleOf(lead.getTier());
		if (lead.getStatus().isOwned()) {
			return new PoolStatus(rule.getTier(), day(policy.warningDueAt(lead)), day(policy.returnDueAt(lead)), null,
					null, null);
		}
		if (lead.getStatus() != LeadStatus.NEW || viewer.isAdmin()) {
			return new PoolStatus(rule.getTier(), null, null, null, null, null);
		}
		Instant released = lastReleaseOf(lead.getId(), viewer.userId());
		LocalDate cooldownEnds = policy.inCooldown(lead, released, this.clock.instant())
				? policy.cooldownEnd(lead, released, this.zone) : null;
		return new PoolStatus(rule.getTier(), null, null, rule.getHoldingCap(),
				heldOfTier(viewer.userId(), lead.getTier()), cooldownEnds);
	}

	/**
	 * The pool rules' job at {@code now}: returns every owned lead whose time ran out
	 * (release row, history by {@value #RULE_ACTOR} naming the rule, notice
	 * {@link NoticeKind#POOL_RETURNED} to the previous owner), then warns the owner of
	 * every lead whose warning is due and who was not warned since the lead's last
	 * contact (notice {@link NoticeKind#POOL_WARNING}). Leads are found by a query on
	 * their time columns and handled in batches of {@value #BATCH_SIZE}. Holds a
	 * transaction-scoped advisory lock: when another node is sweeping, does nothing.
	 */
	@Transactional
	public SweepResult sweep(Instant now) {
		Boolean locked = (Boolean) this.entityManager.createNativeQuery("select pg_try_advisory_xact_lock(:key)")
			.setParameter("key", SWEEP_LOCK)
			.getSingleResult();
		if (!Boolean.TRUE.equals(locked)) {
			log.info("Public pool sweep skipped: another node holds the lock");
			return SweepResult.SKIPPED;
		}
		LeadPoolPolicy policy = policy();
		int returned = 0;
		int warned = 0;
		for (Tier tier : Tier.values()) {
			returned += returnDue(policy, tier, now);
		}
		for (Tier tier : Tier.values()) {
			warned += warnDue(policy, tier, now);
		}
		log.info("Public pool sweep at {}: {} leads returned, {} owners warned", now, returned, warned);
		return new SweepResult(false, returned, warned);
	}

	private int returnDue(LeadPoolPolicy policy, Tier tier, Instant now) {
		LeadPoolPolicy.Cutoffs cutoffs = policy.returnCutoffs(tier, now);
		List<Long> ids = dueIds(tier, cutoffs, false);
		int returned = 0;
		Actor rule = Actor.system(RULE_ACTOR);
		for (List<Lead> batch : batches(ids)) {
			for (Lead lead : batch) {
				if (policy.isReturnDue(lead, now)) {
					String date = format(policy.returnDueAt(lead));
					User previous = backToPool(lead, PoolReleaseKind.RETURNED, rule,
							policy.causeOfReturn(lead).historyReason(), policy.causeOfReturn(lead).message(), now);
					notify(previous, NoticeKind.POOL_RETURNED, lead, date, now);
					returned++;
				}
			}
			this.entityManager.flush();
			this.entityManager.clear();
		}
		return returned;
	}

	private int warnDue(LeadPoolPolicy policy, Tier tier, Instant now) {
		List<Long> ids = dueIds(tier, policy.warningCutoffs(tier, now), true);
		int warned = 0;
		for (List<Lead> batch : batches(ids)) {
			for (Lead lead : batch) {
				if (policy.isWarningDue(lead, now)) {
					notify(lead.getOwner(), NoticeKind.POOL_WARNING, lead, format(policy.returnDueAt(lead)), now);
					warned++;
				}
			}
			this.entityManager.flush();
			this.entityManager.clear();
		}
		return warned;
	}

	/**
	 * The ids of owned leads of {@code tier} (with D, those without a tier) due by
	 * {@code cutoffs}; with {@code unwarned}, only those whose owner has had no warning
	 * since the lead's last contact.
	 */
	private List<Long> dueIds(Tier tier, LeadPoolPolicy.Cutoffs cutoffs, boolean unwarned) {
		String tierMatch = (tier == LeadPoolPolicy.UNCLASSED)
				? "(l.assignedTier.tier = :tier or l.assignedTier.tier is null)" : "l.assignedTier.tier = :tier";
		String notWarned = unwarned ? " and not exists (select n.id from Notice n where n.kind = :warning"
				+ " and n.subjectType = :subject and n.subjectId = l.id and n.recipient = l.owner"
				+ " and n.createdAt >= l.ownedSince and (l.lastContactedAt is null or n.createdAt >= l.lastContactedAt))"
				: "";
		TypedQuery<Long> query = this.entityManager
			.createQuery("select l.id from Lead l where l.status in :owned and " + tierMatch
					+ " and ((l.ownedSince <= :contactCutoff and (l.lastContactedAt is null"
					+ " or l.lastContactedAt <= :contactCutoff)) or l.ownedSince <= :progressCutoff)" + notWarned
					+ " order by l.id", Long.class)
			.setParameter("owned", OWNED)
			.setParameter("tier", tier)
			.setParameter("contactCutoff", cutoffs.contact())
			.setParameter("progressCutoff", cutoffs.progress());
		if (unwarned) {
			query.setParameter("warning", NoticeKind.POOL_WARNING).setParameter("subject", LeadService.LEAD);
		}
		return query.getResultList();
	}

	private Iterable<List<Lead>> batches(List<Long> ids) {
		return () -> new java.util.Iterator<>() {

			private int next;

			@Override
			public boolean hasNext() {
				return this.next < ids.size();
			}

			@Override
			public List<Lead> next() {
				List<Long> chunk = ids.subList(this.next, Math.min(this.next + BATCH_SIZE, ids.size()));
				this.next += chunk.size();
				return LeadPoolService.this.entityManager
					.createQuery("select l from Lead l join fetch l.owner where l.id in :ids order by l.id", Lead.class)
					.setParameter("ids", chunk)
					.getResultList();
			}

		};
	}

	/** Puts the lead back into the pool, keeping the release and the history. */
	private User backToPool(Lead lead, PoolReleaseKind kind, Actor actor, String reason, ReasonMessage message,
			Instant now) {
		LeadStatus before = lead.getStatus();
		User previous = lead.returnToPool();
		this.entityManager.persist(new LeadPoolRelease(lead, previous, kind, now));
		this.history.record(LeadService.subject(lead),
				new FieldChanges().add("lead.owner", previous.getDisplayName(), null)
					.add("lead.status", before, lead.getStatus())
					.list(),
				actor, reason, (message != null) ? message.encode() : null, null, now);
		return previous;
	}

	private void notify(User recipient, NoticeKind kind, Lead lead, String date, Instant now) {
		this.entityManager.persist(new Notice(recipient, kind, LeadService.LEAD, lead.getId(),
				List.of(lead.getNumber(), lead.getName(), date), now));
	}

	/**
	 * How many open leads of {@code tier} the user owns (with D, also those without a
	 * tier): what the holding cap limits. Accounts are not counted yet.
	 */
	private long heldOfTier(Long userId, Tier tier) {
		Tier ruleTier = LeadPoolPolicy.ruleTierOf(tier);
		String tierMatch = (ruleTier == LeadPoolPolicy.UNCLASSED)
				? "(l.assignedTier.tier = :tier or l.assignedTier.tier is null)" : "l.assignedTier.tier = :tier";
		return this.entityManager
			.createQuery("select count(l) from Lead l where l.owner.id = :user and l.status in :owned and " + tierMatch,
					Long.class)
			.setParameter("user", userId)
			.setParameter("owned", OWNED)
			.setParameter("tier", ruleTier)
			.getSingleResult();
	}

	/** When the user last had the lead go back to the pool from them; null if never. */
	private Instant lastReleaseOf(Long leadId, Long userId) {
		return this.entityManager
			.createQuery(
					"select max(r.releasedAt) from LeadPoolRelease r where r.lead.id = :lead and r.user.id = :user",
					Instant.class)
			.setParameter("lead", leadId)
			.setParameter("user", userId)
			.getSingleResult();
	}

	private LeadPoolPolicy policy() {
		return new LeadPoolPolicy(
				this.entityManager.createQuery("select r from PoolRule r", PoolRule.class).getResultList());
	}

	private LeadPoolChange changed(Lead lead) {
		try {
			this.entityManager.flush();
		}
		catch (jakarta.persistence.OptimisticLockException ex) {
			// Someone changed the lead between our read and this write (e.g. two claims
			// at once).
			throw new ConcurrentEditException("Lead " + lead.getId() + " changed concurrently");
		}
		return new LeadPoolChange(lead.getId(), lead.getVersion(), lead.getStatus(),
				(lead.getOwner() != null) ? lead.getOwner().getUsername() : null);
	}

	private static String reasonOf(String reason) {
		if (reason == null || reason.isBlank()) {
			throw ChangeRejected.of("reason", "pool.error.reasonRequired");
		}
		if (reason.strip().length() > Lead.MAX_REASON) {
			throw ChangeRejected.of("reason", "pool.error.reasonTooLong", Lead.MAX_REASON);
		}
		return reason.strip();
	}

	private LocalDate day(Instant instant) {
		return (instant != null) ? instant.atZone(this.zone).toLocalDate() : null;
	}

	private String format(Instant instant) {
		return DAY.format(instant.atZone(this.zone));
	}

	/**
	 * What a sweep did.
	 *
	 * @param skipped another node was sweeping
	 */
	public record SweepResult(boolean skipped, int returned, int warned) {

		static final SweepResult SKIPPED = new SweepResult(true, 0, 0);

	}

}
