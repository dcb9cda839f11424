package com.kacrm.persistence.tiering;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.kacrm.domain.history.FieldChange;
import com.kacrm.domain.history.FieldChanges;
import com.kacrm.domain.history.HistorySubject;
import com.kacrm.domain.lead.LeadStatus;
import com.kacrm.domain.reference.CoverageMode;
import com.kacrm.domain.reference.Tier;
import com.kacrm.domain.reference.TierAssessment;
import com.kacrm.domain.reference.TierCheck;
import com.kacrm.domain.reference.TierCriteria;
import com.kacrm.domain.reference.TierCriterion;
import com.kacrm.domain.reference.TierProfile;
import com.kacrm.domain.reference.TierRule;
import com.kacrm.domain.reference.Tiered;
import com.kacrm.domain.reference.TieredCustomer;
import com.kacrm.domain.shared.Actor;
import com.kacrm.persistence.history.HistoryService;
import com.kacrm.persistence.shared.ConcurrentEditException;
import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps the tier criteria and the tiers of accounts and open leads in step. New criteria
 * are previewed first (who would move, and why) and then applied in one transaction: the
 * next criteria version is saved, every record whose tier changes takes it, and each
 * change goes into the record's history naming the version. Tiers set by hand are kept.
 */
@Service
public class TieringService {

	/** History subject types of the records re-tiering changes, and of the criteria. */
	public static final String ACCOUNT = "ACCOUNT";

	public static final String LEAD = "LEAD";

	public static final String TIER_CRITERIA = "TIER_CRITERIA";

	/** The history field (a message key) of a record's tier changed by re-tiering. */
	public static final String TIER_FIELD = "record.tier";

	/** The history field (a message key) of the tier a new record starts with. */
	public static final String INITIAL_TIER_FIELD = "record.tierAssigned";

	private static final int BATCH = 500;

	/** History fields of the criteria are {@code tierCriteria.<tier>.<property>}. */
	private static final String CRITERIA_FIELD_PREFIX = "tierCriteria.";

	private final TierCriteriaRepository criteria;

	private final AccountTierRepository accounts;

	private final LeadTierRepository leads;

	private final HistoryService history;

	private final Clock clock;

	private final EntityManager entityManager;

