package com.kacrm.persistence.opportunity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.kacrm.domain.opportunity.OpportunityStatus;
import com.kacrm.domain.playbook.Milestone;
import com.kacrm.persistence.account.AccountScope;
import com.kacrm.persistence.shared.BoundedPage;
import com.kacrm.persistence.shared.NameMatches;
import com.kacrm.persistence.shared.Viewer;
import jakarta.persistence.EntityManager;

import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the opportunity list and the board as a viewer may see them: their scope
 * ({@link OpportunityAccess#scopeOf}) is the query's predicate, never a filter after
 * loading; a page is one query plus one count, a board one query of every column's first
 * deals and totals plus one of those deals' rows.
 */
@Service
public class OpportunityListService {

	/** Most cards a board column shows; the rest are a link to the list. */
	public static final int BOARD_CARDS = 50;

	/**
	 * What the board shows without a status filter: lost deals are out of the race.
	 */
	static final Set<OpportunityStatus> BOARD_STATUSES = EnumSet.of(OpportunityStatus.OPEN, OpportunityStatus.ON_HOLD,
			OpportunityStatus.WON);

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final EntityManager entityManager;

	private final OpportunityAccess access;

	private final Clock clock;

	OpportunityListService(EntityManager entityManager, OpportunityAccess access, Clock clock) {
		this.entityManager = entityManager;
		this.access = access;
		this.clock = clock;
	}

	/**
	 * One page of the deals {@code viewer} may see that pass {@code filter}, of every
	 * status unless the filter names one.
	 * @throws com.kacrm.persistence.shared.UnsupportedSortException for a sort key the
	 * list does not offer
	 */
	@Transactional(readOnly = true)
	public BoundedPage<OpportunityRow> list(OpportunityFilter filter, Pageable pageable, Viewer viewer) {
		OpportunityListQuery query = new OpportunityListQuery(this.access.scopeOf(viewer), filter, Set.of(),
				NameMatches.of(this.entityManager, filter.q()));
		Instant now = this.clock.instant();
		List<OpportunityRow> rows = query.rows(this.entityManager, pageable.getSort())
			.setFirstResult((int) pageable.getOffset())
			.setMaxResults(BoundedPage.readSize(pageable))
			.getResultList()
			.stream()
			.map((row) -> row.asOf(now))
			.toList();
		return BoundedPage.of(rows, pageable, () -> query.ids(this.entityManager));
	}

	/**
	 * The board of the deals {@code viewer} may see that pass {@code filter}: the eight
	 * milestones in order, each with its first {@link #BOARD_CARDS} deals (soonest
	 * expected signing first), count, total and weighted amount. Open, held and won deals
	 * unless the filter names a status (lost ones only then).
	 */
	@Transactional(readOnly = true)
	public OpportunityBoard board(OpportunityFilter filter, Viewer viewer) {
		OpportunityListQuery query = new OpportunityListQuery(this.access.scopeOf(viewer), filter, BOARD_STATUSES,
				NameMatches.of(this.entityManager, filter.q()));
		Map<Milestone, Object[]> totals = new EnumMap<>(Milestone.class);
		Map<Milestone, List<Long>> cardIds = new EnumMap<>(Milestone.class);
		for (Object[] card : query.boardColumns(this.entityManager, BOARD_CARDS).getResultList()) {
			Milestone milestone = (Milestone) card[1];
			totals.put(milestone, card);
			cardIds.computeIfAbsent(milestone, (key) -> new ArrayList<>()).add((Long) card[0]);
		}
		Instant now = this.clock.instant();
		Map<Long, OpportunityRow> rows = new HashMap<>();
		if (!cardIds.isEmpty()) {
			query.rowsOf(this.entityManager, cardIds.values().stream().flatMap(List::stream).toList())
				.getResultList()
				.forEach((row) -> rows.put(row.id(), row.asOf(now)));
		}
		List<OpportunityBoard.Column> columns = new ArrayList<>();
		for (Milestone milestone : Milestone.values()) {
			Object[] total = totals.get(milestone);
			if (total == null) {
				columns.add(new OpportunityBoard.Column(milestone, List.of(), 0, BigDecimal.ZERO, BigDecimal.ZERO));
				continue;
			}
			List<OpportunityRow> cards = cardIds.get(milestone).stream().map(rows::get).toList();
			columns.add(new OpportunityBoard.Column(milestone, cards, ((Number) total[2]).longValue(), amount(total[3]),
					amount(total[4]).divide(HUNDRED, 4, RoundingMode.HALF_UP)));
		}
		return new OpportunityBoard(columns);
	}

	private static BigDecimal amount(Object sum) {
		return (sum != null) ? (BigDecimal) sum : BigDecimal.ZERO;
	}

	/**
	 * The teams {@code viewer} sees, their people and the active industries, for the
	 * filters: read from the organisation and the reference data, never from the deals (a
	 * distinct over every visible deal would cost more than the page itself).
	 */
	@Transactional(readOnly = true)
	public OpportunityChoices choices(Viewer viewer) {
		return OpportunityChoices.ofTeams(this.entityManager, this.access.scopeOf(viewer).teamIds());
	}

}
