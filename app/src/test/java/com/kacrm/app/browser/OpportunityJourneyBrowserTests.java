package com.kacrm.app.browser;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import com.kacrm.app.test.AccountWithOpportunity;
import com.kacrm.app.test.CrmIntegrationTest;
import com.kacrm.domain.activity.ActivityType;
import com.kacrm.domain.buyingcentre.Attitude;
import com.kacrm.domain.buyingcentre.BuyingRole;
import com.kacrm.domain.buyingcentre.Support;
import com.kacrm.domain.contact.ContactDetails;
import com.kacrm.domain.contact.ContactLevel;
import com.kacrm.domain.opportunity.OpportunityStatus;
import com.kacrm.domain.playbook.Milestone;
import com.kacrm.persistence.activity.ActivityService;
import com.kacrm.persistence.activity.NewActivity;
import com.kacrm.persistence.buyingcentre.BuyingCentreService;
import com.kacrm.persistence.contact.ContactService;
import com.kacrm.persistence.contact.NewContact;
import com.kacrm.persistence.lead.ConversionResult;
import com.kacrm.persistence.lead.LeadConversionService;
import com.kacrm.persistence.lead.LeadService;
import com.kacrm.persistence.lead.LeadSheetService;
import com.kacrm.persistence.opportunity.MilestoneService;
import com.kacrm.persistence.opportunity.MoveRow;
import com.kacrm.persistence.opportunity.OpportunityService;
import com.kacrm.persistence.opportunity.OpportunityView;
import com.kacrm.persistence.shared.Viewer;
import com.kacrm.web.shared.CurrentUser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The milestone journey in a real browser. rep.zhang cannot move a fresh deal
 * past milestone 2 without a phone invitation through the manual's three steps, a visit
 * that took place and an identified contact, and the page says exactly that; after
 * logging the phone invitation in the quick log (which plans the visit), completing the
 * planned visit and assigning the contact, the move succeeds and the history shows it.
 * The 立项 gate is passed by manager.south's override, which needs a reason and shows in
 * the compliance report; the rep takes the deal on to 签约成交 (WON) and records the
 * contract. On the board, dragging a card gives the same answers as the form.
 */
@CrmIntegrationTest
class OpportunityJourneyBrowserTests {

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
	BuyingCentreService buyingCentres;

	@Autowired
	ActivityService activities;

	@Autowired
	MilestoneService milestones;

	@Autowired
	OpportunityService opportunities;

	@Autowired
	UserDetailsService users;

