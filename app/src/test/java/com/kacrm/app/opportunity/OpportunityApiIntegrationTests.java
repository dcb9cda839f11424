package com.kacrm.app.opportunity;

import java.util.UUID;

import com.kacrm.app.test.AccountWithOpportunity;
import com.kacrm.app.test.CrmIntegrationTest;
import com.kacrm.domain.shared.Actor;
import com.kacrm.persistence.account.AccountService;
import com.kacrm.persistence.account.NewAccount;
import com.kacrm.persistence.lead.LeadConversionService;
import com.kacrm.persistence.lead.LeadService;
import com.kacrm.persistence.lead.LeadSheetService;
import com.kacrm.persistence.shared.Viewer;
import com.kacrm.web.shared.CurrentUser;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The opportunity API on a south-team account converted from a lead for each test:
 * opening a deal (201 at PLANNING; 404 on another team's account; 422 naming the fields),
 * reading it with its checklist, replacing its fields with the version read (409 when
 * stale; status, milestone, owner and probability sent along change nothing), the gated
 * move (409 listing the unmet items, 403 for a rep's override, 200 for the manager's
 * override with a reason, 422 for an unknown milestone or a move back without a reason),
 * the history of moves, and 404 everywhere for a rep of the other team.
 */
@CrmIntegrationTest
class OpportunityApiIntegrationTests {

	private static final String BASE = "/api/v1/opportunities";

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
	UserDetailsService users;

	long accountId;

	@BeforeEach
	void createAccount() {
		this.accountId = new AccountWithOpportunity(this.leads, this.sheet, this.conversions)
			.create(viewer("rep.zhang"), "SZ", "深圳商机接口测试" + UUID.randomUUID().toString().substring(0, 8), "首个商机")
			.accountId();
	}

	@Test
	void aDealIsOpenedAtPlanningAndReadWithItsChecklist() throws Exception {
		String location = open("新厂钎焊线");
		this.mvc.perform(get(location).with(basic("manager.south")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("新厂钎焊线"))
			.andExpect(jsonPath("$.accountId").value(this.accountId))
			.andExpect(jsonPath("$.solution").value("连续式铝钎焊炉两台"))
			.andExpect(jsonPath("$.estimatedAmount").value(860))
			.andExpect(jsonPath("$.expectedSigningDate").value("2027-03-31"))
			.andExpect(jsonPath("$.milestone").value("PLANNING"))
			.andExpect(jsonPath("$.milestoneNumber").value(1))
			.andExpect(jsonPath("$.status").value("OPEN"))
			.andExpect(jsonPath("$.probability").value(5))
			.andExpect(jsonPath("$.weightedAmount").value(43))
			.andExpect(jsonPath("$.daysInMilestone.PLANNING").value(0))
			.andExpect(jsonPath("$.ownerName").value("张伟"))
			.andExpect(jsonPath("$.mayManage").value(true))
			.andExpect(jsonPath("$.checklist.milestone").value("PLANNING"))
			.andExpect(jsonPath("$.checklist.next").value("CALL_AND_VISIT"))
			.andExpect(jsonPath("$.checklist.gateOpen").value(false))
			.andExpect(jsonPath("$.checklist.items", hasSize(4)))
			.andExpect(jsonPath("$.checklist.items[?(@.rule == 'ON_LEAD_SHEET')].done", contains(true)))
			.andExpect(jsonPath("$.checklist.unmet", hasSize(3)))
			.andExpect(jsonPath("$.checklist.unmet[*].rule", everyItem(nullValue())));
	}

	@Test
	void anAccountOfAnotherTeamIsNotFoundAndBrokenFieldsAreNamed() throws Exception {
		long eastAccount = this.accounts
			.create(new NewAccount("上海商机接口测试" + UUID.randomUUID().toString().substring(0, 8) + "有限公司", "SH", "rep.wang",
					"AUTO_PARTS", null, null, null), Actor.system("test"));
		this.mvc
			.perform(post(BASE).with(basic("rep.zhang"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"accountId":%d,"name":"越界商机","estimatedAmount":100,"expectedSigningDate":"2027-01-31"}"""
					.formatted(eastAccount)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post(BASE).with(basic("rep.zhang"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"accountId\":%d,\"name\":\" \",\"estimatedAmount\":-5,\"nextStepDate\":\"2027-01-31\"}"
					.formatted(this.accountId)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[*].field",
					containsInAnyOrder("name", "estimatedAmount", "nextStep", "expectedSigningDate")));
		this.mvc.perform(post(BASE).with(basic("rep.zhang")).contentType(MediaType.APPLICATION_JSON).content("""
				{"name":"无客户","estimatedAmount":100,"expectedSigningDate":"2027-01-31"}"""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[*].field", contains("accountId")));
		this.mvc.perform(get("/api/v1/accounts/{id}", this.accountId).with(basic("rep.zhang")))
			.andExpect(status().isOk());
	}

	@Test
	void aChangeNeedsTheVersionReadAndIgnoresWhatItMayNotChange() throws Exception {
		String location = open("老线节能改造");
		String edit = """
				{"name":"老线节能改造二期","solution":"网带炉改造","estimatedAmount":320,"expectedSigningDate":"2027-06-30",
				 "nextStep":"技术交流","nextStepDate":"2027-01-15","status":"WON","milestone":"NEGOTIATION",
				 "probability":90,"ownerId":1,"teamId":999,"version":%s}""";
		this.mvc
			.perform(put(location).with(basic("rep.li"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(edit.formatted("null")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[0].field").value("version"));
		this.mvc.perform(
				put(location).with(basic("rep.li")).contentType(MediaType.APPLICATION_JSON).content(edit.formatted(0)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("老线节能改造二期"))
			.andExpect(jsonPath("$.solution").value("网带炉改造"))
			.andExpect(jsonPath("$.estimatedAmount").value(320))
			.andExpect(jsonPath("$.nextStep").value("技术交流"))
			.andExpect(jsonPath("$.nextStepDate").value("2027-01-15"))
			.andExpect(jsonPath("$.status").value("OPEN"))
			.andExpect(jsonPath("$.milestone").value("PLANNING"))
			.andExpect(jsonPath("$.probability").value(5))
			.andExpect(jsonPath("$.ownerName").value("张伟"))
			.andExpect(jsonPath("$.version").value(1));
		this.mvc.perform(
				put(location).with(basic("rep.li")).contentType(MediaType.APPLICATION_JSON).content(edit.formatted(0)))
			.andExpect(status().isConflict());
		this.mvc
			.perform(put(location).with(basic("rep.li"))
				.header("If-Match", "\"1\"")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"老线节能改造三期\",\"estimatedAmount\":300}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("老线节能改造三期"))
			.andExpect(jsonPath("$.version").value(2));
	}

	@Test
	void aClosedGateIsAConflictListingTheUnmetItemsAndOnlyTheManagerOverridesIt() throws Exception {
		String location = open("两器扩产");
		String move = location + "/milestone";
		this.mvc
			.perform(post(move).with(basic("rep.zhang"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"target\":\"CALL_AND_VISIT\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.title").value("Milestone gate closed"))
			.andExpect(jsonPath("$.milestone").value("PLANNING"))
			.andExpect(jsonPath("$.detail", containsString("PLANNING")))
			.andExpect(jsonPath("$.unmet", hasSize(3)))
			.andExpect(jsonPath("$.unmet[*].text", hasItem("客户符合目标客户选择标准（A–D 分级）")))
			.andExpect(jsonPath("$.unmet[*].textEn",
					hasItem("Customer meets the target-customer selection criteria (tiers A–D)")))
			.andExpect(jsonPath("$.unmet[0].id").isNumber())
			.andExpect(jsonPath("$.unmet[0].rule").doesNotExist());
		this.mvc
			.perform(post(move).with(basic("rep.zhang"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"target\":\"CALL_AND_VISIT\",\"reason\":\"客户急\",\"override\":true}"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post(move).with(basic("manager.south"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"target\":\"CALL_AND_VISIT\",\"override\":true}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[0].field").value("reason"));
		this.mvc
			.perform(post(move).with(basic("manager.south"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"target\":\"NO_SUCH_STEP\",\"reason\":\"试试\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[0].field").value("target"));
		this.mvc.perform(get(location).with(basic("rep.zhang"))).andExpect(jsonPath("$.milestone").value("PLANNING"));

		this.mvc.perform(post(move).with(basic("manager.south"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"target\":\"CALL_AND_VISIT\",\"reason\":\"老客户，规划已在年度会上确认\",\"override\":true,\"version\":0}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.kind").value("OVERRIDE"))
			.andExpect(jsonPath("$.from").value("PLANNING"))
			.andExpect(jsonPath("$.to").value("CALL_AND_VISIT"))
			.andExpect(jsonPath("$.status").value("OPEN"))
			.andExpect(jsonPath("$.probability").value(10))
			.andExpect(jsonPath("$.version").value(1));
		this.mvc
			.perform(post(move).with(basic("rep.zhang"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"target\":\"PLANNING\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[0].field").value("reason"));
		this.mvc
			.perform(post(move).with(basic("rep.zhang"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"target\":\"PLANNING\",\"reason\":\"客户预算冻结，重新规划\",\"version\":0}"))
			.andExpect(status().isConflict());
		this.mvc
			.perform(post(move).with(basic("rep.zhang"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"target\":\"PLANNING\",\"reason\":\"客户预算冻结，重新规划\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.kind").value("BACK"));

		this.mvc.perform(get(location + "/history").with(basic("rep.li")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.moves", hasSize(2)))
			.andExpect(jsonPath("$.moves[*].kind", contains("BACK", "OVERRIDE")))
			.andExpect(jsonPath("$.moves[1].from").value("PLANNING"))
			.andExpect(jsonPath("$.moves[1].to").value("CALL_AND_VISIT"))
			.andExpect(jsonPath("$.moves[1].fromStatus").value("OPEN"))
			.andExpect(jsonPath("$.moves[1].toStatus").value("OPEN"))
			.andExpect(jsonPath("$.moves[1].by").value("陈志强"))
			.andExpect(jsonPath("$.moves[1].reason").value("老客户，规划已在年度会上确认"))
			.andExpect(jsonPath("$.moves[1].unmetItemIds", hasSize(3)))
			.andExpect(jsonPath("$.moves[1].at").isString())
			.andExpect(jsonPath("$.moves[0].by").value("张伟"))
			.andExpect(jsonPath("$.daysInMilestone.PLANNING").value(0))
			.andExpect(jsonPath("$.daysInMilestone.CALL_AND_VISIT").value(0))
			.andExpect(jsonPath("$.daysInMilestone.PROJECT_APPROVAL").doesNotExist());
	}

	@Test
	void aRepOfTheOtherTeamFindsNothing() throws Exception {
		String location = open("地铁冷却模块");
		this.mvc.perform(get(location).with(basic("rep.wang"))).andExpect(status().isNotFound());
		this.mvc.perform(get(location + "/history").with(basic("rep.wang"))).andExpect(status().isNotFound());
		this.mvc
			.perform(put(location).with(basic("rep.wang"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"改名\",\"version\":0}"))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post(location + "/milestone").with(basic("manager.east"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"target\":\"CALL_AND_VISIT\",\"reason\":\"越权\",\"override\":true}"))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post(BASE).with(basic("rep.wang"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"accountId":%d,"name":"越界","estimatedAmount":1,"expectedSigningDate":"2027-01-31"}"""
					.formatted(this.accountId)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get(BASE + "/999999999").with(basic("rep.zhang"))).andExpect(status().isNotFound());
		this.mvc.perform(get(location).with(basic("rep.zhang")))
			.andExpect(jsonPath("$.name").value("地铁冷却模块"))
			.andExpect(jsonPath("$.version").value(0));
	}

	private String open(String name) throws Exception {
		MvcResult result = this.mvc
			.perform(post(BASE).with(basic("rep.zhang")).contentType(MediaType.APPLICATION_JSON).content("""
					{"accountId":%d,"name":"%s","solution":"连续式铝钎焊炉两台","estimatedAmount":860,
					 "expectedSigningDate":"2027-03-31","status":"WON"}""".formatted(this.accountId, name)))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", matchesPattern(BASE + "/\\d+")))
			.andExpect(jsonPath("$.id").isNumber())
			.andExpect(jsonPath("$.milestone").value("PLANNING"))
			.andExpect(jsonPath("$.status").value("OPEN"))
			.andExpect(jsonPath("$.probability").value(5))
			.andExpect(jsonPath("$.version").value(0))
			.andReturn();
		String location = result.getResponse().getHeader("Location");
		long id = ((Number) JsonPath.read(result.getResponse().getContentAsString(), "$.id")).longValue();
		org.assertj.core.api.Assertions.assertThat(location).endsWith("/" + id);
		return location;
	}

	private Viewer viewer(String username) {
		return ((CurrentUser) this.users.loadUserByUsername(username)).viewer();
	}

	private static RequestPostProcessor basic(String username) {
		return httpBasic(username, "demo1234");
	}

}
