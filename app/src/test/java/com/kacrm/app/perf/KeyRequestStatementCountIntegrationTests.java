package com.kacrm.app.perf;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import com.kacrm.app.approval.ApprovalDeals;
import com.kacrm.app.test.AccountWithOpportunity;
import com.kacrm.app.test.CrmIntegrationTest;
import com.kacrm.domain.activity.ActivityType;
import com.kacrm.domain.contact.ContactDetails;
import com.kacrm.domain.contact.ContactLevel;
import com.kacrm.domain.organisation.Role;
import com.kacrm.domain.playbook.Milestone;
import com.kacrm.domain.shared.Actor;
import com.kacrm.domain.shared.LocalizedName;
import com.kacrm.persistence.activity.ActivityService;
import com.kacrm.persistence.activity.NewActivity;
import com.kacrm.persistence.contact.ContactService;
import com.kacrm.persistence.contact.NewContact;
import com.kacrm.persistence.lead.ConversionResult;
import com.kacrm.persistence.lead.LeadConversionService;
import com.kacrm.persistence.lead.LeadService;
import com.kacrm.persistence.lead.LeadSheetService;
import com.kacrm.persistence.lead.NewLead;
import com.kacrm.persistence.organisation.OrganisationAdminService;
import com.kacrm.persistence.organisation.OrganisationService;
import com.kacrm.persistence.organisation.UserDraft;
import com.kacrm.persistence.shared.Viewer;
import jakarta.persistence.EntityManagerFactory;
import org.assertj.core.api.SoftAssertions;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * No N+1: every key request of issue 11 (the lead sheet with filters, the account list
 * with a filter, the account page, the org chart, the opportunity list with a milestone
 * filter and a keyword, the board, a milestone move, logging a visit, the approval inbox
 * and a decision, the funnel and key-account reports, the lead export) sends at most a
 * small fixed number of SQL statements, and the same number after the data its user sees
 * has grown several times over.
 * <p>
 * A team of its own (new region, manager, rep; random code) starts with two accounts and
 * deals (one at every milestone, so the board reads all its columns); each request is
 * counted, then 20 accounts with deals (7 of them won), 20 visits and 10 contacts on the
 * first account, 10 leads and 10 submitted 立项 requests are added, and each request is
 * counted again. Statements are counted on the JDBC connections of the request's thread
 * ({@link SqlStatements}: Hibernate, JdbcClient, JdbcTemplate) and, for the part
 * Hibernate sends, by Hibernate's statistics. The bound applies to the application's
 * statements; Spring Session's and the audit trail's actor tag are printed apart
 * ({@code [perf-sql]} lines).
 */
@CrmIntegrationTest
class KeyRequestStatementCountIntegrationTests {

	/** How much the data visible to the team grows between the two counts. */
	static final int GROWTH = 20;

	/**
	 * The most statements each request may send, measured and rounded up with room for a
	 * few more of the same kind; a count growing with the rows exceeds it at once.
	 */
	static final Map<String, Integer> BOUND = Map.ofEntries(Map.entry("lead-sheet rep", 10),
			Map.entry("lead-sheet manager", 10), Map.entry("account-list rep", 12),
			Map.entry("account-list manager", 12), Map.entry("account-detail rep", 25), Map.entry("org-chart rep", 20),
			Map.entry("opportunity-list rep", 10), Map.entry("opportunity-list manager", 10),
			Map.entry("opportunity-board rep", 10), Map.entry("opportunity-board manager", 10),
			Map.entry("milestone-move manager", 32), Map.entry("visit-log rep", 10),
			Map.entry("approval-inbox manager", 10), Map.entry("approval-decision manager", 40),
			Map.entry("funnel-report manager", 15), Map.entry("funnel-report rep", 15),
			Map.entry("key-account-report manager", 15), Map.entry("lead-export rep", 10),
			Map.entry("lead-export manager", 10));

	/**
	 * The statements a request may add once the data grows past one page: a paged list
	 * (the account page's history) counts its rows only when its first page is full, with
	 * one count query.
	 */
	static final Map<String, Integer> PAGE_COUNTS = Map.of("account-detail rep", 1);

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private static final DateTimeFormatter LOCAL_MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	OrganisationService organisation;

