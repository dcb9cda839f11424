package com.kacrm.app.security;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import com.jayway.jsonpath.JsonPath;
import com.kacrm.app.security.HostileCorpus.Case;
import com.kacrm.app.test.CrmIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Pushes every string of the {@link HostileCorpus} through every text field of the create
 * forms and APIs, every search and filter parameter and every sort parameter. The answer
 * is never a 500: a value is either stored literally (read back from the database equal,
 * surrounding blanks aside, which the application trims on purpose) or refused with a 4xx
 * or the form shown again with a message, and then no row is added. Sort parameters are
 * allow-listed: an unknown one is a 400 or ignored, it never reaches SQL.
 */
@CrmIntegrationTest
class HostileInputIntegrationTests {

	private static final AtomicInteger requests = new AtomicInteger();

	private static final AtomicInteger storedLiterally = new AtomicInteger();

	private static final AtomicInteger rejected = new AtomicInteger();

	private static final AtomicInteger serverErrors = new AtomicInteger();

	private static final AtomicInteger rowsLost = new AtomicInteger();

	private static final AtomicInteger unique = new AtomicInteger();

	private static final int SPREAD = 4;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService users;

	private long accountId;

	private long opportunityId;

	private final List<String> problems = new ArrayList<>();

	@BeforeEach
	void createParents() throws Exception {
		this.accountId = created(post("/api/v1/accounts").with(basic("rep.zhang")),
				json(Map.of("name", "恶意输入测试客户" + next(), "industryCode", "AEROSPACE", "decisionMode", "MIXED",
						"duplicatesConfirmed", true)));
		this.opportunityId = created(post("/api/v1/opportunities").with(basic("rep.zhang")),
				json(Map.of("accountId", this.accountId, "name", "恶意输入测试商机" + next(), "estimatedAmount", 100,
						"expectedSigningDate", "2027-06-30")));
	}

	@AfterAll
	static void printFigures() {
		System.out.printf(
				"[security-figures] hostile-input: inputs=%d, requests=%d, stored-literally=%d, rejected=%d, server-errors=%d, rows-lost=%d%n",
				HostileCorpus.cases().size(), requests.get(), storedLiterally.get(), rejected.get(), serverErrors.get(),
				rowsLost.get());
	}

	@Test
	void everyApiTextFieldStoresHostileTextLiterallyOrRefusesIt() throws Exception {
		Supplier<Object> lead = () -> "恶意线索" + next();
		probeApi("lead", "/api/v1/leads", "lead",
				base("customerName", lead, "regionCode", "SZ", "industry", "AEROSPACE", "source", "INTERNET_SEARCH",
						"customerClass", "B", "classReason", "人工", "duplicatesConfirmed", true),
				Map.of("customerName", "name", "contactHint", "contact_hint", "notes", "notes"));
		probeApi("account", "/api/v1/accounts", "account",
				base("name", (Supplier<Object>) () -> "恶意客户" + next(), "industryCode", "AEROSPACE", "decisionMode",
						"MIXED", "duplicatesConfirmed", true),
				fields("name", "address", "phone", "website", "businessCharacteristics", "industryPosition",
						"distributionCapability", "financialStrength", "commercialCredit", "cooperationIntent"));
		probeApi("contact", "/api/v1/accounts/" + this.accountId + "/contacts", "contact",
				base("name", (Supplier<Object>) () -> "联系人" + next(), "level", "USAGE"),
				fields("name", "title", "department", "phone", "email", "interests"));
		probeApi("opportunity", "/api/v1/opportunities", "opportunity",
				base("accountId", this.accountId, "name", (Supplier<Object>) () -> "商机" + next(), "estimatedAmount",
						100, "expectedSigningDate", "2027-06-30", "nextStepDate", "2027-01-31", "nextStep", "跟进"),
				fields("name", "solution", "nextStep"));
		probeApi("activity", "/api/v1/activities", "activity",
				base("accountId", this.accountId, "type", "SALES_VISIT", "occurredAt",
						Instant.now().minus(1, ChronoUnit.HOURS).toString(), "summary",
						(Supplier<Object>) () -> "拜访" + next(), "nextStepDate", "2027-01-31", "nextStep", "跟进"),
				fields("summary", "place", "objective", "commitments", "nextStep"));
		probeApi("competitor", "/api/v1/competitors", "competitor",
				base("name", (Supplier<Object>) () -> "竞争对手" + next()),
				fields("name", "products", "strengths", "weaknesses", "localOrganisation"));
		probeApi("swot", "/api/v1/accounts/" + this.accountId + "/swots", "swot",
				base("assessedOn", LocalDate.now().toString(), "strengths", "优势"),
				fields("strengths", "weaknesses", "opportunities", "threats"));
		probeApi("expense", "/api/v1/opportunities/" + this.opportunityId + "/expenses", "sales_expense",
				base("type", "OTHER", "spentOn", LocalDate.now().toString(), "amount", 1, "description", "费用"),
				fields("description", "overrunReason"));
		assertNoProblems();
	}

