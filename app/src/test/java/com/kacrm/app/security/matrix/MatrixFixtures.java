package com.kacrm.app.security.matrix;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.kacrm.app.approval.ApprovalDeals;
import com.kacrm.app.approval.ApprovalDeals.Deal;
import com.kacrm.domain.activity.ActivityDetails;
import com.kacrm.domain.activity.ActivityType;
import com.kacrm.persistence.activity.ActivityService;
import com.kacrm.persistence.activity.NewActivity;
import com.kacrm.persistence.lead.LeadService;
import com.kacrm.persistence.lead.NewLead;
import com.kacrm.persistence.shared.Viewer;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The records the authorization matrix probes: for each team (south SZ: rep.zhang, east
 * SH: rep.wang) a deal ready for approval (account, opportunity, a contact in its buying
 * centre, a visit and a call), a draft 立项 request, a planned visit, an expense and an
 * open lead, made through the application's services. Every name starts with the team's
 * marker ({@code AzmS<nonce>} / {@code AzmE<nonce>}), so a page, JSON answer or export
 * that shows a record of the other team is found by searching for its marker. Ids the
 * matrix types into URLs are the values of named placeholders ({@code {account}},
 * {@code {lead}}, ...); records of the reference data that belong to no team (regions,
 * users, industries, ...) are global placeholders.
 */
final class MatrixFixtures {

	/** Placeholders that name a record owned by a team. */
	static final Set<String> TEAM_PLACEHOLDERS = Set.of("account", "opportunity", "contact", "lead", "visit",
			"approval", "expense", "line", "notice", "distribution");

	final String nonce = UUID.randomUUID().toString().replace("-", "").substring(0, 10);

	final Map<String, String> south = new LinkedHashMap<>();

	final Map<String, String> east = new LinkedHashMap<>();

	final Map<String, String> unknown = new LinkedHashMap<>();

	final Map<String, String> global = new LinkedHashMap<>();

	String marker(Team team) {
		return ((team == Team.SOUTH) ? "AzmS" : "AzmE") + this.nonce;
	}

	Map<String, String> values(Team team) {
		return (team == Team.SOUTH) ? this.south : (team == Team.EAST) ? this.east : this.unknown;
	}

	void create(ApplicationContext context) {
		JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
		createTeam(context, jdbc, Team.SOUTH, "rep.zhang", "SZ", "manager.south", this.south);
		createTeam(context, jdbc, Team.EAST, "rep.wang", "SH", "manager.east", this.east);
		for (String name : TEAM_PLACEHOLDERS) {
			this.unknown.put(name, "987654321");
		}
		this.global.put("nonce", this.nonce);
		this.global.put("region", "SZ");
		this.global.put("teamCode",
				jdbc.queryForObject(
						"select t.code from team t join app_user u on u.team_id = t.id where u.username = 'rep.li'",
						String.class));
		this.global.put("user", String.valueOf(userId(jdbc, "rep.li")));
		this.global.put("teamMember", String.valueOf(userId(jdbc, "rep.li")));
		this.global.put("industry", String.valueOf(jdbc.queryForObject("select min(id) from industry", Long.class)));
		this.global.put("leadSource",
				String.valueOf(jdbc.queryForObject("select min(id) from lead_source", Long.class)));
		this.global.put("milestone",
				jdbc.queryForObject("select milestone from milestone_definition order by id limit 1", String.class));
		this.global.put("item",
				String.valueOf(jdbc.queryForObject(
						"select min(i.id) from checklist_item i join milestone_definition d"
								+ " on d.id = i.milestone_definition_id where d.milestone = ?",
						Long.class, this.global.get("milestone"))));
		this.global.put("tierVersion", String
			.valueOf(jdbc.queryForObject("select coalesce(max(version_number), 1) from tier_criteria", Long.class)));
		this.global.put("competitor",
				String.valueOf(jdbc.queryForObject("select min(id) from competitor", Long.class)));
		this.global.put("calendarToken", UUID.randomUUID().toString().replace("-", ""));
		this.global.put("importJob", UUID.randomUUID().toString());
	}

	private void createTeam(ApplicationContext context, JdbcTemplate jdbc, Team team, String rep, String region,
			String manager, Map<String, String> into) {
		ApprovalDeals deals = new ApprovalDeals(context, rep, region);
		Viewer viewer = deals.viewer(rep);
		Deal deal = deals.readyForApproval(marker(team));
		into.put("account", String.valueOf(deal.accountId()));
		into.put("opportunity", String.valueOf(deal.opportunityId()));
		into.put("contact", String.valueOf(deal.contactId()));
		into.put("approval", String.valueOf(deals.draft(deal)));
		into.put("visit",
				String.valueOf(context.getBean(ActivityService.class)
					.plan(new NewActivity(deal.accountId(), deal.opportunityId(),
							new ActivityDetails(ActivityType.SALES_VISIT, Instant.now().plus(2, ChronoUnit.DAYS), 90,
									marker(team) + "地点", marker(team) + "拜访目的", Set.of(), Set.of(), null, null, null,
									null, null),
							List.of(), List.of(), null, null), viewer)
					.id()));
		into.put("expense", String.valueOf(someIdOf(jdbc,
				"select min(e.id) from sales_expense e join opportunity o on o.id = e.opportunity_id"
						+ " join account a on a.id = o.account_id where a.team_id = (select team_id from app_user where username = ?)",
				rep)));
		into.put("lead",
				String.valueOf(context.getBean(LeadService.class)
					.register(new NewLead(marker(team) + "线索公司", region, "AUTO_PARTS", 10, new BigDecimal("60000"),
							null, null, "INTERNET_SEARCH", marker(team) + " 联系人", "测试", null, null), viewer, true)
					.id()));
		into.put("line",
				String.valueOf(
						someIdOf(jdbc,
								"select min(l.id) from influence_line l join account a on a.id = l.account_id"
										+ " where a.team_id = (select team_id from app_user where username = ?)",
								rep)));
		into.put("notice",
				String.valueOf(someIdOf(jdbc,
						"select min(n.id) from notice n join app_user u on u.id = n.recipient_id where u.username = ?",
						manager)));
		// The demo data has no distribution, and whether another test made one depends on
		// the
		// order the tests run in: the row probes an id that does not exist, for every
		// actor.
		into.put("distribution", "987654320");
	}

	private static long someIdOf(JdbcTemplate jdbc, String sql, String argument) {
		Long id = jdbc.queryForObject(sql, Long.class, argument);
		return (id != null) ? id : 987654320L;
	}

	private static long userId(JdbcTemplate jdbc, String username) {
		return jdbc.queryForObject("select id from app_user where username = ?", Long.class, username);
	}

	enum Team {

		SOUTH, EAST, UNKNOWN

	}

}