	@Autowired
	OrganisationAdminService organisationAdmin;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	UserDetailsService users;

	@Autowired
	LeadService leads;

	@Autowired
	LeadSheetService sheet;

	@Autowired
	LeadConversionService conversions;

	@Autowired
	ContactService contacts;

	@Autowired
	ActivityService activities;

	String code;

	String manager;

	String rep;

	long teamId;

	long repId;

	long accountId;

	ApprovalDeals deals;

	int serial;

	@Test
	void everyKeyRequestSendsABoundedNumberOfStatementsWhateverTheDataSize() throws Exception {
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		boolean wasEnabled = statistics.isStatisticsEnabled();
		statistics.setStatisticsEnabled(true);
		try {
			long start = System.nanoTime();
			aTeamOfItsOwn();
			long setUp = System.nanoTime();
			Map<String, Count> before = countAll(statistics);
			long counted = System.nanoTime();
			grow();
			long grown = System.nanoTime();
			Map<String, Count> after = countAll(statistics);
			System.out.println("[perf-sql] timing set-up=" + millis(setUp - start) + "ms count="
					+ millis(counted - setUp) + "ms growth=" + millis(grown - counted) + "ms recount="
					+ millis(System.nanoTime() - grown) + "ms");
			SoftAssertions softly = new SoftAssertions();
			for (Map.Entry<String, Count> entry : before.entrySet()) {
				String request = entry.getKey();
				Count small = entry.getValue();
				Count large = after.get(request);
				System.out.println("[perf-sql] " + request + " statements=" + small.jdbc.application()
						+ " after-growth=" + large.jdbc.application() + " hibernate=" + small.hibernate + "/"
						+ large.hibernate + " session=" + small.jdbc.session() + "/" + large.jdbc.session() + " actor="
						+ small.jdbc.actor() + "/" + large.jdbc.actor());
				if (large.jdbc.application() > small.jdbc.application() + PAGE_COUNTS.getOrDefault(request, 0)) {
					System.out.println("[perf-sql] " + request + " before: " + String.join("\n  ", small.jdbc.texts()));
					System.out.println("[perf-sql] " + request + " after: " + String.join("\n  ", large.jdbc.texts()));
				}
				int bound = BOUND.get(request);
				softly.assertThat(large.jdbc.application())
					.as("%s: statements after growth", request)
					.isLessThanOrEqualTo(bound);
				softly.assertThat(small.jdbc.application()).as("%s: statements", request).isLessThanOrEqualTo(bound);
				softly.assertThat(large.jdbc.application())
					.as("%s: statements grow with the data (%d before)", request, small.jdbc.application())
					.isLessThanOrEqualTo(small.jdbc.application() + PAGE_COUNTS.getOrDefault(request, 0));
				softly.assertThat(large.hibernate)
					.as("%s: Hibernate's statements grow with the data (%d before)", request, small.hibernate)
					.isLessThanOrEqualTo(small.hibernate + PAGE_COUNTS.getOrDefault(request, 0));
			}
			softly.assertAll();
		}
		finally {
			statistics.setStatisticsEnabled(wasEnabled);
		}
	}

	private static long millis(long nanos) {
		return nanos / 1_000_000;
	}

