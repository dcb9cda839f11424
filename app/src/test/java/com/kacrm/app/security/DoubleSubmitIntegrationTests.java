package com.kacrm.app.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.kacrm.app.test.CrmIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Double submits (issue 10) create one record: a create form posted twice with the same
 * hidden {@code _submission} (double click) or again after its redirect (back button),
 * and an API call retried with the same {@code Idempotency-Key}, including two calls
 * racing on real connections. Every rendered posting form carries a fresh key next to its
 * CSRF token; an invalid submission gives its key back; the same key with another request
 * is refused. Prints {@code [security-figures] double-submit: ...}.
 */
@CrmIntegrationTest
class DoubleSubmitIntegrationTests {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private static final Pattern SUBMISSION = Pattern.compile("name=\"_submission\" value=\"([0-9a-f-]{36})\"");

	private static final AtomicInteger attempts = new AtomicInteger();

	private static final AtomicInteger duplicates = new AtomicInteger();

	private static final AtomicInteger races = new AtomicInteger();

	private static final AtomicInteger raceViolations = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@LocalServerPort
	int port;

	@AfterAll
	static void printFigures() {
		System.out.println("[security-figures] double-submit: attempts=" + attempts + ", duplicates-created="
				+ duplicates + ", races=" + races + ", race-violations=" + raceViolations);
	}

