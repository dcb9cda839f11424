package com.kacrm.app.browser;

import java.time.LocalDate;

import com.kacrm.app.approval.ApprovalDeals;
import com.kacrm.app.approval.ApprovalDeals.Deal;
import com.kacrm.app.test.CrmIntegrationTest;
import com.kacrm.domain.approval.ApprovalStatus;
import com.kacrm.domain.playbook.Milestone;
import com.kacrm.persistence.approval.ApprovalService;
import com.kacrm.persistence.approval.ApprovalView;
import com.kacrm.persistence.opportunity.OpportunityService;
import com.kacrm.persistence.opportunity.OpportunityView;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 立项 journey in a real browser: rep.zhang fills in and submits the request
 * for a deal that meets milestone 2's standard (a visit logged, the customer's 设备部经理 in
 * its buying centre, the manual items ticked); manager.south returns it with a comment;
 * the rep reads the comment, revises and submits again; the manager approves; the deal is
 * then at 项目立项 with the proposed team recorded and the expense budget open.
 */
@CrmIntegrationTest
class ApprovalJourneyBrowserTests {

	@RegisterExtension
	static final BrowserSupport browser = new BrowserSupport();

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	ApprovalService approvals;

	@Autowired
	OpportunityService opportunities;

	@Test
	void aRepSubmitsTheManagerReturnsTheRepRevisesAndResubmitsAndTheManagerApproves() {
		ApprovalDeals deals = new ApprovalDeals(this.context);
		Deal deal = deals.readyForApproval("立项旅程");

		Page page = browser.open(this.port, BrowserSupport.Viewport.DESKTOP);
		LoginPage.open(page).logInAs("rep.zhang", "demo1234");
		ApprovalPage request = ApprovalPage.startFromDeal(page, deal.opportunityId());
		assertThat(page.locator("[data-testid=approval-form] input[name=projectName]")).hasValue(deal.name());
		assertThat(page.locator("[data-testid=key-people] tr", new Page.LocatorOptions().setHasText("赵工"))
			.locator("input[type=checkbox]")).isChecked();
		request.fill("customerNeeds", "新产线散热器 2000 套，明年二季度投产")
			.fill("valuePositioning", "高效钎焊散热器，与我方高端产品定位相符")
			.fill("estimatedAmount", "120")
			.fill("expectedContractDate", LocalDate.now().plusMonths(4).toString())
			.fill("decisionProcess", "设备部评估 → 采购部比价 → 总经理批准")
			.member("张伟", "客户关系与商务")
			.member("李娜", "技术交流与样品")
			.fill("requestedBudget", "50000")
			.fill("risks", "竞争对手价格更低")
			.save();
		assertThat(request.status()).hasAttribute("data-status", "DRAFT");
		assertThat(request.readiness()).hasCount(0);
		request.submit();
		assertThat(request.status()).hasAttribute("data-status", "SUBMITTED");
		browser.screenshot("approval-submitted.png");
		long id = request.id();
		OpportunityPage dealPage = OpportunityPage.open(page, deal.opportunityId());
		assertThat(page.locator("[data-testid=approval-lock]")).containsText("审批中，关键字段已锁定");
		assertThat(page.locator("[data-testid=move-form] [data-action=move]")).isDisabled();
		browser.screenshot("approval-deal-locked.png");

		new HomePage(page).logOut().logInAs("manager.south", "demo1234");
		assertThat(page.locator("[data-testid=pending-approvals]")).isVisible();
		page.locator("[data-nav=APPROVALS]").click();
		Locator pending = page.locator("[data-testid=approval-list] tr[data-approval='" + id + "']");
		assertThat(pending).hasAttribute("data-status", "SUBMITTED");
		browser.screenshot("approval-inbox.png");
		pending.locator("[data-link=approval]").click();
		request = ApprovalPage.current(page);
		request.decide("return", "请补充交期风险和应对措施");
		assertThat(request.status()).hasAttribute("data-status", "RETURNED");

		new HomePage(page).logOut().logInAs("rep.zhang", "demo1234");
		request = ApprovalPage.open(page, id);
		assertThat(request.lastComment()).containsText("请补充交期风险和应对措施");
		assertThat(request.lastComment()).containsText("陈志强");
		browser.screenshot("approval-returned.png");
		request.edit().fill("risks", "竞争对手价格更低；交期紧张，已与工厂确认可分两批交付").save();
		request.submit();
		assertThat(request.status()).hasAttribute("data-status", "SUBMITTED");

		new HomePage(page).logOut().logInAs("manager.south", "demo1234");
		request = ApprovalPage.open(page, id);
		request.decide("approve", "同意立项，预算按申请执行");
		assertThat(request.status()).hasAttribute("data-status", "APPROVED");
		assertThat(request.trail()).hasCount(4);
		browser.screenshot("approval-approved.png");

		dealPage = OpportunityPage.open(page, deal.opportunityId());
		assertThat(dealPage.milestone()).hasAttribute("data-milestone", "PROJECT_APPROVAL");
		assertThat(page.locator("[data-testid=approval-lock]")).hasCount(0);
		assertThat(page.locator("[data-testid=expense-budget]")).hasText("50,000.00");
		assertThat(page.locator("[data-testid=approved-team]")).containsText("张伟");
		assertThat(page.locator("[data-testid=approved-team]")).containsText("李娜");
		browser.screenshot("approval-deal-approved.png");
		page.navigate("/opportunities/" + deal.opportunityId() + "/team");
		assertThat(page.locator("#team-members tbody tr")).hasCount(2);
		assertThat(page.locator("#team-members")).containsText("技术交流与样品");

		ApprovalView approved = this.approvals.show(id, deals.viewer("rep.zhang"));
		assertThat(approved.status()).isEqualTo(ApprovalStatus.APPROVED);
		assertThat(approved.round()).isEqualTo(2);
		OpportunityView after = this.opportunities.show(deal.opportunityId(), deals.viewer("rep.zhang"));
		assertThat(after.milestone()).isEqualTo(Milestone.PROJECT_APPROVAL);
		assertThat(after.estimatedAmount()).isEqualByComparingTo("120");
		assertThat(after.expenseBudget()).isEqualByComparingTo("50000");
	}

}
