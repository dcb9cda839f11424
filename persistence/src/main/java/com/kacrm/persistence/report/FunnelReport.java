package com.kacrm.persistence.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.kacrm.domain.playbook.Milestone;
import com.kacrm.persistence.shared.BusinessCalendar;
import com.kacrm.persistence.shared.Viewer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The pipeline funnel (SPEC 8, issue 9), computed by aggregate SQL over the deals the
 * viewer sees ({@link ReportScope}) and the filter's team, rep, industry and tier:
 * <ul>
 * <li>per milestone the deals currently there (open; won at milestones 7 and 8; deals on
 * hold and lost ones are not in the funnel), their amount (the contract amount when
 * signed, else the estimate) and the amount weighted by each deal's probability;</li>
 * <li>conversion, by cohort: of the deals that entered the milestone during the period
 * (PLANNING when the deal was created, any other by a forward move or a manager's
 * override), the share that later reached any later milestone;</li>
 * <li>the average and median days of the stays in the milestone that ended during the
 * period (a stay ends at the next move that changes the deal's milestone).</li>
 * </ul>
 * The queries are the constants below.
 */
@Service
public class FunnelReport {

	/** A milestone code's position (1–8), for "later than" in SQL. */
	static final String POSITION = "array_position(array['PLANNING', 'CALL_AND_VISIT', 'PROJECT_APPROVAL',"
			+ " 'DEEP_CONTACT', 'SOLUTION_AND_TENDER', 'NEGOTIATION', 'CONTRACT_SIGNED',"
			+ " 'DELIVERY_AND_PAYMENT']::varchar[], %s::varchar)";

	/**
	 * The deals at each milestone now, with amounts; %1$s = scope and dimension filters,
	 * %2$s = the join of the account when a filter needs it.
	 */
	static final String CURRENT = """
			select o.milestone as milestone, count(*) as deals,
			       coalesce(sum(coalesce(o.contract_amount, o.estimated_amount, 0)), 0) as amount,
			       coalesce(sum(coalesce(o.contract_amount, o.estimated_amount, 0) * o.probability / 100.0), 0)
			           as weighted
			from opportunity o %2$s
			where o.status in ('OPEN', 'WON') and %1$s
			group by o.milestone
			""";

	/**
	 * Conversion by cohort: entries into each milestone in the period (creation for
	 * PLANNING, forward moves and overrides for the others), the first entry per deal and
	 * milestone, and whether the deal later moved on to a later milestone. The period is
	 * in each branch, where the indexes of the creation and move times serve it. %1$s =
	 * scope and dimension filters, %2$s and %3$s = the period on the creation and on the
	 * move, %4$s = the join of the account when a filter needs it, %5$s and %6$s = the
	 * positions of the next move's and the cohort's milestones.
	 */
	static final String CONVERSION = """
			with entries as (
			    select o.id as opp, 'PLANNING' as milestone, o.created_at as entered_at
			    from opportunity o %4$s
			    where %1$s and %2$s
			    union all
			    select o.id, m.to_milestone, m.moved_at
			    from milestone_move m
			    join opportunity o on o.id = m.opportunity_id %4$s
			    where m.kind in ('FORWARD', 'OVERRIDE') and %1$s and %3$s
			), cohort as (
			    select c.opp, c.milestone, min(c.entered_at) as entered_at
			    from entries c
			    group by c.opp, c.milestone
			)
			select k.milestone as milestone, count(*) as cohort,
			       count(*) filter (where exists (
			           select 1 from milestone_move n
			           where n.opportunity_id = k.opp and n.moved_at >= k.entered_at
			             and n.kind in ('FORWARD', 'OVERRIDE') and %5$s > %6$s)) as converted
			from cohort k
			group by k.milestone
			""";

	/**
	 * Days in milestone: a deal's milestone changes in time order (its creation, then
	 * every move whose milestone differs), each stay ending at the next change; the stays
	 * that ended in the period. Each change in the period looks up the change before it
	 * (the deal's creation when none), so only the period's moves are read. %1$s = scope
	 * and dimension filters, %2$s = the period on the move, %3$s = the join of the
	 * account when a filter needs it.
	 */
	static final String DAYS = """
			with ends as (
			    select m.opportunity_id as opp, m.id as seq, m.moved_at as ended, o.created_at as created
			    from milestone_move m
			    join opportunity o on o.id = m.opportunity_id %3$s
			    where m.to_milestone <> m.from_milestone and %1$s and %2$s
			), stays as (
			    select coalesce(p.to_milestone, 'PLANNING') as milestone,
			           extract(epoch from (e.ended - coalesce(p.moved_at, e.created))) / 86400.0 as days
			    from ends e
			    left join lateral (
			        select before.to_milestone, before.moved_at
			        from milestone_move before
			        where before.opportunity_id = e.opp and before.to_milestone <> before.from_milestone
			          and (before.moved_at, before.id) < (e.ended, e.seq)
			        order by before.moved_at desc, before.id desc
			        limit 1
			    ) p on true
			)
			select s.milestone as milestone,
			       round(avg(s.days)::numeric, 1) as avg_days,
			       round((percentile_cont(0.5) within group (order by s.days))::numeric, 1) as median_days
			from stays s
			group by s.milestone
			""";

	/** The join of a deal's account, for the industry and tier filters. */
	static final String ACCOUNT_JOIN = "join account a on a.id = o.account_id";

	private final JdbcClient jdbc;

	private final ReportChoicesService choices;

	private final BusinessCalendar calendar;

	FunnelReport(JdbcClient jdbc, ReportChoicesService choices, BusinessCalendar calendar) {
		this.jdbc = jdbc;
		this.choices = choices;
		this.calendar = calendar;
	}

	public FunnelResult funnel(Viewer viewer, ReportFilter filter) {
		ReportScope scope = this.choices.scopeOf(viewer);
		Map<Milestone, Object[]> current = new EnumMap<>(Milestone.class);
		SqlWhere where = dealsWhere(scope, filter);
		String account = filter.onAccount() ? ACCOUNT_JOIN : "";
		where.bind(this.jdbc, CURRENT.formatted(where.sql(), account))
			.query((rs,
					n) -> new Object[] { rs.getString("milestone"), rs.getLong("deals"), rs.getBigDecimal("amount"),
							rs.getBigDecimal("weighted") })
			.list()
			.forEach((row) -> current.put(Milestone.valueOf((String) row[0]), row));

		Map<Milestone, long[]> conversion = new EnumMap<>(Milestone.class);
		SqlWhere cohortWhere = dealsWhere(scope, filter);
		SqlWhere created = filter.periodOnInstant(new SqlWhere(), "o.created_at", this.calendar.zone());
		SqlWhere moved = filter.periodOnInstant(new SqlWhere(), "m.moved_at", this.calendar.zone());
		moved.parameters().forEach(cohortWhere::param);
		String conversionSql = CONVERSION.formatted(cohortWhere.sql(), created.sql(), moved.sql(), account,
				POSITION.formatted("n.to_milestone"), POSITION.formatted("k.milestone"));
		cohortWhere.bind(this.jdbc, conversionSql)
			.query((rs, n) -> new Object[] { rs.getString("milestone"), rs.getLong("cohort"), rs.getLong("converted") })
			.list()
			.forEach((row) -> conversion.put(Milestone.valueOf((String) row[0]),
					new long[] { (Long) row[1], (Long) row[2] }));

		Map<Milestone, BigDecimal[]> days = new EnumMap<>(Milestone.class);
		SqlWhere daysWhere = dealsWhere(scope, filter);
		moved.parameters().forEach(daysWhere::param);
		daysWhere.bind(this.jdbc, DAYS.formatted(daysWhere.sql(), moved.sql(), account))
			.query((rs,
					n) -> new Object[] { rs.getString("milestone"), rs.getBigDecimal("avg_days"),
							rs.getBigDecimal("median_days") })
			.list()
			.forEach((row) -> days.put(Milestone.valueOf((String) row[0]),
					new BigDecimal[] { (BigDecimal) row[1], (BigDecimal) row[2] }));

		List<FunnelStage> stages = new ArrayList<>();
		long totalCount = 0;
		BigDecimal totalAmount = BigDecimal.ZERO;
		BigDecimal totalWeighted = BigDecimal.ZERO;
		for (Milestone milestone : Milestone.values()) {
			Object[] now = current.get(milestone);
			long count = (now != null) ? (Long) now[1] : 0;
			BigDecimal amount = scaled((now != null) ? (BigDecimal) now[2] : BigDecimal.ZERO);
			BigDecimal weighted = scaled((now != null) ? (BigDecimal) now[3] : BigDecimal.ZERO);
			long[] cohort = conversion.getOrDefault(milestone, new long[] { 0, 0 });
			BigDecimal rate = (milestone.isLast() || cohort[0] == 0) ? null
					: BigDecimal.valueOf(cohort[1]).divide(BigDecimal.valueOf(cohort[0]), 4, RoundingMode.HALF_UP);
			BigDecimal[] stay = days.getOrDefault(milestone, new BigDecimal[] { null, null });
			stages.add(new FunnelStage(milestone, count, amount, weighted, rate, cohort[0], stay[0], stay[1]));
			totalCount += count;
			totalAmount = totalAmount.add(amount);
			totalWeighted = totalWeighted.add(weighted);
		}
		return new FunnelResult(List.copyOf(stages), new FunnelTotals(totalCount, totalAmount, totalWeighted));
	}

	private static SqlWhere dealsWhere(ReportScope scope, ReportFilter filter) {
		SqlWhere where = filter.dealDimensions(new SqlWhere(), "o", "a");
		return scope.deals(where, "o.team_id", "o.owner_id");
	}

	/** Amounts to two decimals (万元 with two places is 100 yuan). */
	private static BigDecimal scaled(BigDecimal value) {
		return value.setScale(2, RoundingMode.HALF_UP);
	}

}
