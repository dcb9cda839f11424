package com.kacrm.app.security;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.kacrm.app.approval.ApprovalDeals;
import com.kacrm.app.test.CrmIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * No silent overwrite anywhere (issue 10, conflicts): for every editable aggregate, one
 * user opens the edit form, another saves a change, then the first saves from the form
 * they still have. The stale save must show the form again with the conflict message and
 * the OTHER user's value, and the record must keep the other user's value. The forms are
 * read from the rendered pages (every field, hidden version included), so the test sends
 * exactly what a browser would. Admin reference data is put back afterwards. For the API,
 * a PUT with a stale version answers 409 and changes nothing. Prints
 * {@code [security-figures] conflicts: ...}.
 */
@CrmIntegrationTest
class ConflictIntegrationTests {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private static final Pattern FORM = Pattern.compile("<form\\b([^>]*)>(.*?)</form>", Pattern.DOTALL);

	private static final Pattern INPUT = Pattern.compile("<input\\b([^>]*)>", Pattern.DOTALL);

	private static final Pattern TEXTAREA = Pattern.compile("<textarea\\b([^>]*)>(.*?)</textarea>", Pattern.DOTALL);

	private static final Pattern SELECT = Pattern.compile("<select\\b([^>]*)>(.*?)</select>", Pattern.DOTALL);

	private static final Pattern OPTION = Pattern.compile("<option\\b([^>]*)>", Pattern.DOTALL);

