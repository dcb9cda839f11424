package com.kacrm.persistence.valuation;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.kacrm.domain.account.Account;
import com.kacrm.domain.history.FieldChange;
import com.kacrm.domain.valuation.AccountValuation;
import com.kacrm.domain.valuation.ValueCriterion;
import com.kacrm.domain.valuation.ValueModel;
import com.kacrm.persistence.account.AccountAccess;
import com.kacrm.persistence.account.AccountService;
import com.kacrm.persistence.history.HistoryService;
import com.kacrm.persistence.shared.Viewer;
import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Dated value assessments of accounts (客户价值评估): everyone who may see the account assesses
 * it with the one value model; the result is kept with the assessment and its portfolio
 * class and pyramid level on the account, whose history notes the new total and any
 * change of class or level. The series of assessments is the account's value trend.
 */
@Service
public class AccountValuationService {

	/** The account-history field of a new assessment's total score. */
	public static final String TOTAL_FIELD = "valuation.totalScore";

	private static final String BY_ACCOUNT = "select v from AccountValuation v where v.accountId = :account";

	private final EntityManager entityManager;

	private final ValueModelRepository models;

	private final AccountAccess access;

	private final HistoryService history;

	private final Clock clock;

	AccountValuationService(EntityManager entityManager, ValueModelRepository models, AccountAccess access,
			HistoryService history, Clock clock) {
		this.entityManager = entityManager;
		this.models = models;
		this.access = access;
		this.history = history;
		this.clock = clock;
	}

	/**
	 * Assesses the account from a score 1–5 of every criterion, with the current model.
	 * @return the assessment
	 * @throws com.kacrm.domain.shared.ChangeRejected when a score is missing or out of
	 * range (field {@code scores[i].score}) or the note is too long
	 * @throws com.kacrm.persistence.account.AccountNotFoundException when the viewer may
	 * not see the account
	 */
	@Transactional
	public ValuationRow assess(long accountId, Map<ValueCriterion, Integer> scores, String note, Viewer viewer) {
		Account account = this.access.visible(accountId, viewer);
		ValueModel model = this.models.findFirstByOrderByIdAsc()
			.orElseThrow(() -> new IllegalStateException("The value model is missing; migration V006 seeds it"));
		Optional<AccountValuation> previous = latest(accountId);
		Instant at = this.clock.instant();
		AccountValuation valuation = new AccountValuation(accountId, model, scores, note, viewer.actor(), at);
		this.entityManager.persist(valuation);
		List<FieldChange> changes = new ArrayList<>();
		changes.add(FieldChange.of(TOTAL_FIELD, previous.map((v) -> v.result().totalScore()).orElse(null),
				valuation.result().totalScore()));
		changes.addAll(account.recordValuation(valuation.result(), at));
		this.history.record(AccountService.subject(account), changes, viewer.actor(), valuation.getNote());
		return row(valuation);
	}

	/** The account's assessments, oldest first: its value trend. */
	@Transactional(readOnly = true)
	public List<ValuationRow> trendOf(long accountId, Viewer viewer) {
		this.access.visible(accountId, viewer);
		return this.entityManager.createQuery(BY_ACCOUNT + " order by v.assessedAt, v.id", AccountValuation.class)
			.setParameter("account", accountId)
			.getResultStream()
			.map(AccountValuationService::row)
			.toList();
	}

	/** The account's latest assessment, if it has one. */
	@Transactional(readOnly = true)
	public Optional<ValuationRow> latestOf(long accountId, Viewer viewer) {
		this.access.visible(accountId, viewer);
		return latest(accountId).map(AccountValuationService::row);
	}

	private Optional<AccountValuation> latest(long accountId) {
		return this.entityManager
			.createQuery(BY_ACCOUNT + " order by v.assessedAt desc, v.id desc", AccountValuation.class)
			.setParameter("account", accountId)
			.setMaxResults(1)
			.getResultStream()
			.findFirst();
	}

	private static ValuationRow row(AccountValuation valuation) {
		return new ValuationRow(valuation.getId(), valuation.getAssessedAt(), valuation.getAssessedByName(),
				valuation.getScores(), valuation.result(), valuation.getNote());
	}

}
