package com.kacrm.persistence.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.kacrm.domain.opportunity.LossReason;
import com.kacrm.persistence.shared.BusinessCalendar;
import com.kacrm.persistence.shared.Viewer;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Win/loss (issue 9, SPEC 8): the deals won or lost in a period (by their closing day,
 * {@code opportunity.closed_at} in the business time zone), within the viewer's
 * {@link ReportScope} and the filter's team, rep, industry and tier; lost deals by reason
 * category, and won/lost counts, amounts and win rate by industry, tier and competitor. A
 * competitor's line counts the deals lost to it and the won deals it competed for
 * ({@code opportunity_competitor}). Every figure set is one aggregate statement below.
 */
@Service
@Transactional(readOnly = true)
public class WinLossReport {

	/**
	 * A won deal's amount: its contract, or its estimate while no contract is recorded.
	 */
	static final String AMOUNT = "case when o.status = 'WON' then coalesce(o.contract_amount, o.estimated_amount)"
			+ " else o.estimated_amount end";

	static final String FIGURES = "count(*) filter (where o.status = 'WON') as won,"
			+ " count(*) filter (where o.status = 'LOST') as lost," + " coalesce(sum(" + AMOUNT
			+ ") filter (where o.status = 'WON'), 0) as won_amount,"
			+ " coalesce(sum(o.estimated_amount) filter (where o.status = 'LOST'), 0) as lost_amount";

	static final String CLOSED = " from opportunity o join account a on a.id = o.account_id"
			+ " where o.status in ('WON', 'LOST') and o.closed_at is not null and ";

	static final String TOTAL = "select null as k, null as name_zh, null as name_en, " + FIGURES + CLOSED + "%s";

	static final String BY_REASON = "select o.loss_reason as reason, count(*) as lost,"
			+ " coalesce(sum(o.estimated_amount), 0) as lost_amount" + CLOSED
			+ "o.status = 'LOST' and %s group by o.loss_reason";

	static final String BY_INDUSTRY = "select cast(i.id as varchar) as k, i.name_zh, i.name_en, " + FIGURES
			+ " from opportunity o join account a on a.id = o.account_id left join industry i on i.id = a.industry_id"
			+ " where o.status in ('WON', 'LOST') and o.closed_at is not null and %s"
			+ " group by i.id, i.name_zh, i.name_en, i.sort_order order by i.sort_order nulls last, i.id";

	static final String BY_TIER = "select a.tier as k, a.tier as name_zh, null as name_en, " + FIGURES + CLOSED
			+ "%s group by a.tier order by a.tier nulls last";

	static final String BY_COMPETITOR = "select cast(c.id as varchar) as k, c.name as name_zh, null as name_en,"
			+ " count(*) filter (where x.status = 'WON') as won, count(*) filter (where x.status = 'LOST') as lost,"
			+ " coalesce(sum(x.amount) filter (where x.status = 'WON'), 0) as won_amount,"
			+ " coalesce(sum(x.amount) filter (where x.status = 'LOST'), 0) as lost_amount"
			+ " from (select oc.competitor_id, o.status, " + AMOUNT + " as amount"
			+ " from opportunity o join account a on a.id = o.account_id"
			+ " join opportunity_competitor oc on oc.opportunity_id = o.id"
			+ " where o.status = 'WON' and o.closed_at is not null and %1$s"
			+ " union all select o.lost_to_competitor_id, o.status, o.estimated_amount"
			+ " from opportunity o join account a on a.id = o.account_id"
			+ " where o.status = 'LOST' and o.lost_to_competitor_id is not null and o.closed_at is not null and %1$s"
			+ ") x join competitor c on c.id = x.competitor_id"
			+ " group by c.id, c.name order by count(*) filter (where x.status = 'LOST') desc,"
			+ " count(*) filter (where x.status = 'WON') desc, c.name";

	private static final RowMapper<WinLossRow> ROW = (rs, n) -> new WinLossRow(rs.getString("k"),
			rs.getString("name_zh"), rs.getString("name_en"), rs.getLong("won"), rs.getLong("lost"),
			rs.getBigDecimal("won_amount"), rs.getBigDecimal("lost_amount"));

	private final JdbcClient jdbc;

	private final ReportChoicesService choices;

	private final BusinessCalendar calendar;

	WinLossReport(JdbcClient jdbc, ReportChoicesService choices, BusinessCalendar calendar) {
		this.jdbc = jdbc;
		this.choices = choices;
		this.calendar = calendar;
	}

	/**
	 * The report for {@code filter} as {@code viewer} may see it; a period left open
	 * (null) is not limited on that side.
	 */
	public WinLossResult compute(ReportFilter filter, Viewer viewer) {
		ReportScope scope = this.choices.scopeOf(viewer);
		SqlWhere where = new SqlWhere();
		scope.deals(where, "o.team_id", "o.owner_id");
		filter.dealDimensions(where, "o", "a");
		filter.periodOnInstant(where, "o.closed_at", this.calendar.zone());
		String condition = where.sql();
		WinLossRow total = where.bind(this.jdbc, TOTAL.formatted(condition)).query(ROW).single();
		Map<LossReason, WinLossReasonRow> reasons = new EnumMap<>(LossReason.class);
		for (LossReason reason : LossReason.values()) {
			reasons.put(reason, new WinLossReasonRow(reason, 0, BigDecimal.ZERO));
		}
		where.bind(this.jdbc, BY_REASON.formatted(condition)).query((rs, n) -> {
			String reason = rs.getString("reason");
			return new WinLossReasonRow((reason != null) ? LossReason.valueOf(reason) : LossReason.OTHER,
					rs.getLong("lost"), rs.getBigDecimal("lost_amount"));
		})
			.list()
			.forEach((row) -> reasons.merge(row.reason(), row, (a, b) -> new WinLossReasonRow(a.reason(),
					a.lost() + b.lost(), a.lostAmount().add(b.lostAmount()))));
		List<WinLossRow> byIndustry = where.bind(this.jdbc, BY_INDUSTRY.formatted(condition)).query(ROW).list();
		List<WinLossRow> byTier = where.bind(this.jdbc, BY_TIER.formatted(condition)).query(ROW).list();
		List<WinLossRow> byCompetitor = where.bind(this.jdbc, BY_COMPETITOR.formatted(condition)).query(ROW).list();
		return new WinLossResult(filter, total, new ArrayList<>(reasons.values()), byIndustry, byTier, byCompetitor);
	}

}