	@Test
	void approvalRequestTextIsStoredLiterallyOrRefused() throws Exception {
		// One live request per deal: each probe files on a deal of its own.
		Supplier<Object> deal = () -> {
			try {
				return created(post("/api/v1/opportunities").with(basic("rep.zhang")),
						json(Map.of("accountId", this.accountId, "name", "恶意立项商机" + next(), "estimatedAmount", 100,
								"expectedSigningDate", "2027-06-30")));
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		};
		probeApi("approval", "/api/v1/approvals", "approval_request",
				base("opportunityId", deal, "projectName", (Supplier<Object>) () -> "立项" + next()),
				fields("projectName", "customerNeeds", "valuePositioning", "decisionProcess", "risks"));
		assertNoProblems();
	}

	@Test
	void everyScreenFormStoresHostileTextLiterallyOrShowsAMessage() throws Exception {
		probeForm("lead form", "/leads", "rep.zhang", "lead",
				base("customerName", (Supplier<Object>) () -> "表单线索" + next(), "regionCode", "SZ", "industryCode",
						"AEROSPACE", "sourceCode", "INTERNET_SEARCH", "duplicatesConfirmed", true),
				Map.of("customerName", "name", "contactHint", "contact_hint", "notes", "notes"));
		probeForm("account form", "/accounts", "rep.zhang", "account",
				base("name", (Supplier<Object>) () -> "表单客户" + next(), "industryCode", "AEROSPACE", "decisionMode",
						"MIXED", "duplicatesConfirmed", true),
				fields("name", "address", "website", "cooperationIntent"));
		probeForm("competitor form", "/competitors", "rep.zhang", "competitor",
				base("name", (Supplier<Object>) () -> "表单对手" + next()), fields("name", "products", "strengths"));
		long industryId = this.jdbc.queryForObject("select id from industry where code = 'AEROSPACE'", Long.class);
		probeForm("industry note", "/industries/notes", "admin", "industry_note",
				base("industryId", industryId, "title", (Supplier<Object>) () -> "行业动态" + next(), "content", "内容"),
				fields("title", "content", "source"));
		probeForm("user", "/admin/users", "admin", "app_user",
				base("username", (Supplier<Object>) () -> "hostile" + next(), "displayName", "恶意用户", "role", "REP",
						"teamCode", "SZ", "password", "demo1234demo"),
				Map.of("displayName", "display_name", "email", "email"));
		probeForm("industry", "/admin/industries", "admin", "industry",
				base("code", (Supplier<Object>) () -> "HOSTILE_" + next(), "nameZh", "恶意行业", "strategyClass", "FOCUS",
						"sortOrder", 900),
				Map.of("nameZh", "name_zh", "nameEn", "name_en"));
		probeForm("lead source", "/admin/lead-sources", "admin", "lead_source",
				base("code", (Supplier<Object>) () -> "HOSTILE_" + next(), "nameZh", "恶意来源", "sortOrder", 900),
				Map.of("nameZh", "name_zh", "nameEn", "name_en"));
		assertNoProblems();
	}

	@Test
	void searchAndFilterParametersNeverFail() throws Exception {
		List<String> screens = List.of("/leads?q=", "/leads?region=", "/leads?industry=", "/leads?source=",
				"/accounts?q=", "/accounts?owner=", "/accounts?region=", "/accounts?industry=", "/opportunities?q=",
				"/competitors?q=", "/approvals?q=", "/approvals?tab=", "/visits/accounts?q=", "/visits/new?q=",
				"/agenda?view=", "/visits/overdue?owner=", "/reports/kpis?tier=", "/funnel?tier=",
				"/reports/win-loss?tier=", "/approvals/report?team=");
		List<String> apis = List.of("/api/v1/leads?q=", "/api/v1/accounts?q=", "/api/v1/opportunities?q=",
				"/api/v1/competitors?q=", "/api/v1/approvals?q=");
		List<Case> cases = HostileCorpus.cases();
		for (int i = 0; i < cases.size(); i++) {
			Case hostile = cases.get(i);
			for (int j = 0; j < screens.size(); j++) {
				if (everyPair() || (i + j) % SPREAD == 0) {
					probeGet(screens.get(j), hostile, user(this.users.loadUserByUsername("manager.south")));
				}
			}
			probeGet("/admin/history?type=", hostile, user(this.users.loadUserByUsername("admin")));
			for (String url : apis) {
				probeGet(url, hostile, basic("rep.zhang"));
			}
		}
		assertNoProblems();
	}

	@Test
	void sortParametersAreAllowListed() throws Exception {
		List<String> lists = List.of("/leads", "/accounts", "/opportunities", "/approvals", "/competitors");
		List<String> apis = List.of("/api/v1/leads", "/api/v1/accounts", "/api/v1/opportunities", "/api/v1/competitors",
				"/api/v1/approvals");
		List<Case> cases = HostileCorpus.cases();
		for (int i = 0; i < cases.size(); i++) {
			Case hostile = cases.get(i);
			String sort = switch (i % 3) {
				case 0 -> hostile.value();
				case 1 -> "name," + hostile.value();
				default -> hostile.value() + ",desc";
			};
			for (int j = 0; j < lists.size(); j++) {
				if (everyPair() || (i + j) % SPREAD == 0) {
					probeSort(lists.get(j), sort, hostile, user(this.users.loadUserByUsername("manager.south")));
				}
			}
			for (String url : apis) {
				probeSort(url, sort, hostile, basic("rep.zhang"));
			}
		}
		assertNoProblems();
	}

	/**
	 * Screens are slow to draw: each hostile string goes to one screen in
	 * {@value #SPREAD}, in turn, so every screen gets a share of every kind, and every
	 * string reaches every API; {@code -Dcrm.hostile.every=true} tries every pair.
	 */
	private static boolean everyPair() {
		return Boolean.getBoolean("crm.hostile.every");
	}

	private void probeApi(String label, String path, String table, Map<String, Object> base,
			Map<String, String> fieldColumns) throws Exception {
		int storedBefore = storedLiterally.get();
		int rejectedBefore = rejected.get();
		for (Map.Entry<String, String> field : fieldColumns.entrySet()) {
			for (Case hostile : HostileCorpus.cases()) {
				Map<String, Object> body = resolve(base);
				body.put(field.getKey(), hostile.value());
				long before = count(table);
				MockHttpServletResponse response = perform(post(path).with(basic("rep.zhang"))
					.contentType(MediaType.APPLICATION_JSON)
					.content(json(body).getBytes(StandardCharsets.UTF_8)));
				judge(label + "." + field.getKey(), hostile, response, table, field.getValue(), before,
						response.getStatus() == 201);
			}
		}
		summary(label, storedBefore, rejectedBefore);
	}

	private static void summary(String label, int storedBefore, int rejectedBefore) {
		System.out.printf("[hostile-input] %s: stored-literally=%d, rejected=%d%n", label,
				storedLiterally.get() - storedBefore, rejected.get() - rejectedBefore);
	}

	private void probeForm(String label, String path, String username, String table, Map<String, Object> base,
			Map<String, String> fieldColumns) throws Exception {
		int storedBefore = storedLiterally.get();
		int rejectedBefore = rejected.get();
		for (Map.Entry<String, String> field : fieldColumns.entrySet()) {
			for (Case hostile : HostileCorpus.cases()) {
				Map<String, Object> params = resolve(base);
				params.put(field.getKey(), hostile.value());
				MockHttpServletRequestBuilder request = post(path).with(user(this.users.loadUserByUsername(username)))
					.with(csrf());
				params.forEach((name, value) -> request.param(name, String.valueOf(value)));
				long before = count(table);
				MockHttpServletResponse response = perform(request);
				boolean saved = response.getStatus() / 100 == 3;
				if (!saved && response.getStatus() == 200
						&& !response.getContentAsString(StandardCharsets.UTF_8).contains("invalid-feedback")) {
					this.problems.add(label + "." + field.getKey() + " " + hostile.shown()
							+ ": form shown again without a field message");
				}
				judge(label + "." + field.getKey(), hostile, response, table, field.getValue(), before, saved);
			}
		}
		summary(label, storedBefore, rejectedBefore);
	}

	private void judge(String where, Case hostile, MockHttpServletResponse response, String table, String column,
			long before, boolean saved) throws Exception {
		int status = response.getStatus();
		if (status >= 500) {
			serverErrors.incrementAndGet();
			this.problems.add(where + " " + hostile.shown() + ": " + status);
			return;
		}
		long after = count(table);
		if (!saved) {
			rejected.incrementAndGet();
			if (status / 100 != 4 && status != 200) {
				this.problems.add(where + " " + hostile.shown() + ": unexpected " + status);
			}
			if (after != before) {
				this.problems.add(where + " " + hostile.shown() + ": refused with " + status + " but "
						+ (after - before) + " row(s) added");
			}
			return;
		}
		String stored = this.jdbc.queryForObject("select " + column + " from " + table + " order by id desc limit 1",
				String.class);
		if (hostile.value().equals(stored) || hostile.value().strip().equals(stored)) {
			storedLiterally.incrementAndGet();
		}
		else {
			rowsLost.incrementAndGet();
			this.problems
				.add(where + " " + hostile.shown() + ": stored as " + new Case("", String.valueOf(stored)).shown());
		}
	}

	private void probeGet(String url, Case hostile, RequestPostProcessor who) throws Exception {
		String[] parts = url.split("\\?", 2);
		String parameter = parts[1].substring(0, parts[1].length() - 1);
		MockHttpServletResponse response = perform(
				get(parts[0]).param(parameter, hostile.value()).param("size", "5").with(who));
		if (response.getStatus() >= 500) {
			serverErrors.incrementAndGet();
			this.problems.add(url + hostile.shown() + ": " + response.getStatus());
		}
		else if (response.getStatus() / 100 == 4) {
			rejected.incrementAndGet();
		}
	}

	private void probeSort(String url, String sort, Case hostile, RequestPostProcessor who) throws Exception {
		MockHttpServletResponse response = perform(get(url).param("sort", sort).param("size", "5").with(who));
		int status = response.getStatus();
		if (status >= 500) {
			serverErrors.incrementAndGet();
			this.problems.add(url + "?sort=" + new Case("", sort).shown() + ": " + status);
		}
		else if (status == 400) {
			rejected.incrementAndGet();
		}
		else if (status != 200) {
			this.problems.add(url + "?sort=" + new Case("", sort).shown() + ": unexpected " + status);
		}
	}

	private MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
		requests.incrementAndGet();
		try {
			return this.mvc.perform(request).andReturn().getResponse();
		}
		catch (jakarta.servlet.ServletException ex) {
			// An exception no resolver handled: the server would answer 500.
			this.problems.add("unhandled " + ex.getRootCause());
			MockHttpServletResponse failed = new MockHttpServletResponse();
			failed.setStatus(500);
			return failed;
		}
	}