	@Test
	void everyPostingFormCarriesAFreshSubmissionKeyNextToItsCsrfToken() throws Exception {
		String first = this.mvc.perform(get("/leads/new").with(as("rep.zhang")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String second = this.mvc.perform(get("/leads/new").with(as("rep.zhang")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(first).contains("name=\"_csrf\"");
		assertThat(submissionOf(first)).isNotEqualTo(submissionOf(second));
		// A GET form (the list filter) gets none.
		String list = this.mvc.perform(get("/leads").with(as("rep.zhang")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher getForms = Pattern.compile("<form\\b(?![^>]*method=\"post\")[^>]*>(.*?)</form>", Pattern.DOTALL)
			.matcher(list);
		int forms = 0;
		while (getForms.find()) {
			forms++;
			assertThat(getForms.group(1)).doesNotContain("_submission");
		}
		assertThat(forms).isPositive();
	}

	@Test
	void aDoubleClickedLeadFormRegistersOneLeadAndBothAnswersLeadToIt() throws Exception {
		String name = unique("双击线索") + "有限公司";
		String key = submissionOf(this.mvc.perform(get("/leads/new").with(as("rep.zhang")))
			.andReturn()
			.getResponse()
			.getContentAsString());
		MockHttpServletRequestBuilder form = post("/leads").param("customerName", name)
			.param("regionCode", "SZ")
			.param("industryCode", "AUTO_PARTS")
			.param("sourceCode", "INTERNET_SEARCH")
			.param("duplicatesConfirmed", "true")
			.param("_submission", key);
		String first = redirect(form, "rep.zhang");
		String second = redirect(form, "rep.zhang");
		assertThat(first).matches("/leads/\\d+");
		assertThat(second).isEqualTo(first);
		assertOne("select count(*) from lead where name = ?", name, 2);
	}

	@Test
	void aDoubleClickedAccountFormCreatesOneAccountAndTheBackButtonRepostCreatesNone() throws Exception {
		String name = unique("双击客户") + "有限公司";
		MockHttpServletRequestBuilder form = accountForm(name, UUID.randomUUID().toString());
		String first = redirect(form, "rep.zhang");
		String second = redirect(form, "rep.zhang");
		assertThat(second).isEqualTo(first).matches("/accounts/\\d+");
		// Back button: the record page was shown, then the form is posted again.
		this.mvc.perform(get(first).with(as("rep.zhang")));
		assertThat(redirect(form, "rep.zhang")).isEqualTo(first);
		assertOne("select count(*) from account where name = ?", name, 3);
		// Another user's same key is their own: it runs (and here creates their account).
		String other = unique("他人客户") + "有限公司";
		assertThat(redirect(accountForm(other, extract(form)), "rep.li")).matches("/accounts/\\d+");
		assertOne("select count(*) from account where name = ?", other, 1);
	}

	@Test
	void aDoubleClickedQuickLogRecordsOneVisit() throws Exception {
		long account = createAccount("rep.zhang", unique("拜访客户") + "有限公司");
		String summary = unique("双击拜访记录");
		MockHttpServletRequestBuilder form = post("/visits/new").param("mode", "LOG")
			.param("accountId", String.valueOf(account))
			.param("type", "SALES_VISIT")
			.param("occurredAt",
					LocalDateTime.now(ZONE).minusMinutes(5).format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")))
			.param("summary", summary)
			.param("returnTo", "/accounts/" + account + "/visits")
			.param("_submission", UUID.randomUUID().toString());
		String first = redirect(form, "rep.zhang");
		assertThat(redirect(form, "rep.zhang")).isEqualTo(first);
		assertOne("select count(*) from activity where summary = ?", summary, 2);
	}

	@Test
	void aDoubleClickedOpportunityFormCreatesOneDeal() throws Exception {
		long account = createAccount("rep.zhang", unique("商机客户") + "有限公司");
		String name = unique("双击商机");
		MockHttpServletRequestBuilder form = post("/opportunities").param("accountId", String.valueOf(account))
			.param("name", name)
			.param("estimatedAmount", "85")
			.param("expectedSigningDate", "2030-03-31")
			.param("_submission", UUID.randomUUID().toString());
		String first = redirect(form, "rep.zhang");
		assertThat(first).matches("/opportunities/\\d+");
		assertThat(redirect(form, "rep.zhang")).isEqualTo(first);
		assertOne("select count(*) from opportunity where name = ?", name, 2);
	}

	@Test
	void anInvalidSubmissionGivesItsKeyBackAndTheSameKeyWithOtherFieldsIsRefused() throws Exception {
		String key = UUID.randomUUID().toString();
		String name = unique("更正客户") + "有限公司";
		// Invalid: the form is shown again (200) and nothing is kept for the key.
		MvcResult invalid = this.mvc.perform(accountForm("", key).with(as("rep.zhang")).with(csrf())).andReturn();
		assertThat(invalid.getResponse().getStatus()).isEqualTo(200);
		String created = redirect(accountForm(name, key), "rep.zhang");
		assertThat(created).matches("/accounts/\\d+");
		// The same key with other fields: 422, nothing created.
		String other = unique("换字段客户") + "有限公司";
		attempts.incrementAndGet();
		MvcResult refused = this.mvc.perform(accountForm(other, key).with(as("rep.zhang")).with(csrf())).andReturn();
		assertThat(refused.getResponse().getStatus()).isEqualTo(422);
		assertThat(count("select count(*) from account where name = ?", other)).isZero();
	}

	@Test
	void anApiCallRetriedWithTheSameKeyCreatesOneAccountAndReplaysTheFirstAnswer() throws Exception {
		String name = unique("接口重试客户") + "有限公司";
		String key = UUID.randomUUID().toString();
		MvcResult first = apiCreate(name, key, "rep.zhang");
		MvcResult second = apiCreate(name, key, "rep.zhang");
		assertThat(first.getResponse().getStatus()).isEqualTo(201);
		assertThat(first.getResponse().getHeader("Idempotent-Replayed")).isNull();
		assertThat(second.getResponse().getStatus()).isEqualTo(201);
		assertThat(second.getResponse().getHeader("Idempotent-Replayed")).isEqualTo("true");
		assertThat(second.getResponse().getHeader("Location")).isEqualTo(first.getResponse().getHeader("Location"))
			.isNotNull();
		assertThat(second.getResponse().getContentAsByteArray()).isEqualTo(first.getResponse().getContentAsByteArray())
			.isNotEmpty();
		assertThat(second.getResponse().getContentType()).isEqualTo(first.getResponse().getContentType());
		assertOne("select count(*) from account where name = ?", name, 2);

		String other = unique("接口换体客户") + "有限公司";
		attempts.incrementAndGet();
		MvcResult refused = apiCreate(other, key, "rep.zhang");
		assertThat(refused.getResponse().getStatus()).isEqualTo(422);
		assertThat(refused.getResponse().getContentType()).startsWith("application/problem+json");
		assertThat(count("select count(*) from account where name = ?", other)).isZero();
	}

	@Test
	void anApiCallRefusedByTheRulesGivesItsKeyBackForTheCorrectedCall() throws Exception {
		String key = UUID.randomUUID().toString();
		MvcResult invalid = this.mvc
			.perform(post("/api/v1/accounts").with(httpBasic("rep.zhang", "demo1234"))
				.header("Idempotency-Key", key)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"\"}"))
			.andReturn();
		assertThat(invalid.getResponse().getStatus()).isEqualTo(422);
		String name = unique("接口更正客户") + "有限公司";
		// The corrected call is another body: since the failed one gave the key back, it
		// runs.
		assertThat(apiCreate(name, key, "rep.zhang").getResponse().getStatus()).isEqualTo(201);
		assertThat(count("select count(*) from account where name = ?", name)).isEqualTo(1);
	}

	@Test
	void callsRacingWithTheSameKeyOnRealConnectionsCreateOneAccount() throws Exception {
		HttpClient client = HttpClient.newHttpClient();
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			for (int round = 0; round < 5; round++) {
				String name = unique("并发客户") + "有限公司";
				String key = UUID.randomUUID().toString();
				CountDownLatch start = new CountDownLatch(1);
				List<Future<HttpResponse<String>>> calls = new ArrayList<>();
				for (int i = 0; i < 4; i++) {
					calls.add(pool.submit(() -> {
						start.await();
						return client.send(apiRequest(name, key), HttpResponse.BodyHandlers.ofString());
					}));
				}
				start.countDown();
				List<Integer> statuses = new ArrayList<>();
				for (Future<HttpResponse<String>> call : calls) {
					statuses.add(call.get().statusCode());
				}
				races.incrementAndGet();
				attempts.addAndGet(calls.size());
				long rows = count("select count(*) from account where name = ?", name);
				duplicates.addAndGet((int) Math.max(0, rows - 1));
				// Each call either ran, was replayed (201) or was told the first still
				// runs (409).
				boolean sane = rows == 1 && statuses.stream().allMatch((s) -> s == 201 || s == 409)
						&& statuses.contains(201);
				if (!sane) {
					raceViolations.incrementAndGet();
				}
				assertThat(rows).as("rows for %s, answers %s", name, statuses).isEqualTo(1);
				assertThat(statuses).allMatch((s) -> s == 201 || s == 409).contains(201);
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void theApiDescriptionDocumentsTheKeyOnEveryWrite() throws Exception {
		String docs = this.mvc.perform(get("/v3/api-docs").with(httpBasic("rep.li", "demo1234")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(docs).contains("\"Idempotency-Key\"").contains("Idempotent-Replayed");
	}

	private HttpRequest apiRequest(String name, String key) {
		String basic = Base64.getEncoder().encodeToString("rep.zhang:demo1234".getBytes(StandardCharsets.UTF_8));
		return HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/accounts?confirmDuplicates=true"))
			.header("Authorization", "Basic " + basic)
			.header("Content-Type", "application/json")
			.header("Idempotency-Key", key)
			.POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + name + "\"}"))
			.build();
	}

	private MvcResult apiCreate(String name, String key, String username) throws Exception {
		return this.mvc
			.perform(post("/api/v1/accounts?confirmDuplicates=true").with(httpBasic(username, "demo1234"))
				.header("Idempotency-Key", key)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"" + name + "\"}"))
			.andReturn();
	}

	private static MockHttpServletRequestBuilder accountForm(String name, String key) {
		return post("/accounts").param("name", name)
			.param("lifecycle", "PROSPECT")
			.param("relationshipStage", "OUTSIDER")
			.param("duplicatesConfirmed", "true")
			.param("_submission", key);
	}

	private static String extract(MockHttpServletRequestBuilder form) {
		return form.buildRequest(new org.springframework.mock.web.MockServletContext()).getParameter("_submission");
	}

	private long createAccount(String username, String name) throws Exception {
		String page = redirect(accountForm(name, UUID.randomUUID().toString()), username);
		return Long.parseLong(page.substring("/accounts/".length()));
	}

	/** Posts the form as the user and answers where it redirects to. */
	private String redirect(MockHttpServletRequestBuilder form, String username) throws Exception {
		attempts.incrementAndGet();
		MvcResult result = this.mvc.perform(form.with(as(username)).with(csrf())).andReturn();
		assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(302);
		return result.getResponse().getRedirectedUrl();
	}

	private void assertOne(String sql, String value, int tries) {
		long rows = count(sql, value);
		duplicates.addAndGet((int) Math.max(0, rows - 1));
		assertThat(rows).as("rows after %d tries", tries).isEqualTo(1);
	}

	private long count(String sql, String value) {
		Long rows = this.jdbc.queryForObject(sql, Long.class, value);
		return (rows != null) ? rows : 0;
	}

	private static String submissionOf(String page) {
		Matcher matcher = SUBMISSION.matcher(page);
		assertThat(matcher.find()).as("a _submission field").isTrue();
		return matcher.group(1);
	}

	private RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

	private static String unique(String prefix) {
		return prefix + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
	}

}
