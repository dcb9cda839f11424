package com.kacrm.app.approval;

import java.time.LocalDate;

import com.kacrm.app.approval.ApprovalDeals.Deal;
import com.kacrm.app.test.CrmIntegrationTest;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The 立项 API on deals of rep.zhang (team SZ, managed by manager.south) that meet
 * milestone 2's standard: a draft created from the deal (201, prefilled), submitted,
 * listed and filtered by status only for those who see the deal, decided by the team's
 * manager; a rep deciding is 403, the manager of the other team 404 (the deal is outside
 * their scope, as on the screens), deciding one's own request 403, a missing comment 422,
 * a second decision 409 naming the first decider, and a deal not ready 422 or 409 listing
 * the items missing.
 */
@CrmIntegrationTest
class ApprovalApiIntegrationTests {

	private static final String BASE = "/api/v1/approvals";

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	ApprovalDeals deals;

	@BeforeEach
	void createFixture() {
		this.deals = new ApprovalDeals(this.context);
	}

	@Test
	void aDraftIsCreatedFromTheDealSubmittedAndApprovedByTheTeamsManager() throws Exception {
		Deal deal = this.deals.readyForApproval("接口立项");
		String date = LocalDate.now().plusMonths(3).toString();
		MvcResult created = this.mvc
			.perform(post(BASE).with(basic("rep.zhang")).contentType(MediaType.APPLICATION_JSON).content("""
					{"opportunityId": %d, "customerNeeds": "替换老旧散热设备", "valuePositioning": "节能方案",
					 "estimatedAmount": 260, "expectedContractDate": "%s", "decisionProcess": "设备部评估，总经理审批",
					 "requestedBudget": 30000, "risks": "竞争对手价格低"}
					""".formatted(deal.opportunityId(), date)))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", matchesPattern(".*/api/v1/approvals/\\d+")))
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.number").value(matchesPattern("LX-\\d{4}-\\d{4,}")))
			.andExpect(jsonPath("$.deal.id").value(deal.opportunityId()))
			.andExpect(jsonPath("$.projectName").value(containsString("接口立项项目")))
			.andExpect(jsonPath("$.keyPeople[0].contactId").value(deal.contactId()))
			.andExpect(jsonPath("$.keyPeople[0].role").value("EVALUATOR"))
			.andExpect(jsonPath("$.proposedTeam[0].name").value("张伟"))
			.andExpect(jsonPath("$.readiness.ready").value(true))
			.andExpect(jsonPath("$.may.submit").value(true))
			.andReturn();
		String location = created.getResponse().getHeader("Location");
		long id = JsonPath.parse(created.getResponse().getContentAsString()).read("$.id", Long.class);

		step(location + "/submit", "rep.zhang", null).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SUBMITTED"))
			.andExpect(jsonPath("$.deal.locked").value(true));

		this.mvc.perform(get(BASE).param("status", "SUBMITTED").param("size", "100").with(basic("manager.south")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[*].status", everyItem(is("SUBMITTED"))))
			.andExpect(jsonPath("$.content[?(@.id == " + id + ")].requesterName", hasItem("张伟")))
			.andExpect(jsonPath("$.content[?(@.id == " + id + ")].ageDays", hasItem(0)))
			.andExpect(jsonPath("$.page.size").value(100));
		this.mvc.perform(get(BASE).param("status", "DRAFT").param("size", "100").with(basic("manager.south")))
			.andExpect(jsonPath("$.content[*].id", not(hasItem((int) id))));
		this.mvc.perform(get(BASE).param("size", "100").with(basic("rep.wang")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[*].id", not(hasItem((int) id))));
		this.mvc.perform(get(location).with(basic("manager.south")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.may.decide").value(true));

		step(location + "/approve", "manager.south", "同意立项").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("APPROVED"))
			.andExpect(jsonPath("$.deal.milestone").value("PROJECT_APPROVAL"))
			.andExpect(jsonPath("$.deal.locked").value(false))
			.andExpect(jsonPath("$.deal.expenseBudget").value(30000))
			.andExpect(jsonPath("$.trail", hasSize(2)))
			.andExpect(jsonPath("$.trail[1].actorName").value("陈志强"))
			.andExpect(jsonPath("$.trail[1].comment").value("同意立项"));
	}

	@Test
	void onlyTheManagerOfTheDealsTeamDecidesAndASecondDecisionIsAConflictNamingTheFirst() throws Exception {
		long id = this.deals.submitted(this.deals.readyForApproval("接口权限"), "接口权限项目");
		String location = BASE + "/" + id;

		step(location + "/approve", "rep.li", null).andExpect(status().isForbidden());
		step(location + "/approve", "rep.zhang", null).andExpect(status().isForbidden());
		step(location + "/approve", "manager.east", null).andExpect(status().isNotFound());
		this.mvc.perform(get(location).with(basic("manager.east"))).andExpect(status().isNotFound());
		step(location + "/reject", "manager.south", null).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[0].field").value("comment"))
			.andExpect(jsonPath("$.violations[0].code").value("approval.error.commentRequired"));
		step(location + "/withdraw", "rep.li", null).andExpect(status().isForbidden());

		step(location + "/approve", "manager.south", null).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("APPROVED"));
		step(location + "/reject", "admin", "太晚了").andExpect(status().isConflict())
			.andExpect(header().string("Content-Type", containsString("application/problem+json")))
			.andExpect(jsonPath("$.status").value("APPROVED"))
			.andExpect(jsonPath("$.actor").value("陈志强"))
			.andExpect(jsonPath("$.at").isNotEmpty())
			.andExpect(jsonPath("$.detail").value(containsString("陈志强")))
			.andExpect(jsonPath("$.detail").value(containsString("批准")));
		step(location + "/withdraw", "rep.zhang", null).andExpect(status().isConflict())
			.andExpect(jsonPath("$.status").value("APPROVED"));
	}

	@Test
	void aManagerCannotApproveTheRequestTheyFiledAndMayWithdrawIt() throws Exception {
		Deal deal = this.deals.readyForApproval("经理自批");
		long id = this.deals.request(deal, "经理自己的申请", "manager.south");
		String location = BASE + "/" + id;
		step(location + "/submit", "rep.zhang", null).andExpect(status().isForbidden());
		step(location + "/submit", "manager.south", null).andExpect(status().isOk());

		step(location + "/approve", "manager.south", "自己批准").andExpect(status().isForbidden());
		this.mvc.perform(get(location).with(basic("manager.south"))).andExpect(jsonPath("$.may.decide").value(false));
		step(location + "/withdraw", "manager.south", "改由他人申请").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("WITHDRAWN"))
			.andExpect(jsonPath("$.deal.locked").value(false));
	}

	@Test
	void aReturnedRequestShowsTheCommentToTheRepWhoMayResubmitIt() throws Exception {
		long id = this.deals.submitted(this.deals.readyForApproval("接口退回"), "接口退回项目");
		String location = BASE + "/" + id;
		step(location + "/return", "manager.south", "请补充竞争对手").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RETURNED"));
		this.mvc.perform(get(BASE).param("status", "RETURNED").param("size", "100").with(basic("rep.zhang")))
			.andExpect(jsonPath("$.content[?(@.id == " + id + ")].lastComment", hasItem("请补充竞争对手")));
		step(location + "/submit", "rep.zhang", null).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SUBMITTED"))
			.andExpect(jsonPath("$.round").value(2));
		step(location + "/withdraw", "rep.zhang", null).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("WITHDRAWN"));
	}

	@Test
	void aDealNotReadyIsRefusedSaying422AtMilestoneOneAnd409WithTheItemsAtMilestoneTwo() throws Exception {
		Deal early = this.deals.atMilestoneOne("接口过早");
		MvcResult created = this.mvc
			.perform(post(BASE).with(basic("rep.zhang"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"opportunityId\": " + early.opportunityId() + "}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.readiness.ready").value(false))
			.andExpect(jsonPath("$.readiness.blockKey").value("approval.error.dealTooEarly"))
			.andReturn();
		String location = created.getResponse().getHeader("Location");
		step(location + "/submit", "rep.zhang", null).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[0].code").value("approval.error.dealTooEarly"));
		step(location + "/withdraw", "rep.zhang", null).andExpect(status().isOk());

		Deal closed = this.deals.atMilestoneTwo("接口未满足");
		MvcResult draft = this.mvc
			.perform(post(BASE).with(basic("rep.zhang"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"opportunityId": %d, "customerNeeds": "需求", "valuePositioning": "定位", "estimatedAmount": 10,
						 "expectedContractDate": "%s", "decisionProcess": "流程", "requestedBudget": 100, "risks": "风险",
						 "proposedTeam": [{"userId": %d, "responsibility": "客户经理"}]}
						""".formatted(closed.opportunityId(), LocalDate.now().plusMonths(2),
						this.deals.viewer("rep.zhang").userId())))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.readiness.blockKey").value("approval.error.milestoneTwoNotMet"))
			.andReturn();
		step(draft.getResponse().getHeader("Location") + "/submit", "rep.zhang", null).andExpect(status().isConflict())
			.andExpect(jsonPath("$.milestone").value("CALL_AND_VISIT"))
			.andExpect(jsonPath("$.unmet[*].rule", hasItem("VISIT_LOGGED")))
			.andExpect(jsonPath("$.unmet[*].rule", hasItem("CONTACT_IDENTIFIED")));
		step(draft.getResponse().getHeader("Location") + "/withdraw", "rep.zhang", null).andExpect(status().isOk());

		this.mvc
			.perform(post(BASE).with(basic("rep.wang"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"opportunityId\": " + early.opportunityId() + "}"))
			.andExpect(status().isNotFound());
		this.mvc.perform(post(BASE).with(basic("rep.zhang")).contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[0].field").value("opportunityId"));
	}

	private ResultActions step(String path, String username, String comment) throws Exception {
		String body = (comment != null) ? "{\"comment\": \"" + comment + "\"}" : "{}";
		return this.mvc.perform(post(path).with(basic(username)).contentType(MediaType.APPLICATION_JSON).content(body));
	}

	private static RequestPostProcessor basic(String username) {
		return httpBasic(username, "demo1234");
	}

}
