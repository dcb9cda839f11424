package com.kacrm.persistence.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.kacrm.domain.shared.LocalizedName;
import com.kacrm.persistence.activity.CadenceService;
import com.kacrm.persistence.activity.OverdueTally;
import com.kacrm.persistence.shared.BusinessCalendar;
import com.kacrm.persistence.shared.Viewer;

import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The manager KPIs (issue 9, seed 001) per rep and team for a period, in one aggregate
 * statement: each figure is a grouped subquery joined to the people in scope. Cadence
 * kept is today's, from {@link CadenceService} (the overdue list's own rule).
 *
 * <p>
 * The period applies to: the signing date of won deals (revenue), the receipt date of
 * payments, the creation of deals (new projects), the approval of a request (获准提案, the
 * APPROVED transition), and the filing of competitor, account, contact and industry note
 * records. Default period: the current calendar quarter.
 */
@Service
public class KpiReport {

	/**
	 * The people in scope with each figure. {@code :fromAt}/{@code :toAt} are the
	 * period's first and after-last instant in the business zone;
	 * {@code :from}/{@code :to} its dates.
	 */
	static final String PEOPLE_FIGURES = """
			select u.id as user_id, u.display_name as user_name, t.id as team_id, t.name_zh, t.name_en,
			       coalesce(w.amount, 0) as revenue, coalesce(w.deals, 0) as won_deals,
			       coalesce(p.amount, 0) as payments, coalesce(n.deals, 0) as new_projects,
			       coalesce(ap.approved, 0) as approved, coalesce(cm.records, 0) as competitors,
			       coalesce(ac.records, 0) + coalesce(ct.records, 0) as customers,
			       coalesce(inn.records, 0) as industry_notes
			from app_user u
			join team t on t.id = u.team_id
			left join (select o.owner_id, sum(o.contract_amount) as amount, count(*) as deals from opportunity o
			           where o.status = 'WON' and o.contract_signed_on >= :from and o.contract_signed_on <= :to
			           group by o.owner_id) w on w.owner_id = u.id
			left join (select o.owner_id, sum(pm.amount) as amount from opportunity_payment pm
			           join opportunity o on o.id = pm.opportunity_id
			           where pm.received_on >= :from and pm.received_on <= :to
			           group by o.owner_id) p on p.owner_id = u.id
			left join (select o.owner_id, count(*) as deals from opportunity o
			           where o.created_at >= :fromAt and o.created_at < :toAt
			           group by o.owner_id) n on n.owner_id = u.id
			left join (select r.requester_id, count(distinct r.id) as approved from approval_transition x
			           join approval_request r on r.id = x.request_id
			           where x.to_status = 'APPROVED' and x.acted_at >= :fromAt and x.acted_at < :toAt
			           group by r.requester_id) ap on ap.requester_id = u.id
			left join (select c.created_by_id, count(*) as records from competitor c
			           where c.created_at >= :fromAt and c.created_at < :toAt
			           group by c.created_by_id) cm on cm.created_by_id = u.id
			left join (select a.created_by_id, count(*) as records from account a
			           where a.created_at >= :fromAt and a.created_at < :toAt
			           group by a.created_by_id) ac on ac.created_by_id = u.id
			left join (select c.created_by_id, count(*) as records from contact c
			           where c.created_at >= :fromAt and c.created_at < :toAt
			           group by c.created_by_id) ct on ct.created_by_id = u.id
			left join (select i.created_by_id, count(*) as records from industry_note i
			           where i.created_at >= :fromAt and i.created_at < :toAt
			           group by i.created_by_id) inn on inn.created_by_id = u.id
			where u.enabled and %s
			order by t.code, t.id, u.display_name, u.id
			""";

	private final JdbcClient jdbc;

	private final ReportChoicesService choices;

	private final CadenceService cadence;

	private final BusinessCalendar calendar;

	KpiReport(JdbcClient jdbc, ReportChoicesService choices, CadenceService cadence, BusinessCalendar calendar) {
		this.jdbc = jdbc;
		this.choices = choices;
		this.cadence = cadence;
		this.calendar = calendar;
	}