	TieringService(TierCriteriaRepository criteria, AccountTierRepository accounts, LeadTierRepository leads,
			HistoryService history, Clock clock, EntityManager entityManager) {
		this.entityManager = entityManager;
		this.criteria = criteria;
		this.accounts = accounts;
		this.leads = leads;
		this.history = history;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public TierCriteriaView current() {
		return TierCriteriaView.of(currentCriteria());
	}

	/** Every version, newest first. */
	@Transactional(readOnly = true)
	public List<TierCriteriaView> versions() {
		return this.criteria.findAllByOrderByVersionNumberDesc().stream().map(TierCriteriaView::of).toList();
	}

	@Transactional(readOnly = true)
	public TierCriteriaView version(int versionNumber) {
		return this.criteria.findByVersionNumber(versionNumber)
			.map(TierCriteriaView::of)
			.orElseThrow(() -> new TierCriteriaNotFoundException(versionNumber));
	}

	/**
	 * Who would move if {@code proposed} replaced the current criteria.
	 * @throws com.kacrm.domain.shared.ChangeRejected when the criteria are inconsistent
	 */
	@Transactional(readOnly = true)
	public TierPreview preview(List<TierCriterion> proposed) {
		TierRule rule = TierRule.of(proposed);
		TierCriteria current = currentCriteria();
		List<String> changed = changes(current.rule(), rule).stream()
			.map((change) -> change.field().substring(CRITERIA_FIELD_PREFIX.length()))
			.toList();
		return preview(rule, current.getVersionNumber(), changed);
	}

	/**
	 * Saves {@code proposed} as the version after {@code basedOnVersion} and re-tiers
	 * every account and open lead accordingly, all or nothing.
	 * @throws ConcurrentEditException when someone applied other criteria since the admin
	 * looked at version {@code basedOnVersion}
	 * @throws com.kacrm.domain.shared.ChangeRejected when the criteria are inconsistent
	 * or unchanged
	 */
	@Transactional
	public TierApplied apply(List<TierCriterion> proposed, int basedOnVersion, String note, Actor actor) {
		int currentVersion = this.criteria.lockCurrentVersionNumber()
			.orElseThrow(() -> new IllegalStateException("No tier criteria"));
		if (currentVersion != basedOnVersion) {
			throw new ConcurrentEditException(
					"Tier criteria are at version " + currentVersion + ", the edit was based on " + basedOnVersion);
		}
		Instant now = this.clock.instant();
		TierCriteria current = currentCriteria();
		TierCriteria next = this.criteria.save(current.next(proposed, actor, now, note));
		this.history.record(new HistorySubject(TIER_CRITERIA, next.getId(), "v" + next.getVersionNumber()),
				changes(current.rule(), next.rule()), actor, note, null, next.getVersionNumber(), now);
		TierPreview preview = preview(next.rule(), currentVersion, List.of());
		retier(preview.moves(), ACCOUNT, (ids) -> List.copyOf(this.accounts.findByIdIn(ids)), next, actor, now);
		retier(preview.moves(), LEAD, (ids) -> List.copyOf(this.leads.findByIdIn(ids)), next, actor, now);
		return new TierApplied(next.getVersionNumber(), preview.accountsMoving(), preview.leadsMoving());
	}

	/**
	 * Gives a new record the tier the current criteria assign, and records it in the
	 * record's history with the version.
	 */
	@Transactional
	public void assignTier(Tiered record, HistorySubject subject, Actor actor) {
		recordInitialTier(record, subject, assessNew(record), actor);
	}

	/**
	 * Gives a record not yet saved the tier the current criteria assign, so it is
	 * inserted with it; {@link #recordInitialTier} then writes the history once it has an
	 * id.
	 */
	@Transactional
	public InitialTier assessNew(Tiered record) {
		CurrentRule current = sharedCurrent();
		TierAssessment assessment = current.rule().assess(record.tierProfile());
		record.retier(assessment.tier(), current.versionNumber());
		return new InitialTier(assessment.reasonFor(null), current.versionNumber());
	}

	/** Records in a new record's history the tier {@link #assessNew} gave it, and why. */
	@Transactional
	public void recordInitialTier(Tiered record, HistorySubject subject, InitialTier tier, Actor actor) {
		recordTier(INITIAL_TIER_FIELD, record, null, tier.reason(), subject, actor, tier.criteriaVersion());
	}

	/**
	 * Re-assesses a record whose tier follows the criteria after its data changed, and
	 * records a change of tier in its history. A tier set by hand is left alone.
	 */
	@Transactional
	public void reassess(Tiered record, HistorySubject subject, Actor actor) {
		if (record.isTierSetByHand()) {
			return;
		}
		CurrentRule current = sharedCurrent();
		TierAssessment assessment = current.rule().assess(record.tierProfile());
		Tier previous = record.getTier();
		record.retier(assessment.tier(), current.versionNumber());
		if (previous != assessment.tier()) {
			recordTier(TIER_FIELD, record, previous, assessment.reasonFor(previous), subject, actor,
					current.versionNumber());
		}
	}

	/**
	 * Lets the criteria decide a hand-set tier again, and records the change in the
	 * record's history.
	 */
	@Transactional
	public void followCriteria(TieredCustomer record, HistorySubject subject, Actor actor) {
		CurrentRule current = sharedCurrent();
		TierAssessment assessment = current.rule().assess(record.tierProfile());
		Tier previous = record.getTier();
		record.followCriteria(assessment.tier(), current.versionNumber());
		recordTier(TIER_FIELD, record, previous, assessment.reasonFor(previous), subject, actor,
				current.versionNumber());
	}

	/** The tier the current criteria propose for {@code profile}, and why. */
	@Transactional(readOnly = true)
	public TierAssessment propose(TierProfile profile) {
		return currentCriteria().rule().assess(profile);
	}

	/** The tiers the current criteria cover by {@code mode} (field visits or phone). */
	@Transactional(readOnly = true)
	public Set<Tier> tiersCoveredBy(CoverageMode mode) {
		Set<Tier> tiers = EnumSet.noneOf(Tier.class);
		currentCriteria().rule()
			.criteria()
			.stream()
			.filter((criterion) -> criterion.coverageMode() == mode)
			.forEach((criterion) -> tiers.add(criterion.tier()));
		return tiers;
	}

	/**
	 * The current criteria's rule, their version share-locked until the transaction ends
	 * so a criteria change waits for it. Read once per transaction: an import of
	 * thousands of leads assesses every one against the same rule.
	 */
	private CurrentRule sharedCurrent() {
		boolean bound = TransactionSynchronizationManager.isSynchronizationActive();
		if (bound && TransactionSynchronizationManager.getResource(this) instanceof CurrentRule known) {
			return known;
		}
		int versionNumber = this.criteria.shareCurrentVersionNumber()
			.orElseThrow(() -> new IllegalStateException("No tier criteria"));
		TierCriteria criteria = this.criteria.findByVersionNumber(versionNumber).orElseThrow();
		CurrentRule current = new CurrentRule(criteria.rule(), criteria.getVersionNumber());
		if (bound) {
			TransactionSynchronizationManager.bindResource(this, current);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(TieringService.this);
				}
			});
		}
		return current;
	}

	/** The rule of the criteria in force and their version. */
	private record CurrentRule(TierRule rule, int versionNumber) {
	}

	private void recordTier(String field, Tiered record, Tier previous, List<TierCheck> reason, HistorySubject subject,
			Actor actor, int criteriaVersion) {
		this.history.record(subject, List.of(FieldChange.of(field, previous, record.getTier())), actor,
				inChinese(reason), TierCheck.encodeAll(reason), criteriaVersion, this.clock.instant());
	}

	private TierPreview preview(TierRule rule, int basedOnVersion, List<String> changed) {
		List<TierCandidate> candidates = new ArrayList<>(this.accounts.candidates());
		candidates.addAll(this.leads.candidates(LeadStatus.OPEN));
		List<TierMove> moves = new ArrayList<>();
		long keptByHand = 0;
		for (TierCandidate candidate : candidates) {
			if (candidate.tierSetByHand()) {
				keptByHand++;
				continue;
			}
			TierAssessment assessment = rule.assess(candidate.profile());
			if (assessment.tier() != candidate.tier()) {
				moves.add(new TierMove(candidate.subjectType(), candidate.id(), candidate.name(), candidate.tier(),
						assessment.tier(), assessment.reasonFor(candidate.tier())));
			}
		}
		return new TierPreview(basedOnVersion, changed, moves, candidates.size(), keptByHand);
	}

	private void retier(List<TierMove> moves, String subjectType, Function<List<Long>, List<Tiered>> load,
			TierCriteria next, Actor actor, Instant now) {
		List<TierMove> ofType = moves.stream().filter((move) -> move.subjectType().equals(subjectType)).toList();
		for (int start = 0; start < ofType.size(); start += BATCH) {
			List<TierMove> batch = ofType.subList(start, Math.min(start + BATCH, ofType.size()));
			Map<Long, Tiered> records = load.apply(batch.stream().map(TierMove::id).toList())
				.stream()
				.collect(Collectors.toMap(Tiered::getId, Function.identity()));
			for (TierMove move : batch) {
				Tiered record = records.get(move.id());
				record.retier(move.to(), next.getVersionNumber());
				this.history.record(new HistorySubject(subjectType, move.id(), move.name()),
						List.of(FieldChange.of(TIER_FIELD, move.from(), move.to())), actor, move.reasonInChinese(),
						TierCheck.encodeAll(move.reason()), next.getVersionNumber(), now);
			}
			// Years of data must not pile up in the persistence context.
			this.entityManager.flush();
			this.entityManager.clear();
		}
	}

	static String inChinese(List<TierCheck> checks) {
		return String.join("；", checks.stream().map(TierCheck::describeInChinese).toList());
	}

	private static List<FieldChange> changes(TierRule before, TierRule after) {
		FieldChanges changes = new FieldChanges();
		for (Tier tier : Tier.values()) {
			TierCriterion old = before.criterion(tier);
			TierCriterion now = after.criterion(tier);
			String prefix = CRITERIA_FIELD_PREFIX + tier + ".";
			changes.add(prefix + "maxIndustryRank", old.maxIndustryRank(), now.maxIndustryRank())
				.add(prefix + "minAnnualRevenue", old.minAnnualRevenue(), now.minAnnualRevenue())
				.add(prefix + "minAnnualPurchase", old.minAnnualPurchase(), now.minAnnualPurchase())
				.add(prefix + "coverageMode", old.coverageMode(), now.coverageMode())
				.add(prefix + "managementMode", old.managementMode(), now.managementMode())
				.add(prefix + "contactCadenceDays", old.contactCadenceDays(), now.contactCadenceDays());
		}
		return changes.list();
	}

	private TierCriteria currentCriteria() {
		return this.criteria.findFirstByOrderByVersionNumberDesc()
			.orElseThrow(() -> new IllegalStateException("No tier criteria: migration V004 seeds version 1"));
	}

}
