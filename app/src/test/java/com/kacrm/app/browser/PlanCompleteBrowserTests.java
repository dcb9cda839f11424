package com.kacrm.app.browser;

import java.util.regex.Pattern;

import com.kacrm.app.opportunity.DealPageFixture;
import com.kacrm.app.test.CrmIntegrationTest;
import com.kacrm.domain.playbook.Milestone;
import com.kacrm.persistence.lead.ConversionResult;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Plan → complete → milestone unblocked, in the browser. A deal at milestone 2 has
 * everything but the visit: its manual items are ticked, a contact is in the buying
 * centre and a phone invitation got through the three steps and planned a visit for
 * tomorrow. The move to 项目立项 is refused naming the visit; rep.zhang completes the planned
 * visit from the deal's activities tab, and the move then succeeds.
 */
@CrmIntegrationTest
class PlanCompleteBrowserTests {

	@RegisterExtension
	static final BrowserSupport browser = new BrowserSupport();

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Test
	void completingThePlannedVisitUnblocksTheMoveToProjectApproval() {
		DealPageFixture deals = new DealPageFixture(this.context);
		ConversionResult customer = deals.newDeal("深圳计划拜访测试");
		long dealId = customer.opportunityId();
		deals.toCallAndVisit(dealId);
		deals.tickManualItems(dealId);
		long contact = deals.identifyContact(customer.accountId(), dealId);
		deals.inviteByPhone(customer.accountId(), dealId, contact);

		Page page = browser.open(this.port, BrowserSupport.Viewport.DESKTOP);
		LoginPage.open(page).logInAs("rep.zhang", "demo1234");
		OpportunityPage deal = OpportunityPage.open(page, dealId);
		assertThat(deal.milestone()).hasAttribute("data-milestone", "CALL_AND_VISIT");
		deal.moveOn();
		assertThat(deal.rejection()).isVisible();
		assertThat(deal.unmetItems()).hasCount(1);
		assertThat(deal.unmetItems().nth(0)).hasText("至少记录一次上门拜访");

		page.navigate("/opportunities/" + dealId + "/activities");
		assertThat(page.locator("[data-testid=visit-count]")).containsText("已拜访 0 次");
		page.locator("#activities tr[data-status=PLANNED] [data-action=complete]").click();
		page.waitForURL(Pattern.compile(".*/visits/\\d+/complete.*"));
		assertThat(page.locator("input[name=contactIds][value=\"" + contact + "\"]")).isChecked();
		QuickLogPage completion = new QuickLogPage(page);
		completion.outcome("拜访赵工，确认新产线散热需求和预算").save();
		assertThat(page).hasURL(Pattern.compile(".*/opportunities/" + dealId + "/activities$"));
		assertThat(completion.flash()).containsText("活动已完成");
		assertThat(page.locator("[data-testid=visit-count]")).containsText("已拜访 1 次");
		assertThat(page.locator("#activities tr[data-status=PLANNED]")).hasCount(0);
		browser.screenshot("visit-completed.png");

		deal.back();
		assertThat(deal.blockingItems()).hasCount(0);
		deal.moveOn();
		assertThat(deal.flash()).isVisible();
		assertThat(deal.milestone()).hasAttribute("data-milestone", "PROJECT_APPROVAL");
		assertThat(deals.show(dealId).milestone()).isEqualTo(Milestone.PROJECT_APPROVAL);
	}

}