	@Test
	void aRepTakesAFreshDealThroughTheGatesToWonWithTheManagersOverrideAtApproval() {
		String suffix = UUID.randomUUID().toString().substring(0, 4);
		String dealName = "恒达散热器替换项目" + suffix;
		ConversionResult customer = new AccountWithOpportunity(this.leads, this.sheet, this.conversions)
			.create(viewer("rep.zhang"), "SZ", "深圳恒达汽车配件有限公司" + suffix, dealName);
		long accountId = customer.accountId();
		long dealId = customer.opportunityId();
		long buyer = person(accountId, "孙采购经理", "采购部经理", ContactLevel.IMPLEMENTATION);

		Page page = browser.open(this.port, BrowserSupport.Viewport.DESKTOP);
		LoginPage.open(page).logInAs("rep.zhang", "demo1234");
		OpportunityPage deal = OpportunityPage.open(page, dealId);
		assertThat(deal.milestone()).hasAttribute("data-milestone", "PLANNING");
		assertThat(page.locator("[data-testid=guidance]")).containsText("锁定目标进攻行业和客户");

		deal.moveOn();
		assertThat(deal.rejection()).isVisible();
		assertThat(deal.unmetItems()).hasCount(3);
		assertThat(deal.milestone()).hasAttribute("data-milestone", "PLANNING");

		deal.tickAllManual("汽车配件为主流行业；A 类；已初步了解采购习惯");
		deal.moveOn();
		assertThat(deal.milestone()).hasAttribute("data-milestone", "CALL_AND_VISIT");

		deal.tickAllManual("已核实孙经理为采购部经理");
		deal.moveOn();
		assertThat(deal.unmetItems()).hasCount(5);
		for (String item : List.of("电话邀约·自我介绍", "电话邀约·晓之以利", "电话邀约·以约会收尾", "至少记录一次上门拜访",
				"找对合格的经手人士（采购中心已识别至少一人及其角色）")) {
			assertThat(deal.unmetItems().filter(new Locator.FilterOptions().setHasText(item))).hasCount(1);
		}
		assertThat(deal.milestone()).hasAttribute("data-milestone", "CALL_AND_VISIT");
		browser.screenshot("opportunity-gate-closed.png");

		page.navigate("/opportunities/" + dealId + "/activities");
		String visitAt = LocalDateTime.now(ZoneId.of("Asia/Shanghai"))
			.plusDays(1)
			.withHour(10)
			.withMinute(0)
			.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));
		QuickLogPage invitation = new QuickLogPage(page).fromTab("PHONE");
		invitation.outcome("电话邀约孙经理：介绍公司与同类客户的散热方案，约定明天上午拜访")
			.tickStep("introduction")
			.tickStep("benefit")
			.tickStep("appointment")
			.appointment(visitAt, "客户采购部", "孙采购经理（采购部经理）")
			.save();
		assertThat(page).hasURL(Pattern.compile(".*/opportunities/" + dealId + "/activities$"));
		assertThat(invitation.flash()).containsText("已计划");
		assertThat(page.locator("[data-testid=flash-link]")).isVisible();
		assertThat(page.locator("[data-testid=visit-count]")).containsText("已拜访 0 次");

		page.locator("#activities tr[data-status=PLANNED] [data-action=complete]").click();
		page.waitForURL(Pattern.compile(".*/visits/\\d+/complete.*"));
		new QuickLogPage(page).outcome("拜访孙经理，介绍散热器产品与价格优势").save();
		assertThat(page.locator("[data-testid=visit-count]")).containsText("已拜访 1 次");
		OrgChartPage.open(page, accountId).selectOpportunity(dealName).assign("孙采购经理", "PURCHASER", null, "SUPPORTER");
		deal.back();
		assertThat(deal.blockingItems()).hasCount(0);
		deal.moveOn();
		assertThat(deal.flash()).isVisible();
		assertThat(deal.milestone()).hasAttribute("data-milestone", "PROJECT_APPROVAL");
		Locator moves = deal.moves();
		assertThat(moves.filter(new Locator.FilterOptions().setHasText("电话预约与上门拜访"))
			.filter(new Locator.FilterOptions().setHasText("项目立项"))).hasCount(1);

		deal.back();
		assertThat(page.locator("#move-override")).hasCount(0);
		deal.tickAllManual("需求明确：新产线散热器 2000 套；价值定位相符");

		new HomePage(page).logOut().logInAs("manager.south", "demo1234");
		OpportunityPage managed = OpportunityPage.open(page, dealId);
		managed.override("");
		assertThat(managed.rejection()).containsText("越过未完成的任务清单需要写明原因");
		assertThat(managed.milestone()).hasAttribute("data-milestone", "PROJECT_APPROVAL");
		managed.override("总监出差途中电话批准立项，申请表回来后补交");
		assertThat(managed.milestone()).hasAttribute("data-milestone", "DEEP_CONTACT");
		page.navigate("/opportunities/overrides");
		Locator override = page.locator("[data-testid=override-row]", new Page.LocatorOptions().setHasText(dealName));
		assertThat(override).hasCount(1);
		assertThat(override).containsText("总监出差途中电话批准立项");
		assertThat(override.locator("[data-testid=override-unmet]")).containsText("项目立项申请表获大客户开发部总监批准");
		browser.screenshot("opportunity-overrides.png");

		Viewer rep = viewer("rep.zhang");
		long director = person(accountId, "王董事长", "董事长", ContactLevel.DECISION);
		long manager = person(accountId, "陈总经理", "总经理", ContactLevel.DECISION);
		long engineer = person(accountId, "李总工", "总工程师", ContactLevel.IMPLEMENTATION);
		long user = person(accountId, "吴车间主任", "车间主任", ContactLevel.USAGE);
		this.buyingCentres.assign(dealId, director, BuyingRole.FINAL_APPROVER, Attitude.CONSERVATIVE, Support.SUPPORTER,
				rep);
		this.buyingCentres.assign(dealId, manager, BuyingRole.DECISION_MAKER, Attitude.PRAGMATIST, Support.CHAMPION,
				rep);
		this.buyingCentres.assign(dealId, engineer, BuyingRole.EVALUATOR, Attitude.EARLY_ADOPTER, Support.SUPPORTER,
				rep);
		this.buyingCentres.assign(dealId, user, BuyingRole.END_USER, Attitude.CONSERVATIVE, Support.NEUTRAL, rep);
		this.activities.log(
				new NewActivity(accountId, dealId, ActivityType.DEMONSTRATION,
						java.time.Instant.now().minusSeconds(3600), "在客户总装车间做样机演示", java.util.List.of(engineer, buyer)),
				rep);

		new HomePage(page).logOut().logInAs("rep.zhang", "demo1234");
		deal = OpportunityPage.open(page, dealId);
		deal.tickAllManual("与总经理、总工、车间主任均已建立联系；需求分析报告已提交");
		deal.moveOn();
		assertThat(deal.milestone()).hasAttribute("data-milestone", "SOLUTION_AND_TENDER");

		deal.assessAllYes();
		assertThat(page.locator("[data-testid=assessment-score]")).containsText("20");
		deal.back();
		deal.tickAllManual("方案已演示，投标文件已提交");
		deal.moveOn();
		assertThat(deal.milestone()).hasAttribute("data-milestone", "NEGOTIATION");

		deal.tickAllManual("价格条款谈妥，决策日期为下周一");
		deal.moveOn();
		assertThat(deal.milestone()).hasAttribute("data-milestone", "CONTRACT_SIGNED");
		assertThat(deal.status()).hasText("赢单");

		deal.recordContract("118.5", LocalDate.now().toString());
		assertThat(page.locator("[data-testid=contract-amount]")).containsText("118.5");
		browser.screenshot("opportunity-won.png");

		OpportunityView won = this.opportunities.show(dealId, rep);
		assertThat(won.status()).isEqualTo(OpportunityStatus.WON);
		assertThat(won.contractAmount()).isEqualByComparingTo("118.5");
		assertThat(this.opportunities.moves(dealId, rep)).extracting(MoveRow::to)
			.containsExactly(Milestone.CONTRACT_SIGNED, Milestone.NEGOTIATION, Milestone.SOLUTION_AND_TENDER,
					Milestone.DEEP_CONTACT, Milestone.PROJECT_APPROVAL, Milestone.CALL_AND_VISIT);
	}

	@Test
	void draggingACardOnTheBoardMakesTheSameGatedMoveAsTheForm() {
		String suffix = UUID.randomUUID().toString().substring(0, 4);
		String dealName = "看板拖拽项目" + suffix;
		ConversionResult customer = new AccountWithOpportunity(this.leads, this.sheet, this.conversions)
			.create(viewer("rep.zhang"), "SZ", "深圳看板测试有限公司" + suffix, dealName);
		long dealId = customer.opportunityId();

		Page page = browser.open(this.port, BrowserSupport.Viewport.DESKTOP);
		LoginPage.open(page).logInAs("rep.zhang", "demo1234");
		page.navigate("/opportunities/board?q=" + dealName);
		Locator card = page.locator("[data-testid=board-card][data-opportunity=\"" + dealId + "\"]");
		assertThat(card).hasAttribute("data-milestone", "PLANNING");

		card.dragTo(page.locator("[data-testid=board-column][data-milestone=CALL_AND_VISIT]"));
		page.waitForURL(Pattern.compile(".*/opportunities/board.*"));
		assertThat(page).hasURL(Pattern.compile(".*/opportunities/board\\?q=.*"));
		assertThat(page.locator("[data-testid=board-card]")).hasCount(1);
		Locator rejection = page.locator("[data-testid=move-rejected]");
		assertThat(rejection).hasAttribute("data-opportunity", Long.toString(dealId));
		assertThat(rejection.locator("[data-testid=unmet-items] li")).hasCount(3);
		assertThat(rejection).containsText("已按行业战略分类");
		browser.screenshot("opportunity-board-refused.png");

		Viewer rep = viewer("rep.zhang");
		this.milestones.screen(dealId, rep)
			.unmet()
			.forEach((item) -> this.milestones.tick(dealId, item.itemId(), "已核实", null, rep));
		page.navigate("/opportunities/board?q=" + dealName);
		card = page.locator("[data-testid=board-card][data-opportunity=\"" + dealId + "\"]");
		card.dragTo(page.locator("[data-testid=board-column][data-milestone=CALL_AND_VISIT]"));
		page.waitForURL(Pattern.compile(".*/opportunities/board.*"));
		assertThat(page.locator("[data-testid=move-rejected]")).hasCount(0);
		assertThat(page.locator(
				"[data-testid=board-column][data-milestone=CALL_AND_VISIT] [data-testid=board-card][data-opportunity=\""
						+ dealId + "\"]"))
			.hasCount(1);
		assertThat(this.opportunities.show(dealId, rep).milestone()).isEqualTo(Milestone.CALL_AND_VISIT);
	}

	private long person(long accountId, String name, String title, ContactLevel level) {
		return this.contacts.add(accountId,
				new NewContact(new ContactDetails(name, title, null, null, null, level, null, null), 3, null),
				viewer("rep.zhang"));
	}

	private Viewer viewer(String username) {
		return ((CurrentUser) this.users.loadUserByUsername(username)).viewer();
	}

}
