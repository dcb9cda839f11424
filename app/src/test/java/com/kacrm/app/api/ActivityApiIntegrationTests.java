package com.kacrm.app.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import com.kacrm.app.test.AccountWithOpportunity;
import com.kacrm.app.test.CrmIntegrationTest;
import com.kacrm.domain.activity.ActivityType;
import com.kacrm.domain.contact.ContactDetails;
import com.kacrm.domain.contact.ContactLevel;
import com.kacrm.domain.playbook.Milestone;
import com.kacrm.domain.shared.Actor;
import com.kacrm.persistence.account.AccountService;
import com.kacrm.persistence.account.NewAccount;
import com.kacrm.persistence.activity.ActivityService;
import com.kacrm.persistence.activity.NewActivity;
import com.kacrm.persistence.contact.ContactService;
import com.kacrm.persistence.contact.NewContact;
import com.kacrm.persistence.lead.ConversionResult;
import com.kacrm.persistence.lead.LeadConversionService;
import com.kacrm.persistence.lead.LeadService;
import com.kacrm.persistence.lead.LeadSheetService;
import com.kacrm.persistence.opportunity.MilestoneService;
import com.kacrm.persistence.shared.Viewer;
import com.kacrm.web.shared.CurrentUser;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The activity API over HTTP Basic, on a south-team account (rep.zhang's, with a deal and
 * a contact) made for each test: logging and planning (201 at the new address), the phone
 * invitation whose appointment plans the visit, the list limited to what the caller sees
 * and its filters, changes with the version read (422 without, 409 when stale),
 * completing a planned visit ticking the deal's checklist, cancelling, the fields named
 * on 422, and owner and team never taken from the body.
 */
@CrmIntegrationTest
class ActivityApiIntegrationTests {

	private static final String BASE = "/api/v1/activities";

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountService accounts;

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

	@Autowired
	MilestoneService milestones;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	long accountId;

	long dealId;

	long contactId;

	@BeforeEach
	void createAccount() {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		ConversionResult created = new AccountWithOpportunity(this.leads, this.sheet, this.conversions)
			.create(viewer("rep.zhang"), "SZ", "深圳活动接口测试" + suffix, "活动接口商机" + suffix);
		this.accountId = created.accountId();
		this.dealId = created.opportunityId();
		this.contactId = this.contacts.add(this.accountId,
				new NewContact(
						new ContactDetails("钱工", "设备部经理", "设备部", null, null, ContactLevel.IMPLEMENTATION, null, null),
						2, null),
				viewer("rep.zhang"));
	}

