package com.kacrm.app.browser;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import com.kacrm.app.test.AccountWithOpportunity;
import com.kacrm.app.test.CrmIntegrationTest;
import com.kacrm.domain.history.HistorySubject;
import com.kacrm.persistence.buyingcentre.BuyingCentreService;
import com.kacrm.persistence.contact.ContactRow;
import com.kacrm.persistence.contact.ContactService;
import com.kacrm.persistence.history.HistoryRow;
import com.kacrm.persistence.history.HistoryService;
import com.kacrm.persistence.lead.ConversionResult;
import com.kacrm.persistence.lead.LeadConversionService;
import com.kacrm.persistence.lead.LeadService;
import com.kacrm.persistence.lead.LeadSheetService;
import com.kacrm.persistence.shared.Viewer;
import com.kacrm.web.shared.CurrentUser;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.RequestOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The org-chart journey in a real browser: rep.zhang builds the chart of a new
 * customer, 15 people with their reporting lines, through the quick-add form; draws two
 * influence lines; a move that would close a cycle is refused; he chooses the deal, gives
 * people their buying roles and sees "no final approver identified" until he names one.
 * Every edit is in the history; rep.wang of another team finds nothing.
 */
@CrmIntegrationTest
class OrgChartBrowserTests {

	@RegisterExtension
	static final BrowserSupport browser = new BrowserSupport();

	@LocalServerPort
	int port;

	@Autowired
	LeadService leads;

	@Autowired
	LeadSheetService sheet;

	@Autowired
	LeadConversionService conversions;

	@Autowired
	ContactService contacts;

	@Autowired
	HistoryService history;

	@Autowired
	UserDetailsService users;

