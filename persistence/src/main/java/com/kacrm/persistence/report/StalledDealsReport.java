package com.kacrm.persistence.report;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import com.kacrm.domain.playbook.Milestone;
import com.kacrm.persistence.shared.Viewer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Aging (SPEC 8, issue 9): the open deals that have been longer than a number of days in
 * their current milestone (now − the time they entered it), longest first, within the
 * viewer's {@link ReportScope} and the filter's team, rep, industry and tier. The period
 * does not apply: a deal is stalled now. The query is the constant below.
 */
@Service
public class StalledDealsReport {

	/** At most this many rows are listed; the total says how many there are. */
	public static final int LIMIT = 100;

	/** %s = scope and dimension filters. */
	static final String STALLED = """
			select o.id, o.name, a.name as account_name, u.display_name as owner_name, o.milestone,
			       floor(extract(epoch from (:now - o.milestone_entered_at)) / 86400)::int as days,
			       coalesce(o.contract_amount, o.estimated_amount) as amount,
			       count(*) over () as total
			from opportunity o
			join account a on a.id = o.account_id
			left join app_user u on u.id = o.owner_id
			where o.status = 'OPEN' and o.milestone_entered_at <= :threshold and %s
			order by o.milestone_entered_at, o.id
			limit %d
			""";

	private final JdbcClient jdbc;

	private final ReportChoicesService choices;

	private final Clock clock;

	StalledDealsReport(JdbcClient jdbc, ReportChoicesService choices, Clock clock) {
		this.jdbc = jdbc;
		this.choices = choices;
		this.clock = clock;
	}

	public StalledDeals stalled(Viewer viewer, ReportFilter filter, int days) {
		ReportScope scope = this.choices.scopeOf(viewer);
		SqlWhere where = scope.deals(filter.dealDimensions(new SqlWhere(), "o", "a"), "o.team_id", "o.owner_id");
		Instant now = this.clock.instant();
		where.param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
		where.param("threshold", OffsetDateTime.ofInstant(now.minus(Duration.ofDays(days)), ZoneOffset.UTC));
		long[] total = { 0 };
		List<StalledDealRow> rows = where.bind(this.jdbc, STALLED.formatted(where.sql(), LIMIT)).query((rs, n) -> {
			total[0] = rs.getLong("total");
			return new StalledDealRow(rs.getLong("id"), rs.getString("name"), rs.getString("account_name"),
					rs.getString("owner_name"), Milestone.valueOf(rs.getString("milestone")), rs.getInt("days"),
					rs.getBigDecimal("amount"));
		}).list();
		return new StalledDeals(days, total[0], rows);
	}

}
