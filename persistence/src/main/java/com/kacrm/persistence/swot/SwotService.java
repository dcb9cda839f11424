package com.kacrm.persistence.swot;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import com.kacrm.domain.account.Account;
import com.kacrm.domain.history.FieldChange;
import com.kacrm.domain.swot.Swot;
import com.kacrm.domain.swot.SwotContent;
import com.kacrm.persistence.account.AccountAccess;
import com.kacrm.persistence.account.AccountScope;
import com.kacrm.persistence.account.AccountService;
import com.kacrm.persistence.history.HistoryService;
import com.kacrm.persistence.shared.BusinessCalendar;
import com.kacrm.persistence.shared.Viewer;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The SWOT analyses of accounts (初阶SWOT分析, 半年一扫描): read and added by everyone who may see
 * the account ({@link AccountAccess}); a new SWOT is noted in the account's history.
 * "Today" is the date in the display time zone, as for the account header's reminder.
 */
@Service
public class SwotService {

	/** The account-history field of a new SWOT; its new value is the SWOT's date. */
	public static final String ADDED_FIELD = "swot.added";

	private final EntityManager entityManager;

	private final AccountAccess access;

	private final HistoryService history;

	private final Clock clock;

	private final BusinessCalendar calendar;

	SwotService(EntityManager entityManager, AccountAccess access, HistoryService history, Clock clock,
			BusinessCalendar calendar) {
		this.entityManager = entityManager;
		this.access = access;
		this.history = history;
		this.clock = clock;
		this.calendar = calendar;
	}

	/** Today where the accounts are served. */
	public LocalDate today() {
		return this.calendar.today();
	}

	/**
	 * The account's SWOTs, newest first.
	 * @throws com.kacrm.persistence.account.AccountNotFoundException when the viewer may
	 * not see the account
	 */
	@Transactional(readOnly = true)
	public List<SwotRow> swotsOf(long accountId, Viewer viewer) {
		this.access.visible(accountId, viewer);
		LocalDate today = today();
		return this.entityManager
			.createQuery("select s from Swot s where s.account.id = :account order by s.assessedOn desc, s.id desc",
					Swot.class)
			.setParameter("account", accountId)
			.getResultStream()
			.map((swot) -> new SwotRow(swot.getId(), swot.getAssessedOn(), swot.getStrengths(), swot.getWeaknesses(),
					swot.getOpportunities(), swot.getThreats(), swot.getCreatedAt(), swot.getCreatedByName(),
					swot.isDue(today)))
			.toList();
	}

	/**
	 * Adds a SWOT of the account as of {@code assessedOn} (today when null).
	 * @return the new SWOT's id
	 * @throws com.kacrm.domain.shared.ChangeRejected when no quadrant is filled in, a
	 * text is too long or the date is in the future
	 */
	@Transactional
	public long add(long accountId, SwotContent content, LocalDate assessedOn, Viewer viewer) {
		Account account = this.access.visible(accountId, viewer);
		LocalDate today = today();
		Swot swot = new Swot(account, content, (assessedOn != null) ? assessedOn : today, today, viewer.actor(),
				this.clock.instant());
		this.entityManager.persist(swot);
		this.history.record(AccountService.subject(account),
				List.of(FieldChange.of(ADDED_FIELD, null, swot.getAssessedOn())), viewer.actor(), null);
		return swot.getId();
	}

	/**
	 * The accounts in the viewer's scope that are due a new SWOT: never analysed first,
	 * then the longest ago, at most {@code limit}.
	 */
	@Transactional(readOnly = true)
	public List<SwotDueRow> dueAccounts(Viewer viewer, int limit) {
		AccountScope scope = this.access.scopeOf(viewer);
		// Native SQL: PostgreSQL adds months as java.time does (31 August + 6 months is
		// the end of February), so the list agrees with Swot.isDue to the day.
		Query query = this.entityManager
			.createNativeQuery("select a.id, a.name, max(s.assessed_on) from account a"
					+ " left join swot s on s.account_id = a.id where " + scope.accounts("a.team_id", "a.owner_id")
					+ " group by a.id, a.name having max(s.assessed_on) is null"
					+ " or (max(s.assessed_on) + make_interval(months => :months))::date <= :today"
					+ " order by max(s.assessed_on) nulls first, a.name, a.id")
			.setParameter("months", Swot.RESCAN_MONTHS)
			.setParameter("today", today())
			.setMaxResults(limit);
		@SuppressWarnings("unchecked")
		List<Object[]> rows = scope.bind(query).getResultList();
		return rows.stream()
			.map((row) -> new SwotDueRow(((Number) row[0]).longValue(), (String) row[1], localDate(row[2])))
			.toList();
	}

	private static LocalDate localDate(Object value) {
		if (value instanceof Date date) {
			return date.toLocalDate();
		}
		return (LocalDate) value;
	}

}