	private long created(MockHttpServletRequestBuilder request, String body) throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(request.contentType(MediaType.APPLICATION_JSON).content(body))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
		return ((Number) JsonPath.read(response.getContentAsString(StandardCharsets.UTF_8), "$.id")).longValue();
	}

	private long count(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table, Long.class);
	}

	private void assertNoProblems() {
		assertThat(this.problems.subList(0, Math.min(80, this.problems.size()))).as(this.problems.size() + " problems")
			.isEmpty();
	}

	private static Map<String, Object> base(Object... keysAndValues) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return map;
	}

	private static Map<String, Object> resolve(Map<String, Object> base) {
		Map<String, Object> resolved = new LinkedHashMap<>();
		base.forEach((key, value) -> resolved.put(key, (value instanceof Supplier<?> s) ? s.get() : value));
		return resolved;
	}

	/** Each JSON field and its column, the field's name in snake case. */
	private static Map<String, String> fields(String... names) {
		Map<String, String> map = new LinkedHashMap<>();
		for (String name : names) {
			map.put(name, name.replaceAll("([A-Z])", "_$1").toLowerCase());
		}
		return map;
	}

	private static String next() {
		return Long.toString(System.nanoTime() % 1_000_000_000L, 36) + unique.incrementAndGet();
	}

	private static RequestPostProcessor basic(String username) {
		return httpBasic(username, "demo1234");
	}

	/**
	 * JSON of a flat map, every character outside printable ASCII escaped as
	 * {@code \\uXXXX}, so lone surrogates and NULs reach the server as sent.
	 */
	static String json(Map<String, ?> map) {
		StringBuilder out = new StringBuilder("{");
		map.forEach((key, value) -> {
			if (out.length() > 1) {
				out.append(',');
			}
			out.append(quoted(key)).append(':');
			if (value instanceof String s) {
				out.append(quoted(s));
			}
			else {
				out.append(value);
			}
		});
		return out.append('}').toString();
	}

	private static String quoted(String value) {
		StringBuilder out = new StringBuilder("\"");
		for (char c : value.toCharArray()) {
			if (c == '"' || c == '\\') {
				out.append('\\').append(c);
			}
			else if (c < 0x20 || c > 0x7E) {
				out.append(String.format("\\u%04x", (int) c));
			}
			else {
				out.append(c);
			}
		}
		return out.append('"').toString();
	}

}
