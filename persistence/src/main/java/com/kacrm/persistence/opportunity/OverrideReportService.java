package com.kacrm.persistence.opportunity;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.kacrm.domain.opportunity.MilestoneMove;
import com.kacrm.domain.opportunity.MoveKind;
import com.kacrm.domain.organisation.Role;
import com.kacrm.domain.playbook.ChecklistItem;
import com.kacrm.domain.shared.LocalizedName;
import com.kacrm.persistence.account.AccountScope;
import com.kacrm.persistence.shared.BusinessCalendar;
import com.kacrm.persistence.shared.NotPermittedException;
import com.kacrm.persistence.shared.Viewer;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The compliance report (合规报告) of manager overrides (SPEC 5): every move past a closed
 * gate in a period, newest first, with the items that were missing. Managers see the
 * overrides on the deals of the teams they see, admins all; reps may not read it.
 */
@Service
public class OverrideReportService {

	/** The period the report covers unless asked otherwise. */
	public static final int DEFAULT_DAYS = 90;

	private static final String FROM = " from MilestoneMove m join m.opportunity o join o.account a join o.team t"
			+ " where m.kind = :kind and m.movedAt >= :from and m.movedAt < :to and ";

	private final EntityManager entityManager;

	private final OpportunityAccess access;

	private final BusinessCalendar calendar;

	OverrideReportService(EntityManager entityManager, OpportunityAccess access, BusinessCalendar calendar) {
		this.entityManager = entityManager;
		this.access = access;
		this.calendar = calendar;
	}

	/** Today in the display time zone, the end of the report's default period. */
	public LocalDate today() {
		return this.calendar.today();
	}

	/**
	 * The overrides from day {@code from} to day {@code to} (both inclusive, in the
	 * display time zone), newest first.
	 * @throws NotPermittedException for reps
	 */
	@Transactional(readOnly = true)
	public Page<OverrideRow> overrides(LocalDate from, LocalDate to, Pageable pageable, Viewer viewer) {
		if (viewer.role() == Role.REP) {
			throw new NotPermittedException("The compliance report is for managers and admins");
		}
		AccountScope scope = this.access.scopeOf(viewer);
		String where = FROM + scope.opportunities("o");
		List<Object[]> lines = bind(this.entityManager.createQuery(
				"select m, o.id, o.name, a.id, a.name, t.name" + where + " order by m.movedAt desc, m.id desc",
				Object[].class), from, to, scope)
			.setFirstResult((int) pageable.getOffset())
			.setMaxResults(pageable.getPageSize())
			.getResultList();
		long total = (lines.size() < pageable.getPageSize() && (pageable.getOffset() == 0 || !lines.isEmpty()))
				? pageable.getOffset() + lines.size()
				: bind(this.entityManager.createQuery("select count(m)" + where, Long.class), from, to, scope)
					.getSingleResult();
		Map<Long, ChecklistItem> items = itemsOf(lines);
		List<OverrideRow> rows = lines.stream().map((line) -> row(line, items)).toList();
		return new PageImpl<>(rows, pageable, total);
	}

	private <T> TypedQuery<T> bind(TypedQuery<T> query, LocalDate from, LocalDate to, AccountScope scope) {
		query.setParameter("kind", MoveKind.OVERRIDE)
			.setParameter("from", from.atStartOfDay(this.calendar.zone()).toInstant())
			.setParameter("to", to.plusDays(1).atStartOfDay(this.calendar.zone()).toInstant());
		return scope.bind(query);
	}

	/** The unmet items of every line, in one query. */
	private Map<Long, ChecklistItem> itemsOf(List<Object[]> lines) {
		List<Long> ids = lines.stream()
			.flatMap((line) -> ((MilestoneMove) line[0]).getUnmetItemIds().stream())
			.distinct()
			.toList();
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.entityManager.createQuery("select i from ChecklistItem i where i.id in :ids", ChecklistItem.class)
			.setParameter("ids", ids)
			.getResultStream()
			.collect(Collectors.toMap(ChecklistItem::getId, Function.identity()));
	}

	private static OverrideRow row(Object[] line, Map<Long, ChecklistItem> items) {
		MilestoneMove move = (MilestoneMove) line[0];
		List<OverrideRow.UnmetItem> unmet = move.getUnmetItemIds()
			.stream()
			.map(items::get)
			.filter(Objects::nonNull)
			.map((item) -> new OverrideRow.UnmetItem(item.getId(), item.getTextZh(), item.getTextEn()))
			.toList();
		return new OverrideRow(move.getId(), (Long) line[1], (String) line[2], (Long) line[3], (String) line[4],
				(LocalizedName) line[5], move.getFromMilestone(), move.getToMilestone(), move.getMovedByName(),
				move.getMovedAt(), move.getReason(), unmet);
	}

}