	private Map<String, Count> countAll(Statistics statistics) throws Exception {
		Map<String, Count> counts = new LinkedHashMap<>();
		String keyword = "性能" + this.code;
		for (String who : List.of("rep", "manager")) {
			String username = who.equals("rep") ? this.rep : this.manager;
			counts.put("lead-sheet " + who,
					count(statistics,
							get("/leads").param("region", this.code)
								.param("source", "INTERNET_SEARCH")
								.param("q", keyword)
								.with(as(username))));
			counts.put("account-list " + who,
					count(statistics, get("/accounts").param("q", keyword).with(as(username))));
		}
		counts.put("account-detail rep", count(statistics, get("/accounts/{id}", this.accountId).with(as(this.rep))));
		counts.put("org-chart rep",
				count(statistics, get("/accounts/{id}/org-chart", this.accountId).with(as(this.rep))));
		for (String who : List.of("rep", "manager")) {
			String username = who.equals("rep") ? this.rep : this.manager;
			counts.put("opportunity-list " + who, count(statistics,
					get("/opportunities").param("milestone", "PLANNING").param("q", keyword).with(as(username))));
			counts.put("opportunity-board " + who, count(statistics, get("/opportunities/board").with(as(username))));
		}
		long deal = newDeal().opportunityId();
		long version = this.jdbc.sql("select version from opportunity where id = ?")
			.param(deal)
			.query(Long.class)
			.single();
		counts.put("milestone-move manager",
				count(statistics,
						post("/opportunities/{id}/milestone", deal).param("version", "" + version)
							.param("target", "CALL_AND_VISIT")
							.param("override", "true")
							.param("reason", "客户已约见，先推进")
							.with(as(this.manager))
							.with(csrf()),
						302));
		counts.put("visit-log rep",
				count(statistics,
						post("/visits/new").param("mode", "LOG")
							.param("accountId", "" + this.accountId)
							.param("type", "SALES_VISIT")
							.param("occurredAt", LocalDateTime.now(ZONE).minusMinutes(5).format(LOCAL_MINUTES))
							.param("summary", "拜访设备部，了解新产线散热需求")
							.with(as(this.rep))
							.with(csrf()),
						302));
		counts.put("approval-inbox manager", count(statistics, get("/approvals").with(as(this.manager))));
		long request = this.deals.submitted(this.deals.readyForApproval("性能" + this.code));
		counts.put("approval-decision manager", count(statistics,
				post("/approvals/{id}/approve", request).param("comment", "同意立项").with(as(this.manager)).with(csrf()),
				302));
		counts.put("funnel-report manager", count(statistics, get("/funnel").with(as(this.manager))));
		counts.put("funnel-report rep", count(statistics, get("/funnel").with(as(this.rep))));
		counts.put("key-account-report manager",
				count(statistics, get("/reports/key-accounts").with(as(this.manager))));
		for (String who : List.of("rep", "manager")) {
			String username = who.equals("rep") ? this.rep : this.manager;
			counts.put("lead-export " + who,
					count(statistics, get("/leads/export.xlsx").param("region", this.code).with(as(username))));
		}
		return counts;
	}

	private Count count(Statistics statistics, MockHttpServletRequestBuilder request) throws Exception {
		return count(statistics, request, 200);
	}

	private Count count(Statistics statistics, MockHttpServletRequestBuilder request, int expectedStatus)
			throws Exception {
		// the user's principal is loaded before the count: it stands for the session the
		// request would carry
		long prepared = statistics.getPrepareStatementCount();
		MvcResult[] result = new MvcResult[1];
		SqlStatements.Tally tally = SqlStatements.count(() -> result[0] = this.mvc.perform(request).andReturn());
		long hibernate = statistics.getPrepareStatementCount() - prepared;
		assertThat(result[0].getResponse().getStatus()).as(result[0].getRequest().getRequestURI())
			.isEqualTo(expectedStatus);
		return new Count(tally, hibernate);
	}