	/** The first day of the current calendar quarter: the period's default start. */
	public LocalDate defaultFrom() {
		LocalDate today = this.calendar.today();
		return today.withMonth(((today.getMonthValue() - 1) / 3) * 3 + 1).withDayOfMonth(1);
	}

	/** The last day of the current calendar quarter: the period's default end. */
	public LocalDate defaultTo() {
		return defaultFrom().plusMonths(3).minusDays(1);
	}

	/**
	 * The KPIs of the people the viewer sees (a rep only themselves), filtered by team
	 * and rep; a missing period end defaults to this quarter's.
	 */
	@Transactional(readOnly = true)
	public KpiResult report(ReportFilter filter, Viewer viewer) {
		ReportScope scope = this.choices.scopeOf(viewer);
		LocalDate from = (filter.from() != null) ? filter.from() : defaultFrom();
		LocalDate to = (filter.to() != null) ? filter.to() : defaultTo();
		ZoneId zone = this.calendar.zone();
		SqlWhere where = new SqlWhere();
		scope.people(where, "u.id", "u.team_id");
		where.and("u.team_id = :fTeam", "fTeam", filter.teamId()).and("u.id = :fOwner", "fOwner", filter.ownerId());
		where.param("from", from)
			.param("to", to)
			.param("fromAt", from.atStartOfDay(zone).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC))
			.param("toAt", to.plusDays(1).atStartOfDay(zone).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC));
		Map<Long, OverdueTally> cadenceByOwner = cadenceByOwner(filter, scope, viewer);
		Map<Long, TeamBuilder> teams = new LinkedHashMap<>();
		where.bind(this.jdbc, PEOPLE_FIGURES.formatted(where.sql())).query((rs, rowNum) -> {
			long userId = rs.getLong("user_id");
			OverdueTally tally = cadenceByOwner.get(userId);
			long accounts = (tally != null) ? tally.accounts() : 0;
			long inTime = (tally != null) ? tally.accounts() - tally.overdue() : 0;
			KpiFigures figures = new KpiFigures(rs.getBigDecimal("revenue"), rs.getLong("won_deals"),
					rs.getBigDecimal("payments"), rs.getLong("new_projects"), rs.getLong("approved"),
					rs.getLong("competitors"), rs.getLong("customers"), rs.getLong("industry_notes"), accounts, inTime);
			long teamId = rs.getLong("team_id");
			LocalizedName teamName = new LocalizedName(rs.getString("name_zh"), rs.getString("name_en"));
			teams.computeIfAbsent(teamId, (id) -> new TeamBuilder(id, teamName))
				.add(new KpiRep(userId, rs.getString("user_name"), figures));
			return userId;
		}).list();
		List<KpiTeam> result = new ArrayList<>();
		KpiFigures total = KpiFigures.ZERO;
		for (TeamBuilder team : teams.values()) {
			KpiTeam built = team.build();
			result.add(built);
			total = total.plus(built.total());
		}
		return new KpiResult(from, to, result, total);
	}

	/**
	 * Accounts owned and overdue per rep, from the overdue list's own query: one rule of
	 * "contacted in time".
	 */
	private Map<Long, OverdueTally> cadenceByOwner(ReportFilter filter, ReportScope scope, Viewer viewer) {
		Long ownerId = (scope.ownerId() != null) ? scope.ownerId() : filter.ownerId();
		Map<Long, OverdueTally> byOwner = new HashMap<>();
		for (OverdueTally tally : this.cadence.overdue(filter.teamId(), ownerId, viewer, PageRequest.of(0, 1))
			.byOwner()) {
			if (tally.id() != null) {
				byOwner.put(tally.id(), tally);
			}
		}
		return byOwner;
	}

	private static final class TeamBuilder {

		private final long id;

		private final LocalizedName name;

		private final List<KpiRep> reps = new ArrayList<>();

		private KpiFigures total = KpiFigures.ZERO;

		TeamBuilder(long id, LocalizedName name) {
			this.id = id;
			this.name = name;
		}

		void add(KpiRep rep) {
			this.reps.add(rep);
			this.total = this.total.plus(rep.figures());
		}

		KpiTeam build() {
			return new KpiTeam(this.id, this.name, this.reps, this.total);
		}

	}

}
