package com.kacrm.app.security;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.kacrm.app.approval.ApprovalDeals;
import com.kacrm.app.approval.ApprovalDeals.Deal;
import com.kacrm.app.test.CrmIntegrationTest;
import com.kacrm.domain.activity.ActivityDetails;
import com.kacrm.domain.activity.ActivityType;
import com.kacrm.persistence.activity.ActivityService;
import com.kacrm.persistence.activity.NewActivity;
import com.kacrm.persistence.lead.LeadService;
import com.kacrm.persistence.lead.NewLead;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Mass assignment (issue 10): every create and edit form and every API create and update,
 * sent by rep.zhang as a browser or client would send it plus fields that name what the
 * user may not set that way (owner, team, status, tier, milestone, probability, version,
 * id, the record's account, who created it ...), pointing at the east team's records and
 * users. Edits: the record's row in the database is compared column by column before and
 * after; only the legitimate field (and the version, by one) may change. Creates: the
 * same record is created once without and once with the extra fields, and the two rows
 * must be equal apart from ids, names and times.
 */
@CrmIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MassAssignmentIntegrationTests {

	private static final String ACTOR = "rep.zhang";

	/** Columns that differ between two creates of the same record anyway. */
	private static final Pattern VOLATILE = Pattern
		.compile("id|name|name_key|number|customer_name|.*_at|.*_on|.*_since|occurred_at|registered_at|project_name");

	/**
	 * Extra fields that a form or API has for other roles (managers and admins name an
	 * owner or team on creation): a rep sending them is refused as a whole.
	 */
	private static final Set<String> GUARDED = Set.of("ownerUsername", "teamCode");

	private static final Pattern FORM = Pattern.compile("<form\\b[^>]*>(.*?)</form>", Pattern.DOTALL);

	private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>");

	private static final Pattern TEXTAREA = Pattern.compile("<textarea\\b([^>]*)>(.*?)</textarea>", Pattern.DOTALL);

	private static final Pattern SELECT = Pattern.compile("<select\\b([^>]*)>(.*?)</select>", Pattern.DOTALL);

	private static final Pattern OPTION = Pattern.compile("<option\\b([^>]*)>", Pattern.DOTALL);

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	final String nonce = UUID.randomUUID().toString().substring(0, 8);

	Deal deal;

	long approval;

	long visit;

	long lead;

	Deal east;

	Map<String, String> extras;

	int requests;

	int extraFields;

	final List<String> failures = new ArrayList<>();

	int changed;

	int refused;

	@BeforeAll
	void createTheRecords() {
		ApprovalDeals south = new ApprovalDeals(this.context);
		this.deal = south.readyForApproval("批量赋值" + this.nonce);
		this.approval = south.draft(this.deal);
		this.visit = this.context.getBean(ActivityService.class)
			.plan(new NewActivity(this.deal.accountId(), this.deal.opportunityId(),
					new ActivityDetails(ActivityType.SALES_VISIT, Instant.now().plus(3, ChronoUnit.DAYS), 60, "设备部",
							"介绍新产品", Set.of(), Set.of(), null, null, null, null, null),
					List.of(), List.of(), null, null), south.viewer(ACTOR))
			.id();
		this.lead = this.context.getBean(LeadService.class)
			.register(new NewLead("批量赋值线索" + this.nonce, "SZ", "AUTO_PARTS", 10, new BigDecimal("60000"), null, null,
					"INTERNET_SEARCH", "王经理", "展会", null, null), south.viewer(ACTOR), true)
			.id();
		this.east = new ApprovalDeals(this.context, "rep.wang", "SH").readyForApproval("批量赋值东" + this.nonce);
		String wang = String.valueOf(south.userId("rep.wang"));
		String eastTeam = String
			.valueOf(this.jdbc.queryForObject("select team_id from app_user where username = 'rep.wang'", Long.class));
		String eastAccount = String.valueOf(this.east.accountId());
		String eastDeal = String.valueOf(this.east.opportunityId());
		this.extras = new LinkedHashMap<>();
		this.extras.put("owner", wang);
		this.extras.put("ownerId", wang);
		this.extras.put("owner.id", wang);
		this.extras.put("ownerUsername", "rep.wang");
		this.extras.put("team", "SH");
		this.extras.put("teamId", eastTeam);
		this.extras.put("team.id", eastTeam);
		this.extras.put("teamCode", "SH");
		this.extras.put("status", "LOST");
		this.extras.put("tier", "A");
		this.extras.put("tierSetByHand", "true");
		this.extras.put("milestone", "CONTRACT_SIGNED");
		this.extras.put("probability", "99");
		this.extras.put("approvalLocked", "true");
		this.extras.put("id", "1");
		this.extras.put("createdBy", wang);
		this.extras.put("createdBy.id", wang);
		this.extras.put("createdById", wang);
		this.extras.put("requesterId", wang);
		this.extras.put("requester.id", wang);
		this.extras.put("number", "LX-1999-0001");
		this.extras.put("round", "9");
		this.extras.put("accountId", eastAccount);
		this.extras.put("account.id", eastAccount);
		this.extras.put("opportunityId", eastDeal);
		this.extras.put("opportunity.id", eastDeal);
		this.extras.put("leftAt", "2020-01-01T00:00:00Z");
		this.extras.put("lastContactedAt", "2020-01-01T00:00:00Z");
	}

	@Test
	void extraFieldsChangeNothingTheyAreNotMeantToChange() throws Exception {
		long account = this.deal.accountId();
		long contact = this.deal.contactId();
		long opportunity = this.deal.opportunityId();
		String competitor = String.valueOf(this.jdbc.queryForObject("select min(id) from competitor", Long.class));
		// Edit forms, posted as the browser would post them after changing one field.
		editForm("account", account, "/accounts/" + account + "/edit", "/accounts/" + account, "address");
		editForm("lead", this.lead, "/leads/" + this.lead + "/edit", "/leads/" + this.lead, "contactHint");
		editForm("contact", contact, "/accounts/" + account + "/contacts/" + contact + "/edit",
				"/accounts/" + account + "/contacts/" + contact, "title");
		editForm("opportunity", opportunity, "/opportunities/" + opportunity + "/edit",
				"/opportunities/" + opportunity + "/edit", "solution");
		editForm("activity", this.visit, "/visits/" + this.visit + "/edit", "/visits/" + this.visit + "/edit",
				"objective");
		editForm("approval_request", this.approval, "/approvals/" + this.approval + "/edit",
				"/approvals/" + this.approval + "/edit", "risks");
		editForm("competitor", Long.parseLong(competitor), "/competitors/" + competitor, "/competitors/" + competitor,
				"products");
		// Create forms: the same record without and with the extra fields.
		createForm("account", "name", "/accounts/new", "/accounts", Map.of("industryCode", "AUTO_PARTS", "industryRank",
				"10", "annualRevenue", "60000", "duplicatesConfirmed", "true"));
		createForm("lead", "name", "/leads/new", "/leads",
				Map.of("regionCode", "SZ", "industryCode", "AUTO_PARTS", "industryRank", "10", "annualRevenue", "60000",
						"sourceCode", "INTERNET_SEARCH", "contactHint", "王经理", "duplicatesConfirmed", "true"),
				"customerName");
		createForm("contact", "name", "/accounts/" + account + "/contacts/new", "/accounts/" + account + "/contacts",
				Map.of("level", "IMPLEMENTATION", "relationshipDepth", "2"));
		createForm("opportunity", "name", "/opportunities/new?accountId=" + account, "/opportunities",
				Map.of("accountId", String.valueOf(account), "estimatedAmount", "100"));
		createForm("competitor", "name", "/competitors", "/competitors", Map.of("products", "散热器"));
		// The API: updates of what a GET gives back, creates twice.
		apiUpdate("account", account, "/api/v1/accounts/" + account, "address");
		apiUpdate("lead", this.lead, "/api/v1/leads/" + this.lead, "contactHint");
		apiUpdate("contact", contact, "/api/v1/accounts/" + account + "/contacts/" + contact, "title");
		apiUpdate("opportunity", opportunity, "/api/v1/opportunities/" + opportunity, "solution");
		apiUpdate("activity", this.visit, "/api/v1/activities/" + this.visit, "objective");
		apiCreate("account", "name", "/api/v1/accounts?confirmDuplicates=true",
				"{\"name\":\"%s\",\"industryCode\":\"AUTO_PARTS\",\"industryRank\":10,\"annualRevenue\":60000}");
		apiCreate("lead", "name", "/api/v1/leads",
				"{\"customerName\":\"%s\",\"regionCode\":\"SZ\",\"industry\":\"AUTO_PARTS\",\"industryRank\":10,"
						+ "\"annualRevenue\":60000,\"source\":\"INTERNET_SEARCH\",\"contactHint\":\"王经理\","
						+ "\"duplicatesConfirmed\":true}");
		apiCreate("contact", "name", "/api/v1/accounts/" + account + "/contacts",
				"{\"name\":\"%s\",\"level\":\"IMPLEMENTATION\",\"relationshipDepth\":2}");
		apiCreate("opportunity", "name", "/api/v1/opportunities", "{\"accountId\":" + account
				+ ",\"name\":\"%s\",\"estimatedAmount\":100," + "\"expectedSigningDate\":\"2027-06-30\"}");
		apiCreate("competitor", "name", "/api/v1/competitors", "{\"name\":\"%s\",\"products\":\"散热器\"}");
		System.out.println("[security-figures] mass-assignment: requests=" + this.requests + ", extra-fields="
				+ this.extraFields + ", refused=" + this.refused + ", changed=" + this.changed);
		assertThat(this.failures).as("mass assignment failures").isEmpty();
	}

	/**
	 * Opens the edit form, changes {@code field}, adds every extra field the form does
	 * not have, posts it, and compares the record's row before and after.
	 */
	private void editForm(String table, long id, String page, String action, String field) throws Exception {
		String what = "form " + action;
		MockHttpServletResponse shown = this.mvc.perform(get(page).with(as()).accept(MediaType.TEXT_HTML))
			.andReturn()
			.getResponse();
		MultiValueMap<String, String> form = scrape(shown.getContentAsString(), action);
		if (form == null) {
			this.failures.add(what + ": no form posting to it on " + page + " (" + shown.getStatus() + ")");
			return;
		}
		String value = "合法修改" + UUID.randomUUID().toString().substring(0, 6);
		form.set(field, value);
		int added = addExtras(form);
		Map<String, String> before = row(table, id);
		MockHttpServletResponse answer = this.mvc
			.perform(request(HttpMethod.POST, action).with(as()).with(csrf()).params(form).accept(MediaType.TEXT_HTML))
			.andReturn()
			.getResponse();
		this.requests++;
		this.extraFields += added;
		compare(what, answer, before, row(table, id), value);
	}

	private void apiUpdate(String table, long id, String url, String field) throws Exception {
		String what = "PUT " + url;
		String current = this.mvc.perform(get(url).with(basic()).accept(MediaType.APPLICATION_JSON))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String value = "合法修改" + UUID.randomUUID().toString().substring(0, 6);
		Map<String, String> before = row(table, id);
		StringBuilder body = new StringBuilder(current.trim());
		body.setLength(body.length() - 1);
		body.append(",\"").append(field).append("\":\"").append(value).append('"');
		int added = 0;
		for (Map.Entry<String, String> extra : this.extras.entrySet()) {
			String key = extra.getKey();
			if (key.contains(".") || current.contains("\"" + key + "\"") || key.equals(field)) {
				continue;
			}
			body.append(",\"").append(key).append("\":\"").append(extra.getValue()).append('"');
			added++;
		}
		body.append(",\"version\":").append(before.get("version")).append('}');
		MockHttpServletResponse answer = this.mvc
			.perform(request(HttpMethod.PUT, url).with(basic())
				.contentType(MediaType.APPLICATION_JSON)
				.content(body.toString())
				.accept(MediaType.APPLICATION_JSON))
			.andReturn()
			.getResponse();
		this.requests++;
		this.extraFields += added;
		compare(what, answer, before, row(table, id), value);
	}

	private void compare(String what, MockHttpServletResponse answer, Map<String, String> before,
			Map<String, String> after, String legitimate) throws Exception {
		int status = answer.getStatus();
		if (status >= 400 || status == 200 && answer.getContentType() != null
				&& answer.getContentType().startsWith("text/html")) {
			this.failures.add(what + ": the legitimate change was not saved (" + status + ")");
		}
		boolean saved = after.values().stream().anyMatch((v) -> v != null && v.contains(legitimate));
		if (!saved) {
			this.failures.add(what + ": the legitimate field did not change");
		}
		for (Map.Entry<String, String> column : before.entrySet()) {
			String key = column.getKey();
			String now = after.get(key);
			if (key.equals("version") || (now != null && now.contains(legitimate))) {
				continue;
			}
			if (!java.util.Objects.equals(column.getValue(), now)) {
				this.changed++;
				this.failures.add(what + ": column " + key + " changed from " + column.getValue() + " to " + now);
			}
		}
		long versionBefore = Long.parseLong(before.get("version"));
		long versionAfter = Long.parseLong(after.get("version"));
		if (versionAfter != versionBefore + 1 && versionAfter != versionBefore) {
			this.changed++;
			this.failures.add(what + ": version went from " + versionBefore + " to " + versionAfter);
		}
	}

	private void createForm(String table, String nameColumn, String page, String action, Map<String, String> fields,
			String... nameField) throws Exception {
		String what = "form " + action;
		MockHttpServletResponse shown = this.mvc.perform(get(page).with(as()).accept(MediaType.TEXT_HTML))
			.andReturn()
			.getResponse();
		MultiValueMap<String, String> plain = scrape(shown.getContentAsString(), action.replace("?", "\\?"));
		if (plain == null) {
			this.failures.add(what + ": no form posting to it on " + page + " (" + shown.getStatus() + ")");
			return;
		}
		fields.forEach(plain::set);
		String nameParam = (nameField.length > 0) ? nameField[0] : "name";
		String plainName = "批量赋值" + UUID.randomUUID().toString().substring(0, 8);
		plain.set(nameParam, plainName);
		MultiValueMap<String, String> extra = new LinkedMultiValueMap<>(plain);
		// A form is submitted once: the second post is a new form, with a submission id
		// of
		// its own (the same id would be a double submit, refused with 422 for other
		// fields).
		if (extra.containsKey("_submission")) {
			extra.set("_submission", UUID.randomUUID().toString());
		}
		String extraName = "批量赋值" + UUID.randomUUID().toString().substring(0, 8);
		extra.set(nameParam, extraName);
		int added = addExtras(extra);
		if (!extra.containsKey("version")) {
			extra.set("version", "7");
			added++;
		}
		MockHttpServletResponse first = postForm(action, plain);
		if (first.getStatus() != 302) {
			this.failures.add(what + ": the create was not saved (" + first.getStatus() + ")");
			return;
		}
		MockHttpServletResponse second = postForm(action, extra);
		if (second.getStatus() != 302) {
			// Refused as a whole (an owner or team the actor may not name): nothing
			// saved,
			// and the other extra fields are tried again without the guarded ones.
			if (rowNamed(table, nameColumn, extraName) != null) {
				this.changed++;
				this.failures.add(what + ": refused (" + second.getStatus() + ") but saved");
			}
			this.refused++;
			GUARDED.forEach(extra::remove);
			extraName = "批量赋值" + UUID.randomUUID().toString().substring(0, 8);
			extra.set(nameParam, extraName);
			second = postForm(action, extra);
			if (second.getStatus() != 302) {
				this.failures
					.add(what + ": the create with the extra fields was not saved (" + second.getStatus() + ")");
				return;
			}
		}
		this.extraFields += added;
		compareCreated(what, table, nameColumn, plainName, extraName);
	}

	private MockHttpServletResponse postForm(String action, MultiValueMap<String, String> params) throws Exception {
		this.requests++;
		return this.mvc
			.perform(
					request(HttpMethod.POST, action).with(as()).with(csrf()).params(params).accept(MediaType.TEXT_HTML))
			.andReturn()
			.getResponse();
	}

	private MockHttpServletResponse postJson(String url, String body) throws Exception {
		this.requests++;
		return this.mvc
			.perform(request(HttpMethod.POST, url).with(basic())
				.contentType(MediaType.APPLICATION_JSON)
				.content(body)
				.accept(MediaType.APPLICATION_JSON))
			.andReturn()
			.getResponse();
	}

	private void apiCreate(String table, String nameColumn, String url, String template) throws Exception {
		String what = "POST " + url;
		String plainName = "批量赋值" + UUID.randomUUID().toString().substring(0, 8);
		String extraNameFirst = "批量赋值" + UUID.randomUUID().toString().substring(0, 8);
		String plain = template.formatted(plainName);
		String extraName = extraNameFirst;
		int added = 0;
		MockHttpServletResponse first = postJson(url, plain);
		if (first.getStatus() != 201 && first.getStatus() != 200) {
			this.failures
				.add(what + ": the create was refused (" + first.getStatus() + ") " + first.getContentAsString());
			return;
		}
		for (boolean guarded : List.of(true, false)) {
			StringBuilder extra = new StringBuilder(template.formatted(extraName));
			extra.setLength(extra.length() - 1);
			added = 0;
			for (Map.Entry<String, String> field : this.extras.entrySet()) {
				if (field.getKey().contains(".") || plain.contains("\"" + field.getKey() + "\"")
						|| (!guarded && GUARDED.contains(field.getKey()))) {
					continue;
				}
				extra.append(",\"").append(field.getKey()).append("\":\"").append(field.getValue()).append('"');
				added++;
			}
			extra.append(",\"version\":7}");
			added++;
			MockHttpServletResponse second = postJson(url, extra.toString());
			if (second.getStatus() == 201 || second.getStatus() == 200) {
				break;
			}
			if (!guarded || second.getStatus() < 400 || second.getStatus() >= 500
					|| rowNamed(table, nameColumn, extraName) != null) {
				this.failures.add(what + ": the create with the extra fields was refused (" + second.getStatus() + ") "
						+ second.getContentAsString());
				return;
			}
			// Refused as a whole (an owner or team the actor may not name), nothing
			// saved:
			// the other extra fields again without the guarded ones.
			this.refused++;
			extraName = "批量赋值" + UUID.randomUUID().toString().substring(0, 8);
		}
		this.extraFields += added;
		compareCreated(what, table, nameColumn, plainName, extraName);
	}

	private void compareCreated(String what, String table, String nameColumn, String plainName, String extraName) {
		Map<String, String> plain = rowNamed(table, nameColumn, plainName);
		Map<String, String> extra = rowNamed(table, nameColumn, extraName);
		if (plain == null || extra == null) {
			this.failures.add(what + ": the created records are not found by name");
			return;
		}
		for (Map.Entry<String, String> column : plain.entrySet()) {
			if (VOLATILE.matcher(column.getKey()).matches()) {
				continue;
			}
			if (!java.util.Objects.equals(column.getValue(), extra.get(column.getKey()))) {
				this.changed++;
				this.failures.add(what + ": column " + column.getKey() + " is " + extra.get(column.getKey())
						+ " with the extra fields, " + column.getValue() + " without");
			}
		}
	}

	private int addExtras(MultiValueMap<String, String> form) {
		int added = 0;
		for (Map.Entry<String, String> extra : this.extras.entrySet()) {
			if (!form.containsKey(extra.getKey())) {
				form.set(extra.getKey(), extra.getValue());
				added++;
			}
		}
		return added;
	}

	private Map<String, String> row(String table, long id) {
		return columns("select key, value::text as value from " + table + " t, jsonb_each(to_jsonb(t)) where t.id = ?",
				id);
	}

	private Map<String, String> rowNamed(String table, String column, String name) {
		Map<String, String> row = columns("select key, value::text as value from " + table
				+ " t, jsonb_each(to_jsonb(t)) where t." + column + " = ?", name);
		return row.isEmpty() ? null : row;
	}

	private Map<String, String> columns(String sql, Object argument) {
		Map<String, String> row = new LinkedHashMap<>();
		this.jdbc.query(sql, (rs) -> {
			row.put(rs.getString("key"), rs.getString("value"));
		}, argument);
		return row;
	}

	/**
	 * What the browser would post with the form whose action is {@code action}: its
	 * inputs, checked boxes, selected options and text areas; null when the page has no
	 * such form.
	 */
	static MultiValueMap<String, String> scrape(String html, String action) {
		Matcher forms = FORM.matcher(html);
		while (forms.find()) {
			String tag = forms.group().substring(0, forms.group().indexOf('>'));
			String formAction = attribute(tag, "action");
			if (formAction == null || !formAction.replace("&amp;", "&").matches(action)) {
				continue;
			}
			String body = forms.group(1);
			MultiValueMap<String, String> fields = new LinkedMultiValueMap<>();
			Matcher inputs = INPUT.matcher(body);
			while (inputs.find()) {
				String input = inputs.group();
				String name = attribute(input, "name");
				String type = attribute(input, "type");
				if (name == null || "submit".equals(type) || "button".equals(type) || "file".equals(type)) {
					continue;
				}
				if (("checkbox".equals(type) || "radio".equals(type)) && !input.matches("(?s).*\\schecked\\b.*")) {
					continue;
				}
				String value = attribute(input, "value");
				fields.add(name, (value != null) ? value : ("checkbox".equals(type) ? "on" : ""));
			}
			Matcher areas = TEXTAREA.matcher(body);
			while (areas.find()) {
				String name = attribute(areas.group(1), "name");
				if (name != null) {
					fields.add(name, unescape(areas.group(2)));
				}
			}
			Matcher selects = SELECT.matcher(body);
			while (selects.find()) {
				String name = attribute(selects.group(1), "name");
				Matcher options = OPTION.matcher(selects.group(2));
				while (name != null && options.find()) {
					if (options.group(1).matches("(?s).*\\sselected\\b.*")) {
						String value = attribute(options.group(1), "value");
						fields.add(name, (value != null) ? value : "");
					}
				}
			}
			return fields;
		}
		return null;
	}

	private static String attribute(String tag, String name) {
		Matcher matcher = Pattern.compile("\\s" + name + "=\"([^\"]*)\"").matcher(tag);
		return matcher.find() ? unescape(matcher.group(1)) : null;
	}

	private static String unescape(String text) {
		return HtmlUtils.htmlUnescape(text);
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor as() {
		return user(this.users.loadUserByUsername(ACTOR));
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor basic() {
		return httpBasic(ACTOR, "demo1234");
	}

}
