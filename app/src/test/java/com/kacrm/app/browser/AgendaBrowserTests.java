package com.kacrm.app.browser;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.regex.Pattern;

import com.kacrm.app.agenda.AgendaWorld;
import com.kacrm.app.test.CrmIntegrationTest;
import com.kacrm.domain.reference.Tier;
import com.kacrm.persistence.lead.ConversionResult;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A rep's week in a real browser: the overdue next step sits on top, highlighted with its
 * age and a "done" button that comes back to this week; the visit planned for the week is
 * on its day; the count of accounts overdue for contact leads to their list, most overdue
 * first with a link to log a visit; the calendar feed's address is shown once. Marking
 * the next step done is the visit screens' endpoint, tested with them.
 */
@CrmIntegrationTest
class AgendaBrowserTests {

	@RegisterExtension
	static final BrowserSupport browser = new BrowserSupport();

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Test
	void aRepSeesTheOverdueNextStepHighlightedAndTheAccountsOverdueForContact() {
		AgendaWorld world = new AgendaWorld(this.context);
		LocalDate today = world.today();
		ConversionResult account = world.account("rep.zhang", "SZ", AgendaWorld.unique("浏览器日程客户"));
		long plan = world.plan("rep.zhang", account, world.at(today.plusDays(7), LocalTime.of(10, 0)), "客户二楼会议室",
				"演示换热器样机");
		long late = world.nextStep("rep.zhang", account, "把技术方案发给设备部赵工", today);
		world.nextStepDue(late, today.minusDays(2));
		world.contact(account.accountId(), Tier.A, 200, 300);

		Page page = browser.open(this.port, BrowserSupport.Viewport.PHONE);
		LoginPage.open(page).logInAs("rep.zhang", "demo1234");
		AgendaPage agenda = AgendaPage.openWeek(page, today.plusDays(7).toString());

		assertThat(agenda.overdueSection().locator(".agenda-overdue[data-activity='" + late + "']")).isVisible();
		assertThat(agenda.item(late)).hasClass(Pattern.compile("list-group-item-danger"));
		assertThat(agenda.item(late)).containsText("逾期 2 天");
		assertThat(agenda.item(late)).containsText("把技术方案发给设备部赵工");
		assertThat(agenda.doneForm(late)).hasAttribute("action", "/visits/" + late + "/next-step/done");
		assertThat(agenda.doneForm(late).locator("input[name=return]"))
			.hasValue("/agenda?view=week&date=" + today.plusDays(7));
		assertThat(agenda.doneButton(late)).isVisible();
		assertThat(agenda.day(today.plusDays(7).toString()).locator("[data-activity='" + plan + "']"))
			.containsText("演示换热器样机");
		assertThat(agenda.overdueAccounts()).containsText("个客户已超过联系周期");
		browser.screenshot("agenda-week.png");

		agenda.openOverdueList();
		assertThat(agenda.overdueRow(account.accountId())).containsText("A 类");
		assertThat(agenda.overdueRow(account.accountId()).locator("[data-testid=log-visit]")).hasAttribute("href",
				"/visits/new?account=" + account.accountId());
		browser.screenshot("visits-overdue.png");

		AgendaPage.openWeek(page, today.toString());
		assertThat(agenda.createFeed()).hasValue(Pattern.compile("^https?://.+/calendar/[A-Za-z0-9_-]{43}\\.ics$"));
		page.locator("[data-testid=feed-revoke]").click();
		assertThat(page.locator("[data-testid=feed-url]")).hasCount(0);
	}

}
