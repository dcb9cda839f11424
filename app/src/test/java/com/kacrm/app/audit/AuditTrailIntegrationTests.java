package com.kacrm.app.audit;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import com.jayway.jsonpath.JsonPath;
import com.kacrm.app.approval.ApprovalDeals;
import com.kacrm.app.test.AccountWithOpportunity;
import com.kacrm.app.test.CrmIntegrationTest;
import com.kacrm.persistence.lead.LeadConversionService;
import com.kacrm.persistence.lead.LeadService;
import com.kacrm.persistence.lead.LeadSheetService;
import com.kacrm.persistence.lead.NewLead;
import com.kacrm.persistence.shared.Viewer;
import com.kacrm.web.shared.CurrentUser;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataAccessException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The audit trail end to end: what users do through the screens and the API lands in
 * {@code audit_event} with the right actor, action and old → new values; the
 * application's own database connection cannot change or remove an entry; admins (and
 * only admins) search it.
 */
@CrmIntegrationTest
class AuditTrailIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	UserDetailsService users;

	@Autowired
	LeadService leads;

	@Autowired
	LeadSheetService sheet;

	@Autowired
	LeadConversionService conversions;

	@Autowired
	ApplicationContext context;

	@Test
	void changesThroughTheApiAreRecordedWithTheActorAndOldAndNewValues() throws Exception {
		long accountId = new AccountWithOpportunity(this.leads, this.sheet, this.conversions)
			.create(viewer("rep.zhang"), "SZ", "审计客户" + unique(), "首个商机")
			.accountId();
		long since = lastId();
		MvcResult created = this.mvc
			.perform(post("/api/v1/opportunities").with(basic("rep.zhang"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"accountId":%d,"name":"审计商机","solution":"钎焊炉","estimatedAmount":120,
						 "expectedSigningDate":"2027-06-30"}""".formatted(accountId)))
			.andExpect(status().isCreated())
			.andReturn();
		long dealId = ((Number) JsonPath.read(created.getResponse().getContentAsString(), "$.id")).longValue();
		this.mvc
			.perform(put("/api/v1/opportunities/" + dealId).with(basic("rep.zhang"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"审计商机二期\",\"estimatedAmount\":150,\"version\":0}"))
			.andExpect(status().isOk());
		this.mvc
			.perform(post("/api/v1/opportunities/" + dealId + "/milestone").with(basic("manager.south"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"target\":\"CALL_AND_VISIT\",\"reason\":\"审计测试\",\"override\":true}"))
			.andExpect(status().isOk());

		Map<String, Object> create = single(since, "CREATE", "opportunity", dealId, null);
		assertThat(create.get("actor_id")).isEqualTo(userId("rep.zhang"));
		assertThat((String) create.get("actor_name")).contains("(rep.zhang)");
		assertThat((String) create.get("new_value")).contains("审计商机");
		Map<String, Object> rename = single(since, "UPDATE", "opportunity", dealId, "name");
		assertThat(rename).containsEntry("old_value", "审计商机").containsEntry("new_value", "审计商机二期");
		assertThat(single(since, "UPDATE", "opportunity", dealId, "estimated_amount").get("new_value").toString())
			.startsWith("150");
		Map<String, Object> move = single(since, "MILESTONE_MOVE", "opportunity", dealId, "milestone");
		assertThat(move.get("actor_id")).isEqualTo(userId("manager.south"));
		assertThat(move.get("old_value")).isNotEqualTo(move.get("new_value"));
		assertThat(events(since, "CREATE", "milestone_move", null)).isNotEmpty();
		assertThat(events(since, "UPDATE", "opportunity", "version")).as("the lock version is not a change").isEmpty();
	}

	@Test
	void anApprovalDecisionIsRecordedAsSuch() throws Exception {
		ApprovalDeals deals = new ApprovalDeals(this.context);
		long requestId = deals.submitted(deals.readyForApproval("审计立项"), "审计立项项目");
		long since = lastId();
		this.mvc
			.perform(post("/api/v1/approvals/" + requestId + "/approve").with(basic("manager.south"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"comment\":\"同意\"}"))
			.andExpect(status().isOk());
		Map<String, Object> decision = single(since, "APPROVAL_DECISION", "approval_request", requestId, "status");
		assertThat(decision).containsEntry("old_value", "SUBMITTED").containsEntry("new_value", "APPROVED");
		assertThat(decision.get("actor_id")).isEqualTo(userId("manager.south"));
		assertThat(events(since, "CREATE", "approval_transition", null)).hasSize(1);
	}

	@Test
	void poolReturnsAndClaimsAreRecordedAsSuch() throws Exception {
		Viewer zhang = viewer("rep.zhang");
		long leadId = this.leads
			.register(new NewLead("审计公海" + unique(), "SZ", "AUTO_PARTS", 10, new BigDecimal("500"), null, null,
					"INTERNET_SEARCH", null, null, null, null), zhang, true)
			.id();
		long since = lastId();
		this.mvc
			.perform(post("/leads/" + leadId + "/release").with(user(signedIn("rep.zhang")))
				.with(csrf())
				.param("version", String.valueOf(this.sheet.show(leadId, zhang).version()))
				.param("reason", "客户暂无需求"))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/leads/" + leadId + "/claim").with(user(signedIn("rep.li")))
				.with(csrf())
				.param("version", String.valueOf(this.sheet.show(leadId, viewer("rep.li")).version())))
			.andExpect(status().is3xxRedirection());
		assertThat(single(since, "POOL_RETURN", "lead", leadId, "owner_id").get("actor_id"))
			.isEqualTo(userId("rep.zhang"));
		Map<String, Object> claim = single(since, "POOL_CLAIM", "lead", leadId, "owner_id");
		assertThat(claim.get("actor_id")).isEqualTo(userId("rep.li"));
		assertThat(claim.get("new_value")).isEqualTo(String.valueOf(userId("rep.li")));
	}

	@Test
	void aTierChangeAndADeleteAreRecordedWhoeverMakesThem() {
		Map<String, Object> account = this.jdbc
			.sql("select id, tier from account where tier is not null order by id limit 1")
			.query()
			.singleRow();
		long accountId = ((Number) account.get("id")).longValue();
		String tier = (String) account.get("tier");
		String other = "D".equals(tier) ? "C" : "D";
		long since = lastId();
		// A hand-made change outside the application is recorded too, as the system's.
		this.jdbc.sql("update account set tier = :tier where id = :id")
			.param("tier", other)
			.param("id", accountId)
			.update();
		this.jdbc.sql("update account set tier = :tier where id = :id")
			.param("tier", tier)
			.param("id", accountId)
			.update();
		long noteId = this.jdbc
			.sql("insert into industry_note (industry_id, title, content, created_at, created_by_name) "
					+ "select id, '审计删除', '内容', now(), 'test' from industry order by id limit 1 returning id")
			.query(Long.class)
			.single();
		this.jdbc.sql("delete from industry_note where id = :id").param("id", noteId).update();

		List<Map<String, Object>> tierChanges = events(since, "TIER_CHANGE", "account", "tier");
		assertThat(tierChanges).extracting((row) -> row.get("new_value")).containsExactly(other, tier);
		assertThat(tierChanges).extracting((row) -> row.get("actor_name")).containsOnly("system");
		Map<String, Object> deleted = single(since, "DELETE", "industry_note", noteId, null);
		assertThat((String) deleted.get("old_value")).contains("审计删除");
	}

	@Test
	void loginsFailedLoginsLogoutsAndExportsAreRecorded() throws Exception {
		long since = lastId();
		this.mvc.perform(formLogin("/login").user("rep.wang").password("wrong-password"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(formLogin("/login").user("nobody.here").password("whatever"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(formLogin("/login").user("rep.wang").password("demo1234"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(post("/logout").with(user(signedIn("rep.wang"))).with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/leads/export.xlsx?status=NEW").with(user(signedIn("rep.wang"))))
			.andExpect(status().isOk());

		List<Map<String, Object>> failed = events(since, "LOGIN_FAILED", "session", null);
		assertThat(failed).extracting((row) -> row.get("actor_name")).containsExactly("rep.wang", "nobody.here");
		assertThat(failed).allSatisfy((row) -> assertThat(row.get("actor_id")).isNull());
		Map<String, Object> login = events(since, "LOGIN", "session", null).get(0);
		assertThat(login.get("actor_id")).isEqualTo(userId("rep.wang"));
		assertThat(events(since, "LOGOUT", "session", null)).hasSize(1);
		Map<String, Object> export = events(since, "EXPORT", "export", null).get(0);
		assertThat(export.get("actor_id")).isEqualTo(userId("rep.wang"));
		assertThat(export.get("detail")).isEqualTo("/leads/export.xlsx?status=NEW");
		assertThat(this.jdbc
			.sql("select count(*) from audit_event where id > :since and field = 'password_hash' "
					+ "and (old_value <> '***' or new_value <> '***')")
			.param("since", since)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void theApplicationsOwnConnectionCannotChangeOrRemoveAnEntry() {
		long newest = lastId();
		long count = count();
		int refused = 0;
		for (String tamper : List.of("update audit_event set actor_name = 'someone else' where id = " + newest,
				"delete from audit_event where id = " + newest, "truncate audit_event")) {
			assertThatThrownBy(() -> this.jdbc.sql(tamper).update()).as(tamper)
				.isInstanceOf(DataAccessException.class)
				.hasStackTraceContaining("append-only");
			refused++;
		}
		assertThat(count()).isEqualTo(count);
		assertThat(this.jdbc.sql("select actor_name from audit_event where id = :id")
			.param("id", newest)
			.query(String.class)
			.single()).isNotEqualTo("someone else");
		System.out.printf("[security-figures] audit: tamper-attempts=%d, refused=%d, rows-changed=0%n", 3, refused);
	}

	@Test
	void adminsSearchTheTrailAndNobodyElseSeesIt() throws Exception {
		this.mvc.perform(get("/leads/export.xlsx?q=audit-search").with(user(signedIn("rep.li"))))
			.andExpect(status().isOk());
		this.mvc.perform(
				get("/admin/audit").param("actor", "rep.li").param("action", "EXPORT").with(user(signedIn("admin"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/leads/export.xlsx?q=audit-search")))
			.andExpect(content().string(containsString("李")));
		this.mvc
			.perform(get("/admin/audit").param("actor", "rep.li")
				.param("action", "EXPORT")
				.param("lang", "en")
				.with(user(signedIn("admin"))))
			.andExpect(content().string(containsString("Export")));
		this.mvc.perform(get("/admin/audit").param("actor", "nobody-at-all-" + unique()).with(user(signedIn("admin"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"audit-empty\"")));
		this.mvc.perform(get("/admin/audit").param("subjectId", "-4").with(user(signedIn("admin"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请输入正整数")))
			.andExpect(content().string(not(containsString("id=\"audit-rows\""))));
		this.mvc.perform(get("/admin/audit").with(user(signedIn("admin"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"audit-older\"")));
		this.mvc.perform(get("/admin/audit").with(user(signedIn("manager.south")))).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/audit").with(user(signedIn("rep.zhang")))).andExpect(status().isForbidden());
	}

	private List<Map<String, Object>> events(long since, String action, String subjectType, String field) {
		return this.jdbc
			.sql("select * from audit_event where id > :since and action = :action and subject_type = :type "
					+ "and (cast(:field as text) is null or field = :field) order by id")
			.param("since", since)
			.param("action", action)
			.param("type", subjectType)
			.param("field", field)
			.query()
			.listOfRows();
	}

	private Map<String, Object> single(long since, String action, String subjectType, long subjectId, String field) {
		List<Map<String, Object>> rows = events(since, action, subjectType, field).stream()
			.filter((row) -> Long.valueOf(subjectId).equals(row.get("subject_id")))
			.toList();
		assertThat(rows).as("%s %s #%d %s", action, subjectType, subjectId, field).hasSize(1);
		return rows.get(0);
	}

	private long lastId() {
		return this.jdbc.sql("select coalesce(max(id), 0) from audit_event").query(Long.class).single();
	}

	private long count() {
		return this.jdbc.sql("select count(*) from audit_event").query(Long.class).single();
	}

	private Long userId(String username) {
		return signedIn(username).getId();
	}

	private CurrentUser signedIn(String username) {
		return (CurrentUser) this.users.loadUserByUsername(username);
	}

	private Viewer viewer(String username) {
		return signedIn(username).viewer();
	}

	private static RequestPostProcessor basic(String username) {
		return httpBasic(username, "demo1234");
	}

	private static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

}