	private void aTeamOfItsOwn() {
		this.code = "PF" + Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36), 36).toUpperCase();
		this.organisation.createRegion(this.code, new LocalizedName("性能区" + this.code, "Perf region " + this.code));
		this.organisation.createTeam(this.code, new LocalizedName("性能队" + this.code, null), this.code);
		this.teamId = this.jdbc.sql("select id from team where code = ?").param(this.code).query(Long.class).single();
		String lower = this.code.toLowerCase();
		this.manager = "perf.manager." + lower;
		this.rep = "perf.rep." + lower;
		createUser(this.manager, "性能经理", Role.MANAGER, this.code);
		this.organisation.appointManager(this.code, this.manager);
		createUser(this.rep, "性能代表", Role.REP, this.code);
		this.repId = this.jdbc.sql("select id from app_user where username = ?")
			.param(this.rep)
			.query(Long.class)
			.single();
		this.deals = new ApprovalDeals(this.context, this.rep, this.code);
		ConversionResult first = newDeal();
		this.accountId = first.accountId();
		newDeal();
		lead();
		lead();
		visit(this.accountId, first.opportunityId());
		long boss = contact(this.accountId, null);
		contact(this.accountId, boss);
		// a deal at every milestone: the board reads each column that has deals
		long spread = account("A");
		for (Milestone milestone : Milestone.values()) {
			deal(spread, milestone);
		}
	}

	private void grow() {
		List<Long> deals = new ArrayList<>();
		for (int i = 0; i < GROWTH; i++) {
			boolean won = i % 3 == 0;
			deals.add(deal(account(won ? "A" : "B"), won ? Milestone.CONTRACT_SIGNED : Milestone.PLANNING));
			this.jdbc.sql("insert into activity (account_id, team_id, owner_id, type, occurred_at, summary, created_at,"
					+ " created_by_name) values (?, ?, ?, 'SALES_VISIT', now() - make_interval(hours => ?), ?, now(),"
					+ " 'test')")
				.params(this.accountId, this.teamId, this.repId, i + 1, "拜访" + name("记录"))
				.update();
		}
		for (int i = 0; i < GROWTH / 2; i++) {
			lead();
			contact(this.accountId, null);
			this.jdbc
				.sql("insert into approval_request (number, opportunity_id, requester_id, status, round,"
						+ " project_name, estimated_amount, created_at, submitted_at, last_actor_name, last_acted_at)"
						+ " values (?, ?, ?, 'SUBMITTED', 1, ?, 100, now(), now(), 'test', now())")
				.params(this.code + "-" + i, deals.get(i), this.repId, name("立项"))
				.update();
		}
	}

	private long account(String tier) {
		return this.jdbc
			.sql("insert into account (name, name_key, team_id, owner_id, tier, created_at)"
					+ " values (?, ?, ?, ?, ?, now()) returning id")
			.params(name("客户"), name("客户key"), this.teamId, this.repId, tier)
			.query(Long.class)
			.single();
	}

	private long deal(long account, Milestone milestone) {
		boolean won = milestone.compareTo(Milestone.CONTRACT_SIGNED) >= 0;
		return this.jdbc
			.sql("insert into opportunity (name, account_id, team_id, owner_id, milestone, status, created_at,"
					+ " created_by_name, milestone_entered_at, estimated_amount, contract_amount, contract_signed_on,"
					+ " closed_at) values (?, ?, ?, ?, ?, ?, now(), 'test', now(), 100, ?, ?, ?) returning id")
			.params(name("项目"), account, this.teamId, this.repId, milestone.name(), won ? "WON" : "OPEN",
					won ? new BigDecimal("120") : null, won ? LocalDate.now(ZONE) : null,
					won ? java.sql.Timestamp.from(Instant.now()) : null)
			.query(Long.class)
			.single();
	}

	private ConversionResult newDeal() {
		return new AccountWithOpportunity(this.leads, this.sheet, this.conversions).create(viewer(), this.code,
				name("客户"), name("项目"));
	}

	private void lead() {
		this.leads.register(new NewLead(name("线索"), this.code, "AUTO_PARTS", 10, new BigDecimal("60000"), null, null,
				"INTERNET_SEARCH", "王经理 13800000000", "展会认识", null, null), viewer(), true);
	}

	private void visit(long account, Long opportunity) {
		this.activities.log(
				new NewActivity(account, opportunity, ActivityType.SALES_VISIT,
						Instant.now().minus(1 + this.serial, ChronoUnit.HOURS), "拜访" + name("记录"), List.of()),
				viewer());
	}

	private long contact(long account, Long reportsTo) {
		return this.contacts.add(account, new NewContact(
				new ContactDetails(name("联系人"), "设备部经理", null, null, null, ContactLevel.IMPLEMENTATION, null, null), 2,
				reportsTo), viewer());
	}

	/** A unique name carrying the keyword the lists are filtered by. */
	private String name(String kind) {
		return "性能" + this.code + kind + (++this.serial);
	}

	private Viewer viewer() {
		return this.organisation.viewerOf(this.rep);
	}

	private void createUser(String username, String displayName, Role role, String team) {
		this.organisationAdmin.createUser(new UserDraft(username, displayName, role, team, null), "password-1",
				this.passwordEncoder::encode, Actor.system("test"));
	}

	private RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

	private record Count(SqlStatements.Tally jdbc, long hibernate) {
	}

}