	@Test
	void aRepBuildsAnOrgChartOfFifteenPeopleAssignsRolesAndSeesTheCoverageChange() {
		String deal = "恒力散热器替换项目";
		ConversionResult customer = new AccountWithOpportunity(this.leads, this.sheet, this.conversions)
			.create(viewer("rep.zhang"), "SZ", "深圳恒力汽车配件有限公司" + UUID.randomUUID().toString().substring(0, 4), deal);
		long accountId = customer.accountId();

		Page page = browser.open(this.port, BrowserSupport.Viewport.DESKTOP);
		LoginPage.open(page).logInAs("rep.zhang", "demo1234");
		OrgChartPage chart = OrgChartPage.open(page, accountId);
		assertThat(page.locator("[data-testid=org-chart-empty]")).isVisible();

		chart.addPerson("王董事长", "董事长", "IMAGE", null, 2);
		assertThat(chart.flash()).containsText("已添加 王董事长");
		chart.addPerson("陈总经理", "总经理", "DECISION", "王董事长", 3);
		chart.addPerson("刘副总", "副总经理（技术）", "DECISION", "陈总经理", 3);
		chart.addPerson("周财务总监", "财务总监", "DECISION", "陈总经理", 2);
		chart.addPerson("李总工", "总工程师", "IMPLEMENTATION", "刘副总", 4);
		chart.addPerson("孙采购经理", "采购部经理", "IMPLEMENTATION", "陈总经理", 3);
		chart.addPerson("赵工艺主管", "工艺主管", "IMPLEMENTATION", "李总工", 2);
		chart.addPerson("钱质量经理", "质量部经理", "IMPLEMENTATION", "刘副总", 2);
		chart.addPerson("吴车间主任", "总装车间主任", "USAGE", "刘副总", 3);
		chart.addPerson("郑班长", "装配班长", "USAGE", "吴车间主任", 1);
		chart.addPerson("冯设备员", "设备管理员", "USAGE", "吴车间主任", 1);
		chart.addPerson("陈采购员", "采购员", "USAGE", "孙采购经理", 2);
		chart.addPerson("褚会计", "成本会计", "USAGE", "周财务总监", 1);
		chart.addPerson("卫检验员", "进货检验员", "USAGE", "钱质量经理", 1);
		chart.addPerson("蒋研发工程师", "热管理工程师", "IMPLEMENTATION", "李总工", 3);

		assertThat(chart.people()).hasCount(15);
		assertThat(chart.reportingLines()).hasCount(14);
		assertThat(chart.person("李总工")).hasAttribute("href",
				"/accounts/" + accountId + "/contacts/" + idOf(accountId, "李总工"));
		assertThat(chart.person("李总工")).containsText("●●●●○");

		chart.addInfluence("李总工", "陈总经理", "技术方案陈总完全听李总工的");
		chart.addInfluence("周财务总监", "王董事长", "老同学，董事长信任他");
		assertThat(chart.influenceLines()).hasCount(2);

		chart.move("王董事长", "郑班长");
		assertThat(chart.fieldError("move-form", "reportsToId")).containsText("会形成循环");

		chart.selectOpportunity(deal);
		assertThat(chart.coverage()).isVisible();
		chart.assign("陈总经理", "DECISION_MAKER", "PRAGMATIST", "SUPPORTER");
		assertThat(chart.flash()).containsText("已保存采购角色");
		chart.assign("李总工", "EVALUATOR", "EARLY_ADOPTER", "CHAMPION");
		chart.assign("吴车间主任", "END_USER", "CONSERVATIVE", "NEUTRAL");
		chart.assign("孙采购经理", "PURCHASER", null, "NEUTRAL");
		chart.assign("周财务总监", "INFLUENCER", "LAGGARD", "OPPONENT");
		assertThat(page).hasURL(Pattern.compile(".*/org-chart\\?opportunity=" + customer.opportunityId()));

		assertThat(chart.warning("NO_FINAL_APPROVER")).containsText("尚未识别最后批准人（※）");
		assertThat(chart.warning("NO_FINAL_APPROVER")).hasAttribute("data-critical", "true");
		assertThat(chart.person("陈总经理")).containsText("+");
		assertThat(chart.person("陈总经理")).hasClass(Pattern.compile("support-supporter"));
		assertThat(chart.person("李总工")).hasClass(Pattern.compile("support-champion"));
		assertThat(chart.person("周财务总监")).hasClass(Pattern.compile("support-opponent"));
		assertThat(chart.person("郑班长")).hasClass(Pattern.compile("support-none"));

		chart.assign("王董事长", "FINAL_APPROVER", "CONSERVATIVE", "SUPPORTER");
		assertThat(chart.warning("NO_FINAL_APPROVER")).hasCount(0);
		assertThat(chart.roleHolders("FINAL_APPROVER")).containsText("王董事长");
		assertThat(chart.person("王董事长")).containsText("※");
		assertThat(chart.warning("SHALLOW_KEY_RELATIONSHIP")).containsText("王董事长");
		page.locator("[data-testid=org-chart]").scrollIntoViewIfNeeded();
		browser.screenshot("org-chart.png");

		page.navigate("/accounts/" + accountId + "/history");
		Locator rows = page.locator("table.history tbody tr");
		assertThat(rows.filter(new Locator.FilterOptions().setHasText(deal + " · 王董事长"))
			.filter(new Locator.FilterOptions().setHasText("最后批准"))).hasCount(1);
		assertThat(rows.filter(new Locator.FilterOptions().setHasText(deal + " · 李总工"))
			.filter(new Locator.FilterOptions().setHasText("教练"))).hasCount(1);
		assertThat(rows.filter(new Locator.FilterOptions().setHasText("周财务总监"))
			.filter(new Locator.FilterOptions().setHasText("王董事长"))
			.filter(new Locator.FilterOptions().setHasText("影响"))).hasCount(1);
		browser.screenshot("account-history-org-chart.png");

		List<HistoryRow> dealHistory = this.history
			.latestOf(new HistorySubject(BuyingCentreService.OPPORTUNITY, customer.opportunityId()));
		assertThat(dealHistory).extracting(HistoryRow::subjectLabel, HistoryRow::field, HistoryRow::newValue)
			.contains(tuple(deal + " · 王董事长", "buyingCentre.role", "FINAL_APPROVER"),
					tuple(deal + " · 李总工", "buyingCentre.support", "CHAMPION"));
		assertThat(dealHistory).allSatisfy((row) -> assertThat(row.actorName()).isEqualTo("张伟"));
		long engineer = idOf(accountId, "李总工");
		assertThat(this.contacts.historyOf(accountId, engineer, viewer("rep.zhang")))
			.extracting(HistoryRow::field, HistoryRow::newValue)
			.contains(tuple("contact.added", "李总工"), tuple("contact.reportsTo", "刘副总"),
					tuple(ContactService.INFLUENCE_FIELD, "陈总经理"));

	}

	@Test
	void aRepOfAnotherTeamGetsNotFoundOnTheChartAndItsApi() {
		ConversionResult customer = new AccountWithOpportunity(this.leads, this.sheet, this.conversions)
			.create(viewer("rep.zhang"), "SZ", "深圳恒力模具有限公司" + UUID.randomUUID().toString().substring(0, 4), "模具项目");

		Page page = browser.open(this.port, BrowserSupport.Viewport.DESKTOP);
		LoginPage.open(page).logInAs("rep.wang", "demo1234");
		Response response = page.navigate("/accounts/" + customer.accountId() + "/org-chart");
		assertThat(response.status()).isEqualTo(404);
		String basic = Base64.getEncoder().encodeToString("rep.wang:demo1234".getBytes(StandardCharsets.UTF_8));
		APIResponse api = page.request()
			.get("/api/v1/accounts/" + customer.accountId() + "/org-chart",
					RequestOptions.create().setHeader("Authorization", "Basic " + basic));
		assertThat(api.status()).isEqualTo(404);
	}

	private long idOf(long accountId, String name) {
		return this.contacts.contactsOf(accountId, false, viewer("rep.zhang"))
			.stream()
			.filter((row) -> row.name().equals(name))
			.mapToLong(ContactRow::id)
			.findFirst()
			.orElseThrow();
	}

	private Viewer viewer(String username) {
		return ((CurrentUser) this.users.loadUserByUsername(username)).viewer();
	}

}
