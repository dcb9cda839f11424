package com.kacrm.app.browser;

import java.util.List;

import com.kacrm.app.opportunity.DealPageFixture;
import com.kacrm.app.test.CrmIntegrationTest;
import com.kacrm.domain.activity.ActivityStatus;
import com.kacrm.domain.activity.ActivityType;
import com.kacrm.persistence.activity.ActivityRow;
import com.kacrm.persistence.activity.ActivityService;
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
 * The "a rep logs a visit from a phone-sized browser window in a handful of
 * steps": on a 390×844 screen rep.zhang opens the quick log from the navigation bar,
 * finds the account by name, picks it, writes the outcome and saves; the type (sales
 * visit) and time (now) are the defaults. The steps are counted, not timed.
 */
@CrmIntegrationTest
class QuickLogBrowserTests {

	/** A handful: what the rep may at most need to log a visit. */
	private static final int MOST_STEPS = 7;

	@RegisterExtension
	static final BrowserSupport browser = new BrowserSupport();

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	ActivityService activities;

	@Test
	void aRepLogsAVisitOnAPhoneFromTheNavigationInAHandfulOfSteps() {
		DealPageFixture deals = new DealPageFixture(this.context);
		ConversionResult customer = deals.newDeal("深圳手机拜访测试");
		String accountName = deals.show(customer.opportunityId()).accountName();

		Page page = browser.open(this.port, BrowserSupport.Viewport.PHONE);
		LoginPage.open(page).logInAs("rep.zhang", "demo1234");
		QuickLogPage quickLog = new QuickLogPage(page);
		// 1 tap the navigation's 记录拜访, 2 type the account's name, 3 tap the account
		// found,
		// 4 write the outcome, 5 tap save; type and time keep their defaults.
		quickLog.fromNavigation().findAccount(accountName).chooseAccount(accountName);
		assertThat(page.locator("[data-testid=visit-account]")).containsText(accountName);
		assertThat(page.locator("input[name=type][value=SALES_VISIT]")).isChecked();
		quickLog.outcome("拜访设备部王经理，了解新产线散热需求，约定下周送样");
		assertThat(page.locator("#visit-form")).isVisible();
		browser.screenshot("quick-log-phone.png");
		quickLog.save();

		assertThat(quickLog.steps()).isLessThanOrEqualTo(MOST_STEPS).isEqualTo(5);
		assertThat(quickLog.flash()).containsText("已记录");
		List<ActivityRow> logged = this.activities.activitiesAt(customer.accountId(), deals.viewer("rep.zhang"));
		assertThat(logged).singleElement().satisfies((row) -> {
			assertThat(row.type()).isEqualTo(ActivityType.SALES_VISIT);
			assertThat(row.status()).isEqualTo(ActivityStatus.DONE);
			assertThat(row.summary()).isEqualTo("拜访设备部王经理，了解新产线散热需求，约定下周送样");
		});
		page.navigate("/accounts/" + customer.accountId() + "/visits");
		assertThat(page.locator("[data-testid=done-activities] tr[data-activity-id=\"" + logged.get(0).id() + "\"]"))
			.containsText("拜访设备部王经理");
		assertThat(page.locator("[data-testid=visit-count]")).containsText("已拜访 1 次");
	}

}