	private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:=\"([^\"]*)\")?");

	private static final AtomicInteger aggregates = new AtomicInteger();

	private static final AtomicInteger staleSaves = new AtomicInteger();

	private static final AtomicInteger silentOverwrites = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MessageSource messages;

	@Autowired
	ApplicationContext context;

	@AfterAll
	static void printFigures() {
		System.out.println("[security-figures] conflicts: aggregates=" + aggregates + ", stale-saves=" + staleSaves
				+ ", silent-overwrites=" + silentOverwrites);
	}

	/**
	 * One editable aggregate: how to get a record's edit page, who edits, which field.
	 */
	record Case(String aggregate, String me, String other, Setup setup, String field, boolean number, boolean restore) {

	}

	interface Setup {

		String editPage(ConflictIntegrationTests test) throws Exception;

	}

	static List<Case> cases() {
		return List.of(new Case("account", "rep.zhang", "manager.south",
				(t) -> "/accounts/" + t.createAccount("冲突客户") + "/edit", "businessCharacteristics", false, false),
				new Case("contact", "rep.zhang", "manager.south", ConflictIntegrationTests::contactEditPage, "title",
						false, false),
				new Case("lead", "rep.zhang", "manager.south", (t) -> t.createLead() + "/edit", "notes", false, false),
				new Case("opportunity", "rep.zhang", "manager.south", (t) -> t.createDeal() + "/edit", "nextStep",
						false, false),
				new Case("activity", "rep.zhang", "manager.south", (t) -> "/visits/" + t.createVisit() + "/edit",
						"summary", false, false),
				new Case("competitor", "rep.zhang", "manager.south", (t) -> t.createCompetitor(), "strengths", false,
						false),
				new Case("industry", "admin", "admin",
						(t) -> "/admin/industries/" + t.firstId("select id from industry order by id"), "strategyZh",
						false, true),
				new Case("lead source", "admin", "admin",
						(t) -> "/admin/lead-sources/" + t.firstId("select id from lead_source order by id"), "nameZh",
						false, true),
				new Case("region", "admin", "admin",
						(t) -> "/admin/regions/" + t.first("select code from region order by id"), "nameEn", false,
						true),
				new Case("team", "admin", "admin",
						(t) -> "/admin/teams/" + t.first("select code from team order by id"), "nameEn", false, true),
				new Case("user", "admin", "admin",
						(t) -> "/admin/users/" + t.firstId("select id from app_user where username = 'rep.wang'"),
						"displayName", false, true),
				new Case("milestone definition", "admin", "admin",
						(t) -> "/admin/milestones/" + t.first("select milestone from milestone_definition order by id"),
						"definitionEn", false, true),
				new Case("checklist item", "admin", "admin", ConflictIntegrationTests::checklistItemPage, "textEn",
						false, true),
				new Case("value model", "admin", "admin", (t) -> "/admin/value-model", "smallThreshold", true, true),
				new Case("pool rules", "admin", "admin", (t) -> "/admin/pool-rules", "rules[0].", true, true),
				new Case("approval request", "rep.zhang", "rep.zhang", ConflictIntegrationTests::approvalDraftPage,
						"customerNeeds", false, false));
	}

	@TestFactory
	Stream<DynamicTest> aStaleSaveShowsTheOtherUsersValuesAndOverwritesNothing() {
		return cases().stream().map((c) -> DynamicTest.dynamicTest(c.aggregate(), () -> staleSave(c)));
	}

	private void staleSave(Case c) throws Exception {
		aggregates.incrementAndGet();
		String page = c.setup().editPage(this);
		HtmlForm stale = HtmlForm.versioned(html(get(page), c.me()));
		HtmlForm fresh = HtmlForm.versioned(html(get(page), c.other()));
		String field = fresh.pick(c.field(), c.number());
		String original = fresh.value(field);
		String others = mutate(original, "O", c.number());
		String mine = mutate(original, "M", c.number());

		MvcResult saved = submit(fresh.with(field, others), c.other());
		assertThat(saved.getResponse().getStatus())
			.as("%s: the other user's save answers a redirect; %s", c.aggregate(), errorsIn(saved))
			.isEqualTo(302);

		staleSaves.incrementAndGet();
		MvcResult conflict = submit(stale.with(field, mine), c.me());
		String answer = conflict.getResponse().getContentAsString();
		String now = HtmlForm.versioned(html(get(page), c.other())).value(field);
		if (conflict.getResponse().getStatus() != 200 || mine.equals(now)) {
			silentOverwrites.incrementAndGet();
		}
		try {
			assertThat(conflict.getResponse().getStatus()).as("%s: the stale save shows the form again", c.aggregate())
				.isEqualTo(200);
			assertThat(answer).as("%s: the conflict message", c.aggregate()).contains(conflictMessage());
			assertThat(HtmlForm.versioned(answer).value(field))
				.as("%s: the form shows the other user's value", c.aggregate())
				.isEqualTo(others);
			assertThat(now).as("%s: the record keeps the other user's value", c.aggregate()).isEqualTo(others);
			// Saving again from the re-shown form (the new version) goes through.
		}
		finally {
			if (c.restore()) {
				HtmlForm current = HtmlForm.versioned(html(get(page), c.other()));
				MvcResult restored = submit(current.with(field, original), c.other());
				assertThat(restored.getResponse().getStatus()).as("%s restored", c.aggregate()).isEqualTo(302);
			}
		}
	}

	/** One API resource: where to create one, its body with a name and a version. */
	record ApiCase(String aggregate, String collection, String createBody, String updateBody, String nameColumn) {

	}

	static List<ApiCase> apiCases() {
		return List.of(
				new ApiCase("account", "/api/v1/accounts?confirmDuplicates=true", "{\"name\":\"%s\"}",
						"{\"name\":\"%s\",\"version\":%d}", "select name from account where id = ?"),
				new ApiCase("lead", "/api/v1/leads",
						"{\"customerName\":\"%s\",\"regionCode\":\"SZ\",\"duplicatesConfirmed\":true}",
						"{\"customerName\":\"%s\",\"regionCode\":\"SZ\",\"version\":%d}",
						"select name from lead where id = ?"));
	}

	@TestFactory
	Stream<DynamicTest> anApiPutWithAStaleVersionAnswers409AndChangesNothing() {
		return apiCases().stream().map((c) -> DynamicTest.dynamicTest(c.aggregate(), () -> stalePut(c)));
	}

	private void stalePut(ApiCase c) throws Exception {
		String name = "接口冲突" + tag() + "有限公司";
		MvcResult created = this.mvc
			.perform(post(c.collection()).with(httpBasic("rep.zhang", "demo1234"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(c.createBody().formatted(name)))
			.andReturn();
		assertThat(created.getResponse().getStatus()).as(created.getResponse().getContentAsString()).isEqualTo(201);
		String location = created.getResponse().getHeader("Location");
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		MvcResult others = this.mvc
			.perform(put(location + "?confirmDuplicates=true").with(httpBasic("manager.south", "demo1234"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(c.updateBody().formatted(name + "O", 0)))
			.andReturn();
		assertThat(others.getResponse().getStatus()).as(others.getResponse().getContentAsString()).isEqualTo(200);
		staleSaves.incrementAndGet();
		MvcResult stale = this.mvc
			.perform(put(location + "?confirmDuplicates=true").with(httpBasic("rep.zhang", "demo1234"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(c.updateBody().formatted(name + "M", 0)))
			.andReturn();
		String now = this.jdbc.queryForObject(c.nameColumn(), String.class, id);
		if (stale.getResponse().getStatus() != 409 || !(name + "O").equals(now)) {
			silentOverwrites.incrementAndGet();
		}
		assertThat(stale.getResponse().getStatus()).as("%s: stale PUT", c.aggregate()).isEqualTo(409);
		assertThat(stale.getResponse().getContentType()).startsWith("application/problem+json");
		assertThat(now).as("%s keeps the other user's value", c.aggregate()).isEqualTo(name + "O");
	}

	// --- records to edit

	long createAccount(String prefix) throws Exception {
		String location = redirectOf(post("/accounts").param("name", prefix + tag() + "有限公司")
			.param("lifecycle", "PROSPECT")
			.param("relationshipStage", "OUTSIDER")
			.param("duplicatesConfirmed", "true"), "rep.zhang");
		return Long.parseLong(location.substring("/accounts/".length()));
	}

	static String contactEditPage(ConflictIntegrationTests t) throws Exception {
		long account = t.createAccount("冲突联系人客户");
		String location = t.redirectOf(post("/accounts/" + account + "/contacts").param("name", "冲突联系人" + tag())
			.param("title", "采购经理")
			.param("level", "DECISION")
			.param("relationshipDepth", "1")
			.param("targetDepth", "3"), "rep.zhang");
		return location + "/edit";
	}

	String createLead() throws Exception {
		return redirectOf(post("/leads").param("customerName", "冲突线索" + tag() + "有限公司")
			.param("regionCode", "SZ")
			.param("industryCode", "AUTO_PARTS")
			.param("sourceCode", "INTERNET_SEARCH")
			.param("notes", "展会认识")
			.param("duplicatesConfirmed", "true"), "rep.zhang");
	}

	String createDeal() throws Exception {
		long account = createAccount("冲突商机客户");
		return redirectOf(post("/opportunities").param("accountId", String.valueOf(account))
			.param("name", "冲突商机" + tag())
			.param("estimatedAmount", "85")
			.param("expectedSigningDate", "2030-03-31")
			.param("nextStep", "约技术交流"), "rep.zhang");
	}

	long createVisit() throws Exception {
		long account = createAccount("冲突拜访客户");
		String summary = "冲突拜访" + tag();
		redirectOf(post("/visits/new").param("mode", "LOG")
			.param("accountId", String.valueOf(account))
			.param("type", "SALES_VISIT")
			.param("occurredAt",
					LocalDateTime.now(ZONE).minusMinutes(5).format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")))
			.param("summary", summary), "rep.zhang");
		return firstId("select id from activity where summary = '" + summary + "'");
	}

	String createCompetitor() throws Exception {
		return redirectOf(post("/competitors").param("name", "冲突对手" + tag()).param("strengths", "价格低"), "rep.zhang");
	}

	static String approvalDraftPage(ConflictIntegrationTests t) {
		ApprovalDeals deals = new ApprovalDeals(t.context);
		return "/approvals/" + deals.draft(deals.readyForApproval("冲突立项")) + "/edit";
	}

	static String checklistItemPage(ConflictIntegrationTests t) {
		Map<String, Object> item = t.jdbc.queryForMap("select c.id, m.milestone from checklist_item c"
				+ " join milestone_definition m on m.id = c.milestone_definition_id order by c.id limit 1");
		return "/admin/milestones/" + item.get("milestone") + "/items/" + item.get("id");
	}

	long firstId(String sql) {
		return this.jdbc.queryForList(sql, Long.class).get(0);
	}

	String first(String sql) {
		return this.jdbc.queryForList(sql, String.class).get(0);
	}

	// --- HTTP

	private String html(MockHttpServletRequestBuilder request, String username) throws Exception {
		MvcResult result = this.mvc.perform(request.with(as(username))).andReturn();
		assertThat(result.getResponse().getStatus()).as("GET %s", result.getRequest().getRequestURI()).isEqualTo(200);
		return result.getResponse().getContentAsString();
	}

	private MvcResult submit(HtmlForm form, String username) throws Exception {
		MockHttpServletRequestBuilder request = post(form.action);
		form.fields.forEach((name, values) -> {
			if (!name.equals("_csrf") && !name.equals("_submission")) {
				request.param(name, values.toArray(String[]::new));
			}
		});
		return this.mvc.perform(request.with(as(username)).with(csrf())).andReturn();
	}

	String redirectOf(MockHttpServletRequestBuilder request, String username) throws Exception {
		MvcResult result = this.mvc.perform(request.with(as(username)).with(csrf())).andReturn();
		assertThat(result.getResponse().getStatus()).as("%s: %s", result.getRequest().getRequestURI(), errorsIn(result))
			.isEqualTo(302);
		return result.getResponse().getRedirectedUrl();
	}

	private static String errorsIn(MvcResult result) throws Exception {
		Matcher errors = Pattern.compile("class=\"invalid-feedback[^\"]*\"[^>]*>([^<]*)<|alert-danger[^>]*>([^<]*)<")
			.matcher(result.getResponse().getContentAsString());
		List<String> found = new ArrayList<>();
		while (errors.find()) {
			found.add((errors.group(1) != null) ? errors.group(1).strip() : errors.group(2).strip());
		}
		return "status " + result.getResponse().getStatus() + ", errors " + found;
	}

	private String conflictMessage() {
		String message = this.messages.getMessage("form.conflict", null, Locale.SIMPLIFIED_CHINESE);
		return message.substring(0, message.indexOf('。'));
	}

	private RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

	private static String mutate(String original, String who, boolean number) {
		if (number) {
			BigDecimal value = new BigDecimal(original);
			return value.add(BigDecimal.valueOf("O".equals(who) ? 1 : 2)).toPlainString();
		}
		String base = (original == null || original.isBlank()) ? "" : original + " ";
		return base + who + tag();
	}

	private static String tag() {
		return Long.toString(ThreadLocalRandom.current().nextLong(1L << 30), 36);
	}

	/** A posting form of a rendered page, read as a browser would submit it. */
	static final class HtmlForm {

		final String action;

		final Map<String, List<String>> fields;

		private HtmlForm(String action, Map<String, List<String>> fields) {
			this.action = action;
			this.fields = fields;
		}

		/** The first form of the page that carries a version. */
		static HtmlForm versioned(String html) {
			Matcher forms = FORM.matcher(html);
			while (forms.find()) {
				Map<String, String> attributes = attributes(forms.group(1));
				HtmlForm form = new HtmlForm(unescape(attributes.getOrDefault("action", "")), fields(forms.group(2)));
				if ("post".equalsIgnoreCase(attributes.get("method")) && form.fields.keySet()
					.stream()
					.anyMatch((name) -> name.equals("version") || name.endsWith(".version")
							|| name.equals("basedOnVersion"))) {
					return form;
				}
			}
			throw new AssertionError("no form with a version on the page");
		}

		String pick(String field, boolean number) {
			if (this.fields.containsKey(field)) {
				return field;
			}
			return this.fields.keySet()
				.stream()
				.filter((name) -> name.startsWith(field) && !name.endsWith("version"))
				.filter((name) -> !number || value(name).matches("\\d+(\\.\\d+)?"))
				.findFirst()
				.orElseThrow(() -> new AssertionError("no field " + field + " in " + this.fields.keySet()));
		}

		String value(String field) {
			List<String> values = this.fields.get(field);
			assertThat(values).as("field %s in %s", field, this.fields.keySet()).isNotNull();
			return values.isEmpty() ? "" : values.get(0);
		}

		HtmlForm with(String field, String value) {
			Map<String, List<String>> changed = new LinkedHashMap<>(this.fields);
			changed.put(field, List.of(value));
			return new HtmlForm(this.action, changed);
		}

		private static Map<String, List<String>> fields(String body) {
			Map<String, List<String>> fields = new LinkedHashMap<>();
			Matcher inputs = INPUT.matcher(body);
			while (inputs.find()) {
				Map<String, String> a = attributes(inputs.group(1));
				String name = a.get("name");
				String type = a.getOrDefault("type", "text").toLowerCase(Locale.ROOT);
				if (name == null || a.containsKey("disabled")
						|| List.of("submit", "button", "reset", "file", "image").contains(type)) {
					continue;
				}
				if ((type.equals("checkbox") || type.equals("radio")) && !a.containsKey("checked")) {
					fields.putIfAbsent(name, new ArrayList<>());
					continue;
				}
				fields.computeIfAbsent(name, (n) -> new ArrayList<>())
					.add(unescape(a.getOrDefault("value", type.equals("checkbox") ? "on" : "")));
			}
			Matcher textareas = TEXTAREA.matcher(body);
			while (textareas.find()) {
				Map<String, String> a = attributes(textareas.group(1));
				if (a.get("name") != null && !a.containsKey("disabled")) {
					String text = textareas.group(2);
					fields.put(a.get("name"),
							new ArrayList<>(List.of(unescape(text.startsWith("\n") ? text.substring(1) : text))));
				}
			}
			Matcher selects = SELECT.matcher(body);
			while (selects.find()) {
				Map<String, String> a = attributes(selects.group(1));
				if (a.get("name") == null || a.containsKey("disabled")) {
					continue;
				}
				List<String> chosen = new ArrayList<>();
				String firstOption = null;
				Matcher options = OPTION.matcher(selects.group(2));
				while (options.find()) {
					Map<String, String> o = attributes(options.group(1));
					String value = unescape(o.getOrDefault("value", ""));
					if (firstOption == null) {
						firstOption = value;
					}
					if (o.containsKey("selected")) {
						chosen.add(value);
					}
				}
				if (chosen.isEmpty() && firstOption != null && !a.containsKey("multiple")) {
					chosen.add(firstOption);
				}
				fields.put(a.get("name"), chosen);
			}
			fields.values().removeIf(List::isEmpty);
			return fields;
		}

		private static Map<String, String> attributes(String tag) {
			Map<String, String> attributes = new LinkedHashMap<>();
			Matcher matcher = ATTRIBUTE.matcher(tag);
			while (matcher.find()) {
				attributes.put(matcher.group(1).toLowerCase(Locale.ROOT),
						(matcher.group(2) != null) ? matcher.group(2) : "");
			}
			return attributes;
		}

		private static String unescape(String value) {
			return value.replace("&lt;", "<")
				.replace("&gt;", ">")
				.replace("&quot;", "\"")
				.replace("&#39;", "'")
				.replace("&#x27;", "'")
				.replace("&amp;", "&");
		}

	}

}