	@Test
	void aDoneVisitIsLoggedAndReadBackAndTheCallersTeamMateSeesIt() throws Exception {
		String location = create("rep.zhang", """
				{"accountId":%d,"opportunityId":%d,"type":"SALES_VISIT","occurredAt":"%s","durationMinutes":90,
				 "place":"客户工厂","purposes":["RAPPORT","INFORMATION"],"summary":"设备部介绍改造计划",
				 "commitments":"下周发方案","nextStep":"发送方案","nextStepDate":"%s","contactIds":[%d]}"""
			.formatted(this.accountId, this.dealId, hoursAgo(3), LocalDate.now().plusDays(7), this.contactId));
		this.mvc.perform(get(location).with(basic("rep.li")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DONE"))
			.andExpect(jsonPath("$.type").value("SALES_VISIT"))
			.andExpect(jsonPath("$.accountId").value(this.accountId))
			.andExpect(jsonPath("$.opportunityId").value(this.dealId))
			.andExpect(jsonPath("$.durationMinutes").value(90))
			.andExpect(jsonPath("$.purposes", containsInAnyOrder("RAPPORT", "INFORMATION")))
			.andExpect(jsonPath("$.summary").value("设备部介绍改造计划"))
			.andExpect(jsonPath("$.nextStep").value("发送方案"))
			.andExpect(jsonPath("$.nextStepDone").value(false))
			.andExpect(jsonPath("$.ownerName").value("张伟"))
			.andExpect(jsonPath("$.contacts[0].name").value("钱工"))
			.andExpect(jsonPath("$.plannedVisitId").doesNotExist());
	}

	@Test
	void thePhoneInvitationWithItsStepsAndAppointmentPlansTheVisitWhichCompletedTicksTheChecklist() throws Exception {
		this.milestones.move(this.dealId, null, Milestone.CALL_AND_VISIT, "测试：直接进入里程碑二", true, viewer("admin"));
		String visitAt = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(3) + "T10:00:00+08:00";
		MvcResult call = this.mvc
			.perform(post(BASE).with(basic("rep.zhang"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"accountId":%d,"opportunityId":%d,"type":"PHONE_INVITATION","occurredAt":"%s",
						 "summary":"电话邀约钱工，约定上门拜访",
						 "steps":{"introduction":true,"benefit":true,"appointment":true},
						 "appointment":{"at":"%s","place":"客户设备部","contactId":%d,"objective":"了解改造需求"},
						 "contactIds":[%d]}""".formatted(this.accountId, this.dealId, hoursAgo(1), visitAt,
						this.contactId, this.contactId)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.steps.introduction").value(true))
			.andExpect(jsonPath("$.steps.appointment").value(true))
			.andExpect(jsonPath("$.plannedVisitId").isNumber())
			.andExpect(jsonPath("$.plannedVisitAt").value(OffsetDateTime.parse(visitAt).toInstant().toString()))
			.andReturn();
		long callId = id(call);
		long visitId = ((Number) JsonPath.read(call.getResponse().getContentAsString(), "$.plannedVisitId"))
			.longValue();
		MvcResult visit = this.mvc.perform(get(BASE + "/" + visitId).with(basic("rep.zhang")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("PLANNED"))
			.andExpect(jsonPath("$.type").value("SALES_VISIT"))
			.andExpect(jsonPath("$.sourceActivityId").value(callId))
			.andExpect(jsonPath("$.place").value("客户设备部"))
			.andExpect(jsonPath("$.objective").value("了解改造需求"))
			.andReturn();
		int version = JsonPath.read(visit.getResponse().getContentAsString(), "$.version");
		String deal = "/api/v1/opportunities/" + this.dealId;
		this.mvc.perform(get(deal).with(basic("rep.zhang")))
			.andExpect(jsonPath("$.checklist.items[?(@.rule == 'PHONE_INTRODUCTION_DONE')].done", contains(true)))
			.andExpect(jsonPath("$.checklist.items[?(@.rule == 'PHONE_BENEFIT_DONE')].done", contains(true)))
			.andExpect(jsonPath("$.checklist.items[?(@.rule == 'PHONE_APPOINTMENT_MADE')].done", contains(true)))
			.andExpect(jsonPath("$.checklist.items[?(@.rule == 'VISIT_LOGGED')].done", contains(false)));

		this.mvc
			.perform(post(BASE + "/" + visitId + "/complete").with(basic("rep.zhang"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\":" + version + ",\"summary\":\"拜访设备部，确认两条线的改造需求\",\"nextStep\":\"技术交流\","
						+ "\"nextStepDate\":\"" + LocalDate.now().plusDays(10) + "\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DONE"))
			.andExpect(jsonPath("$.summary").value("拜访设备部，确认两条线的改造需求"))
			.andExpect(jsonPath("$.nextStep").value("技术交流"));
		this.mvc.perform(get(deal).with(basic("rep.zhang")))
			.andExpect(jsonPath("$.checklist.items[?(@.rule == 'VISIT_LOGGED')].done", contains(true)));
		this.mvc
			.perform(post(BASE + "/" + visitId + "/complete").with(basic("rep.zhang"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"summary\":\"又一次\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[0].code").value("activity.error.notPlanned"));
	}

	@Test
	void theListShowsOnlyWhatTheCallerSeesAndItsFiltersNarrowIt() throws Exception {
		long done = id(createResult("rep.zhang", """
				{"accountId":%d,"type":"SALES_VISIT","occurredAt":"%s","summary":"拜访"}""".formatted(this.accountId,
				hoursAgo(50))));
		long planned = id(createResult("rep.li", """
				{"accountId":%d,"opportunityId":%d,"status":"PLANNED","type":"EXECUTIVE_VISIT","occurredAt":"%s",
				 "objective":"拜访总经理","rolesToMeet":["DECISION_MAKER"]}""".formatted(this.accountId, this.dealId,
				Instant.now().plus(2, ChronoUnit.DAYS))));
		long eastAccount = this.accounts
			.create(new NewAccount("上海活动接口测试" + UUID.randomUUID().toString().substring(0, 8), "SH", "rep.wang",
					"AUTO_PARTS", null, null, null), Actor.system("test"));
		long east = this.activities.log(new NewActivity(eastAccount, null, ActivityType.SALES_VISIT,
				Instant.now().minus(1, ChronoUnit.HOURS), "东区拜访", List.of()), viewer("rep.wang"));

		this.mvc.perform(get(BASE).with(basic("rep.zhang")).param("accountId", String.valueOf(this.accountId)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[*].id", contains((int) planned, (int) done)))
			.andExpect(jsonPath("$.page.totalElements").value(2));
		this.mvc.perform(get(BASE).with(basic("rep.zhang")).param("size", "500"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page.size").value(100))
			.andExpect(jsonPath("$.content[*].id", not(hasItem((int) east))));
		this.mvc.perform(get(BASE).with(basic("rep.zhang")).param("accountId", String.valueOf(eastAccount)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page.totalElements").value(0));
		this.mvc.perform(get(BASE + "/" + east).with(basic("rep.zhang"))).andExpect(status().isNotFound());
		this.mvc.perform(get(BASE + "/" + east).with(basic("manager.east"))).andExpect(status().isOk());

		this.mvc
			.perform(get(BASE).with(basic("rep.zhang"))
				.param("accountId", String.valueOf(this.accountId))
				.param("status", "PLANNED"))
			.andExpect(jsonPath("$.content[*].id", contains((int) planned)));
		this.mvc
			.perform(get(BASE).with(basic("rep.zhang"))
				.param("opportunityId", String.valueOf(this.dealId))
				.param("type", "EXECUTIVE_VISIT"))
			.andExpect(jsonPath("$.content[*].id", contains((int) planned)));
		this.mvc
			.perform(get(BASE).with(basic("manager.south"))
				.param("accountId", String.valueOf(this.accountId))
				.param("ownerId", String.valueOf(viewer("rep.zhang").userId())))
			.andExpect(jsonPath("$.content[*].id", contains((int) done)))
			.andExpect(jsonPath("$.content[*].ownerName", everyItem(is("张伟"))));
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		this.mvc
			.perform(get(BASE).with(basic("rep.zhang"))
				.param("accountId", String.valueOf(this.accountId))
				.param("from", today.plusDays(1).toString()))
			.andExpect(jsonPath("$.content[*].id", contains((int) planned)));
		this.mvc
			.perform(get(BASE).with(basic("rep.zhang"))
				.param("accountId", String.valueOf(this.accountId))
				.param("sort", "occurredAt,asc"))
			.andExpect(jsonPath("$.content[*].id", contains((int) done, (int) planned)));
		this.mvc.perform(get(BASE).with(basic("rep.zhang")).param("sort", "summary"))
			.andExpect(status().isBadRequest());
		this.mvc
			.perform(get(BASE).with(basic("rep.zhang"))
				.param("from", today.toString())
				.param("to", today.minusDays(1).toString()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[0].field").value("to"));
	}

	@Test
	void aChangeNeedsTheVersionReadAndAStaleOneIsAConflict() throws Exception {
		String location = create("rep.zhang", """
				{"accountId":%d,"type":"SALES_VISIT","occurredAt":"%s","summary":"拜访"}""".formatted(this.accountId,
				hoursAgo(5)));
		String edit = """
				{"type":"PROJECT_EXCHANGE","occurredAt":"%s","summary":"项目交流，确认预算","version":%s}""";
		this.mvc
			.perform(put(location).with(basic("rep.li"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(edit.formatted(hoursAgo(6), "null")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[0].field").value("version"));
		this.mvc
			.perform(put(location).with(basic("rep.li"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(edit.formatted(hoursAgo(6), "0")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.type").value("PROJECT_EXCHANGE"))
			.andExpect(jsonPath("$.summary").value("项目交流，确认预算"))
			.andExpect(jsonPath("$.version").value(1));
		this.mvc
			.perform(put(location).with(basic("rep.zhang"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(edit.formatted(hoursAgo(7), "0")))
			.andExpect(status().isConflict());
		this.mvc
			.perform(put(location).with(basic("rep.wang"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(edit.formatted(hoursAgo(7), "1")))
			.andExpect(status().isNotFound());
	}

	@Test
	void brokenRulesAreUnprocessableNamingTheFieldsAndNothingIsSaved() throws Exception {
		long before = count();
		this.mvc
			.perform(post(BASE).with(basic("rep.zhang"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"accountId":%d,"occurredAt":"%s","summary":" ","nextStepDate":"2027-01-31"}"""
					.formatted(this.accountId, hoursAgo(1))))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[*].field", containsInAnyOrder("type", "summary", "nextStep")));
		this.mvc
			.perform(post(BASE).with(basic("rep.zhang"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"accountId":%d,"type":"SALES_VISIT","occurredAt":"%s","summary":"在未来"}"""
					.formatted(this.accountId, Instant.now().plus(1, ChronoUnit.DAYS))))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[*].field", contains("occurredAt")));
		this.mvc.perform(post(BASE).with(basic("rep.zhang")).contentType(MediaType.APPLICATION_JSON).content("""
				{"accountId":%d,"status":"MAYBE","type":"SALES_VISIT","summary":"x"}""".formatted(this.accountId)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[*].field", contains("status")));
		this.mvc.perform(post(BASE).with(basic("rep.zhang")).contentType(MediaType.APPLICATION_JSON).content("""
				{"type":"SALES_VISIT","summary":"x"}"""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[*].field", contains("accountId")));
		this.mvc
			.perform(post(BASE).with(basic("rep.zhang"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"accountId":%d,"type":"PHONE_INVITATION","occurredAt":"%s","summary":"约了",
						 "steps":{"introduction":true,"benefit":true,"appointment":true},"appointment":{"place":" "}}"""
					.formatted(this.accountId, hoursAgo(1))))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[*].field",
					containsInAnyOrder("appointment.at", "appointment.place", "appointment.contactId")));
		this.mvc
			.perform(post(BASE).with(basic("rep.wang"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"accountId":%d,"type":"SALES_VISIT","occurredAt":"%s","summary":"越界"}"""
					.formatted(this.accountId, hoursAgo(1))))
			.andExpect(status().isNotFound());
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void ownerTeamAndStatusSentAlongChangeNothing() throws Exception {
		Viewer li = viewer("rep.li");
		String location = create("rep.zhang", """
				{"accountId":%d,"type":"SALES_VISIT","occurredAt":"%s","summary":"拜访",
				 "ownerId":%d,"owner":"rep.li","teamId":999999,"completedAt":"2020-01-01T00:00:00Z",
				 "cancelReason":"无","sourceActivityId":1,"createdByName":"someone"}""".formatted(this.accountId,
				hoursAgo(2), li.userId()));
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		this.mvc.perform(get(location).with(basic("rep.zhang")))
			.andExpect(jsonPath("$.ownerId").value(viewer("rep.zhang").userId()))
			.andExpect(jsonPath("$.ownerName").value("张伟"))
			.andExpect(jsonPath("$.cancelReason").doesNotExist())
			.andExpect(jsonPath("$.sourceActivityId").doesNotExist());
		assertThat(this.jdbc.queryForObject(
				"select team_id = (select team_id from account where id = ?) from activity" + " where id = ?",
				Boolean.class, this.accountId, id))
			.isTrue();
		assertThat(this.jdbc.queryForObject(
				"select completed_at > now() - interval '1 hour' from activity where id = ?", Boolean.class, id))
			.isTrue();
		this.mvc.perform(put(location).with(basic("rep.zhang")).contentType(MediaType.APPLICATION_JSON).content("""
				{"type":"SALES_VISIT","occurredAt":"%s","summary":"拜访","status":"CANCELLED","ownerId":%d,
				 "version":0}""".formatted(hoursAgo(2), li.userId())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DONE"))
			.andExpect(jsonPath("$.ownerName").value("张伟"));
	}

	@Test
	void aPlanIsCancelledWithTheVersionReadAndAReason() throws Exception {
		String location = create("rep.zhang", """
				{"accountId":%d,"status":"PLANNED","type":"SALES_VISIT","occurredAt":"%s","objective":"拜访"}"""
			.formatted(this.accountId, Instant.now().plus(1, ChronoUnit.DAYS)));
		this.mvc
			.perform(post(location + "/cancel").with(basic("rep.zhang"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"reason\":\"客户出差\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[0].field").value("version"));
		this.mvc
			.perform(post(location + "/cancel").with(basic("rep.zhang"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\":0,\"reason\":\" \"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[0].field").value("reason"));
		this.mvc
			.perform(post(location + "/cancel").with(basic("rep.zhang"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\":0,\"reason\":\"客户出差\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CANCELLED"))
			.andExpect(jsonPath("$.cancelReason").value("客户出差"));
	}

	private String create(String username, String body) throws Exception {
		return createResult(username, body).getResponse().getHeader("Location");
	}

	private MvcResult createResult(String username, String body) throws Exception {
		MvcResult result = this.mvc
			.perform(post(BASE).with(basic(username)).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", matchesPattern(BASE + "/\\d+")))
			.andExpect(jsonPath("$.version").value(0))
			.andReturn();
		assertThat(result.getResponse().getHeader("Location")).endsWith("/" + id(result));
		return result;
	}

	private long count() {
		return this.jdbc.queryForObject("select count(*) from activity where account_id = ?", Long.class,
				this.accountId);
	}

	private static long id(MvcResult result) throws Exception {
		return ((Number) JsonPath.read(result.getResponse().getContentAsString(), "$.id")).longValue();
	}

	private static String hoursAgo(int hours) {
		return Instant.now().minus(hours, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString();
	}

	private Viewer viewer(String username) {
		return ((CurrentUser) this.users.loadUserByUsername(username)).viewer();
	}

	private static RequestPostProcessor basic(String username) {
		return httpBasic(username, "demo1234");
	}

}
