package com.kacrm.app.approval;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.kacrm.app.approval.ApprovalDeals.Deal;
import com.kacrm.app.test.CrmIntegrationTest;
import com.kacrm.domain.approval.ApprovalStatus;
import com.kacrm.persistence.approval.ApprovalService;
import com.kacrm.persistence.opportunity.OpportunityService;
import com.kacrm.persistence.opportunity.OpportunityView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static com.kacrm.app.test.FlashAttributes.flash;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The 立项 screens: the request form prefilled from the deal, its validation, the request's
 * page with what still stops a submission, who may see and decide it, a late second
 * decision, the print layout, and the deal's page and edit form while the deal is locked
 * for approval. rep.zhang files requests on deals of team SZ, which manager.south
 * manages; rep.li is another rep of SZ, rep.wang of another team.
 */
@CrmIntegrationTest
class ApprovalScreensIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApprovalService approvals;

	@Autowired
	OpportunityService opportunities;

	ApprovalDeals deals;

	@BeforeEach
	void fixture() {
		this.deals = new ApprovalDeals(this.context);
	}

	@Test
	void theNewRequestFormIsPrefilledFromTheDealItsBuyingCentreAndItsOwner() throws Exception {
		Deal deal = this.deals.readyForApproval("立项表单预填");
		String form = this.mvc
			.perform(get("/approvals/new").param("opportunity", "" + deal.opportunityId())
				.with(this.deals.as("rep.zhang")))
			.andExpect(status().isOk())
			.andExpect(view().name("approvals/form"))
			.andExpect(content().string(containsString("value=\"" + deal.name() + "\"")))
			.andExpect(content().string(containsString("赵工")))
			.andExpect(content().string(containsString("name=\"keyPeople[0].selected\" value=\"true\" checked")))
			.andExpect(content().string(containsString("<option value=\"EVALUATOR\" selected=\"selected\"")))
			.andExpect(content().string(not(containsString("data-testid=\"deal-readiness\""))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		// The deal's owner is proposed for the team: the row of rep.zhang (the rows
		// follow
		// the team's workers, whom other tests may add to) is ticked, and only it.
		Matcher owner = Pattern
			.compile("name=\"proposedTeam\\[(\\d+)\\]\\.userId\" value=\"" + this.deals.userId("rep.zhang") + "\"")
			.matcher(form);
		assertThat(owner.find()).isTrue();
		assertThat(form).contains("name=\"proposedTeam[" + owner.group(1) + "].selected\" value=\"true\" checked");
		assertThat(form.split("value=\"true\" checked", -1)).hasSize(3);

		Deal early = this.deals.atMilestoneOne("立项表单过早");
		this.mvc
			.perform(get("/approvals/new").param("opportunity", "" + early.opportunityId())
				.with(this.deals.as("rep.zhang")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"deal-readiness\"")))
			.andExpect(content().string(containsString("商机尚在里程碑一")));
	}

	@Test
	void anInvalidFormIsShownAgainWithTheErrorsNextToTheFieldsAndNothingIsSaved() throws Exception {
		Deal deal = this.deals.readyForApproval("立项表单校验");
		this.mvc
			.perform(post("/approvals/new").param("opportunity", "" + deal.opportunityId())
				.param("version", "-1")
				.param("projectName", " ")
				.param("requestedBudget", "-5")
				.param("keyPeople[0].contactId", "" + deal.contactId())
				.param("keyPeople[0].selected", "true")
				.param("keyPeople[0].role", "EVALUATOR")
				.with(this.deals.as("rep.zhang"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name("approvals/form"))
			.andExpect(content().string(containsString("data-error-for=\"projectName\"")))
			.andExpect(content().string(containsString("data-error-for=\"requestedBudget\"")))
			.andExpect(content().string(containsString("请输入 0 至 999,999,999,999.99 元之间")))
			.andExpect(content().string(containsString("name=\"keyPeople[0].selected\" value=\"true\" checked")));
		assertThat(requestsOf(deal)).isZero();
	}

	@Test
	void aDraftIsSavedAndItsPageSaysWhatIsMissingBeforeItCanBeSubmitted() throws Exception {
		Deal deal = this.deals.readyForApproval("立项草稿");
		MvcResult created = this.mvc
			.perform(post("/approvals/new").param("opportunity", "" + deal.opportunityId())
				.param("projectName", deal.name())
				.param("proposedTeam[0].userId", "" + this.deals.userId("rep.zhang"))
				.param("proposedTeam[0].selected", "true")
				.param("proposedTeam[0].responsibility", "客户关系")
				.with(this.deals.as("rep.zhang"))
				.with(csrf()))
			.andExpect(redirectedUrlPattern("/approvals/*"))
			.andExpect(flash().attribute("flashSuccess", "approvalPage.created"))
			.andReturn();
		assertThat(requestsOf(deal)).isEqualTo(1);
		String page = created.getResponse().getRedirectedUrl();
		this.mvc.perform(get(page).with(this.deals.as("rep.zhang")))
			.andExpect(status().isOk())
			.andExpect(view().name("approvals/detail"))
			.andExpect(content().string(containsString("data-status=\"DRAFT\"")))
			.andExpect(content().string(containsString("data-testid=\"readiness\"")))
			.andExpect(content().string(containsString("<li data-field=\"customerNeeds\">客户需求</li>")))
			.andExpect(content().string(containsString("<li data-field=\"keyPeople\">关键人物</li>")))
			.andExpect(content().string(not(containsString("data-field=\"proposedTeam\">拟组建"))))
			.andExpect(content().string(containsString("data-action=\"edit\"")))
			.andExpect(content().string(not(containsString("data-action=\"submit\""))));
		this.mvc.perform(get("/opportunities/{id}", deal.opportunityId()).with(this.deals.as("rep.zhang")))
			.andExpect(content().string(containsString("data-testid=\"approval-panel\"")))
			.andExpect(content().string(containsString("data-status=\"DRAFT\"")))
			.andExpect(content().string(not(containsString("data-action=\"new-approval\""))));
		this.mvc
			.perform(get("/approvals/new").param("opportunity", "" + deal.opportunityId())
				.with(this.deals.as("rep.zhang")))
			.andExpect(redirectedUrl(page))
			.andExpect(flash().attribute("flashError", "approval.error.liveRequestExists"));
	}

	@Test
	void aRepOutsideTheDealsTeamFindsNoRequestAndNoForm() throws Exception {
		Deal deal = this.deals.readyForApproval("立项范围");
		long id = this.deals.draft(deal);
		this.mvc.perform(get("/approvals/{id}", id).with(this.deals.as("rep.wang"))).andExpect(status().isNotFound());
		this.mvc.perform(get("/approvals/{id}/print", id).with(this.deals.as("rep.wang")))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(get("/approvals/new").param("opportunity", "" + deal.opportunityId())
				.with(this.deals.as("rep.wang")))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/approvals/{id}/withdraw", id).with(this.deals.as("rep.wang")).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/approvals/{id}", id).with(this.deals.as("rep.li"))).andExpect(status().isOk());
		this.mvc.perform(get("/approvals/{id}/edit", id).with(this.deals.as("rep.li")))
			.andExpect(status().isForbidden());
	}

	@Test
	void aRepMayNotDecideAndAManagerMustWriteACommentToReject() throws Exception {
		Deal deal = this.deals.readyForApproval("立项审批权限");
		long id = this.deals.submitted(deal);
		this.mvc.perform(post("/approvals/{id}/approve", id).with(this.deals.as("rep.li")).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/approvals/{id}/approve", id).with(this.deals.as("rep.zhang")).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/approvals/{id}", id).with(this.deals.as("rep.zhang")))
			.andExpect(content().string(not(containsString("data-testid=\"decision-form\""))))
			.andExpect(content().string(containsString("data-testid=\"withdraw-form\"")));
		this.mvc.perform(get("/approvals/{id}", id).with(this.deals.as("manager.south")))
			.andExpect(content().string(containsString("data-testid=\"decision-form\"")));

		this.mvc
			.perform(post("/approvals/{id}/reject", id).param("comment", "  ")
				.with(this.deals.as("manager.south"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name("approvals/detail"))
			.andExpect(content().string(containsString("data-error-for=\"comment\"")))
			.andExpect(content().string(containsString("驳回或退回修改时必须填写意见")));
		assertThat(this.approvals.show(id, this.deals.viewer("manager.south")).status())
			.isEqualTo(ApprovalStatus.SUBMITTED);
	}

	@Test
	void aSecondDecisionChangesNothingAndSaysWhoDecidedFirstAndHow() throws Exception {
		Deal deal = this.deals.readyForApproval("立项重复审批");
		long id = this.deals.submitted(deal);
		this.mvc
			.perform(post("/approvals/{id}/approve", id).param("comment", "同意立项")
				.with(this.deals.as("manager.south"))
				.with(csrf()))
			.andExpect(redirectedUrl("/approvals/" + id))
			.andExpect(flash().attribute("flashSuccess", "approvalPage.approved"));

		MvcResult late = this.mvc.perform(
				post("/approvals/{id}/reject", id).param("comment", "预算过高").with(this.deals.as("admin")).with(csrf()))
			.andExpect(redirectedUrl("/approvals/" + id))
			.andExpect(flash().attribute("flashError", "approval.conflict.APPROVED"))
			.andReturn();
		Object[] arguments = (Object[]) late.getFlashMap().get("flashErrorArgs");
		assertThat(arguments[0]).isEqualTo(this.deals.displayName("manager.south"));
		this.mvc.perform(get("/approvals/{id}", id).with(flash(late.getFlashMap())).with(this.deals.as("admin")))
			.andExpect(content().string(containsString("该申请已于 ")))
			.andExpect(content().string(containsString("由 " + this.deals.displayName("manager.south") + " 批准")))
			.andExpect(content().string(containsString("data-status=\"APPROVED\"")));
		assertThat(this.jdbc
			.sql("select count(*) from approval_transition where request_id = ? and from_status = 'SUBMITTED'")
			.param(id)
			.query(Long.class)
			.single()).isEqualTo(1);

		OpportunityView approved = this.opportunities.show(deal.opportunityId(), this.deals.viewer("rep.zhang"));
		assertThat(approved.expenseBudget()).isEqualByComparingTo(new BigDecimal("50000"));
		this.mvc.perform(get("/opportunities/{id}", deal.opportunityId()).with(this.deals.as("rep.zhang")))
			.andExpect(content().string(containsString("data-testid=\"expense-budget\">50,000.00")))
			.andExpect(content().string(containsString("data-milestone=\"PROJECT_APPROVAL\"")));
	}

	@Test
	void whileLockedARepCannotChangeTheAmountButAnAdminCanWithTheLockPassRecorded() throws Exception {
		Deal deal = this.deals.readyForApproval("立项锁定");
		this.deals.submitted(deal);
		OpportunityView locked = this.opportunities.show(deal.opportunityId(), this.deals.viewer("rep.zhang"));
		assertThat(locked.approvalLocked()).isTrue();

		this.mvc.perform(get("/opportunities/{id}", deal.opportunityId()).with(this.deals.as("rep.zhang")))
			.andExpect(content().string(containsString("data-testid=\"approval-lock\"")))
			.andExpect(content().string(containsString("审批中，关键字段已锁定")));
		this.mvc.perform(get("/opportunities/{id}/edit", deal.opportunityId()).with(this.deals.as("rep.zhang")))
			.andExpect(content().string(containsString("data-testid=\"approval-lock\"")))
			.andExpect(content().string(containsString("readonly=\"readonly\"")));

		this.mvc
			.perform(post("/opportunities/{id}/edit", deal.opportunityId()).param("version", "" + locked.version())
				.param("name", locked.name())
				.param("estimatedAmount", "300")
				.param("expectedSigningDate", date(locked))
				.with(this.deals.as("rep.zhang"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-error-for=\"estimatedAmount\"")))
			.andExpect(content().string(containsString("立项申请审批中，此项已锁定")));
		assertThat(this.opportunities.show(deal.opportunityId(), this.deals.viewer("rep.zhang")).estimatedAmount())
			.isEqualTo(locked.estimatedAmount());

		this.mvc.perform(get("/opportunities/{id}/edit", deal.opportunityId()).with(this.deals.as("admin")))
			.andExpect(content().string(not(containsString("readonly=\"readonly\""))));
		this.mvc
			.perform(post("/opportunities/{id}/edit", deal.opportunityId()).param("version", "" + locked.version())
				.param("name", locked.name())
				.param("estimatedAmount", "300")
				.param("expectedSigningDate", date(locked))
				.with(this.deals.as("admin"))
				.with(csrf()))
			.andExpect(redirectedUrl("/opportunities/" + deal.opportunityId()));
		assertThat(this.opportunities.show(deal.opportunityId(), this.deals.viewer("admin")).estimatedAmount())
			.isEqualByComparingTo("300");
		assertThat(this.jdbc
			.sql("select count(*) from history_entry where subject_type = 'OPPORTUNITY' and subject_id = ?"
					+ " and field = 'opportunity.approvalLockPassed'")
			.param(deal.opportunityId())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void theRequesterRevisesAReturnedRequestAfterReadingTheManagersComment() throws Exception {
		Deal deal = this.deals.readyForApproval("立项退回修改");
		long id = this.deals.submitted(deal);
		this.mvc
			.perform(post("/approvals/{id}/return", id).param("comment", "请补充竞争对手分析")
				.with(this.deals.as("manager.south"))
				.with(csrf()))
			.andExpect(redirectedUrl("/approvals/" + id))
			.andExpect(flash().attribute("flashSuccess", "approvalPage.returned"));
		this.mvc.perform(get("/approvals/{id}", id).with(this.deals.as("rep.zhang")))
			.andExpect(content().string(containsString("data-testid=\"last-comment\"")))
			.andExpect(content().string(containsString("请补充竞争对手分析")))
			.andExpect(content().string(containsString("data-action=\"submit\"")));
		this.mvc.perform(get("/opportunities/{id}", deal.opportunityId()).with(this.deals.as("rep.zhang")))
			.andExpect(content().string(containsString("data-testid=\"approval-last-comment\"")))
			.andExpect(content().string(containsString("请补充竞争对手分析")));

		long version = this.approvals.show(id, this.deals.viewer("rep.zhang")).version();
		this.mvc
			.perform(post("/approvals/{id}/edit", id).param("version", "" + (version - 1))
				.param("projectName", "过时的名称")
				.with(this.deals.as("rep.zhang"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"form-errors\"")))
			.andExpect(content().string(containsString("value=\"" + deal.name() + "\"")));
		this.mvc
			.perform(post("/approvals/{id}/submit", id).param("version", "" + version)
				.with(this.deals.as("rep.zhang"))
				.with(csrf()))
			.andExpect(redirectedUrl("/approvals/" + id))
			.andExpect(flash().attribute("flashSuccess", "approvalPage.submitted"));
		assertThat(this.approvals.show(id, this.deals.viewer("rep.zhang")).round()).isEqualTo(2);
	}

	@Test
	void thePrintLayoutIsAStandalonePageWithTheWholeFormAndSignatureLines() throws Exception {
		Deal deal = this.deals.readyForApproval("立项打印");
		long id = this.deals.submitted(deal);
		this.mvc.perform(get("/approvals/{id}/print", id).with(this.deals.as("manager.south")))
			.andExpect(status().isOk())
			.andExpect(view().name("approvals/print"))
			.andExpect(content().string(containsString("<h1>项目立项申请表</h1>")))
			.andExpect(content().string(containsString("/css/print.css")))
			.andExpect(content().string(containsString("新产线散热器 2000 套")))
			.andExpect(content().string(containsString("赵工")))
			.andExpect(content().string(containsString("50,000.00")))
			.andExpect(content().string(containsString("大客户开发部总监（签字）")))
			.andExpect(content().string(not(containsString("class=\"navbar"))))
			.andExpect(content().string(not(containsString("style="))));
	}

	private static String date(OpportunityView deal) {
		return (deal.expectedSigningDate() != null) ? deal.expectedSigningDate().toString() : "";
	}

	private long requestsOf(Deal deal) {
		return this.jdbc.sql("select count(*) from approval_request where opportunity_id = ?")
			.param(deal.opportunityId())
			.query(Long.class)
			.single();
	}

}
