package com.kacrm.app.opportunity;

import com.kacrm.app.test.CrmIntegrationTest;
import com.kacrm.domain.opportunity.OpportunityStatus;
import com.kacrm.persistence.lead.ConversionResult;
import com.kacrm.persistence.opportunity.ChecklistEntry;
import com.kacrm.persistence.opportunity.MilestoneScreen;
import com.kacrm.persistence.opportunity.OpportunityView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The deal page: the overview with the milestone screen, ticking checklist items, editing
 * the deal, its status, probability and owner, opening a deal, and the account's
 * opportunities tab linking to it. rep.zhang works a deal of team SZ; manager.south
 * manages the team.
 */
@CrmIntegrationTest
class OpportunityPageIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	DealPageFixture deals;

	long accountId;

	long opportunityId;

	@BeforeEach
	void createDeal() {
		this.deals = new DealPageFixture(this.context);
		ConversionResult result = this.deals.newDeal("商机页面测试");
		this.accountId = result.accountId();
		this.opportunityId = result.opportunityId();
	}

	@Test
	void theOverviewShowsTheGuidanceTheChecklistWithWhatBlocksTheMoveAndThePanels() throws Exception {
		MilestoneScreen screen = this.deals.screen(this.opportunityId);
		MvcResult page = this.mvc
			.perform(get("/opportunities/{id}", this.opportunityId).with(this.deals.as("rep.zhang")))
			.andExpect(status().isOk())
			.andExpect(view().name("opportunities/detail"))
			.andExpect(content().string(containsString("aria-current=\"page\" data-tab=\"overview\"")))
			.andExpect(content().string(containsString(html(screen.guidance().definitionZh()))))
			.andExpect(content().string(containsString(html(screen.guidance().workStandardZh()))))
			.andExpect(content().string(containsString("客户已登记在线索汇总表 JTF001")))
			.andExpect(content().string(containsString("data-testid=\"tick-form\"")))
			.andExpect(content().string(containsString("data-testid=\"blocking-items\"")))
			.andExpect(content().string(containsString("data-testid=\"move-form\"")))
			.andExpect(content().string(containsString("data-testid=\"coverage\"")))
			.andExpect(content().string(containsString("class=\"opportunity-competitors\"")))
			.andExpect(content().string(containsString(
					"href=\"/accounts/" + this.accountId + "/org-chart?opportunity=" + this.opportunityId + "\"")))
			.andExpect(content().string(containsString("data-milestone=\"PLANNING\" aria-current=\"step\"")))
			.andExpect(content().string(not(containsString("data-testid=\"owner-form\""))))
			.andReturn();
		String html = page.getResponse().getContentAsString();
		for (ChecklistEntry item : screen.checklist()) {
			assertThat(html).contains(html(item.textZh())).contains("data-item=\"" + item.itemId() + "\"");
		}
		this.mvc
			.perform(
					get("/opportunities/{id}", this.opportunityId).param("lang", "en").with(this.deals.as("rep.zhang")))
			.andExpect(content().string(containsString(html(screen.guidance().definitionEn()))))
			.andExpect(content().string(containsString("Customer is on the lead sheet (JTF001)")));
	}

	@Test
	void tickingNeedsEvidenceShownNextToTheFormAndATickCanBeTakenBack() throws Exception {
		ChecklistEntry item = this.deals.openManualItems(this.opportunityId).get(0);
		this.mvc
			.perform(post("/opportunities/{id}/checklist/{item}/tick", this.opportunityId, item.itemId())
				.param("evidenceNote", "  ")
				.with(this.deals.as("rep.zhang"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attribute("tickItemId", item.itemId()))
			.andExpect(content().string(containsString("data-error-for=\"evidenceNote\"")))
			.andExpect(content().string(containsString("勾选任务需要提供依据")));
		assertThat(ticks()).isZero();

		long visit = this.deals.logVisit(this.accountId, this.opportunityId);
		this.mvc
			.perform(post("/opportunities/{id}/checklist/{item}/tick", this.opportunityId, item.itemId())
				.param("evidenceNote", "")
				.param("activityId", "" + visit)
				.with(this.deals.as("rep.zhang"))
				.with(csrf()))
			.andExpect(redirectedUrl("/opportunities/" + this.opportunityId))
			.andExpect(flash().attribute("flashSuccess", "opportunityPage.ticked"));
		assertThat(ticks()).isEqualTo(1);
		this.mvc
			.perform(post("/opportunities/{id}/checklist/{item}/tick", this.opportunityId, item.itemId())
				.param("evidenceNote", "再勾一次")
				.with(this.deals.as("rep.li"))
				.with(csrf()))
			.andExpect(redirectedUrl("/opportunities/" + this.opportunityId))
			.andExpect(flash().attribute("flashError", "opportunity.tick.already"));
		assertThat(ticks()).isEqualTo(1);
		this.mvc.perform(get("/opportunities/{id}", this.opportunityId).with(this.deals.as("rep.zhang")))
			.andExpect(content().string(containsString("关联记录：销售拜访")))
			.andExpect(content().string(containsString("张伟 于 ")))
			.andExpect(content().string(containsString("data-action=\"untick\"")));

		this.mvc
			.perform(post("/opportunities/{id}/checklist/{item}/untick", this.opportunityId, item.itemId())
				.with(this.deals.as("rep.zhang"))
				.with(csrf()))
			.andExpect(redirectedUrl("/opportunities/" + this.opportunityId));
		assertThat(ticks()).isZero();
	}

	@Test
	void theEditFormShowsErrorsNextToFieldsSavesAndShowsAConflictWithTheCurrentValues() throws Exception {
		OpportunityView deal = this.deals.show(this.opportunityId);
		this.mvc.perform(get("/opportunities/{id}/edit", this.opportunityId).with(this.deals.as("rep.zhang")))
			.andExpect(status().isOk())
			.andExpect(view().name("opportunities/edit"))
			.andExpect(content().string(containsString("value=\"" + deal.name() + "\"")));

		this.mvc
			.perform(post("/opportunities/{id}/edit", this.opportunityId).param("version", "" + deal.version())
				.param("name", "")
				.param("estimatedAmount", "-5")
				.param("nextStepDate", "2030-01-10")
				.with(this.deals.as("rep.zhang"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("dealForm", "name"))
			.andExpect(content().string(containsString("data-error-for=\"name\"")))
			.andExpect(content().string(containsString("data-error-for=\"nextStep\"")));
		assertThat(this.deals.show(this.opportunityId).name()).isEqualTo(deal.name());

		this.mvc
			.perform(post("/opportunities/{id}/edit", this.opportunityId).param("version", "" + deal.version())
				.param("name", deal.name() + " 二期")
				.param("solution", "两条钎焊线")
				.param("estimatedAmount", "320.5")
				.param("expectedSigningDate", "2030-06-30")
				.param("nextStep", "技术交流")
				.param("nextStepDate", "2030-01-10")
				.with(this.deals.as("rep.zhang"))
				.with(csrf()))
			.andExpect(redirectedUrl("/opportunities/" + this.opportunityId));
		OpportunityView saved = this.deals.show(this.opportunityId);
		assertThat(saved.name()).isEqualTo(deal.name() + " 二期");
		assertThat(saved.estimatedAmount()).isEqualByComparingTo("320.5");
		this.mvc.perform(get("/opportunities/{id}", this.opportunityId).with(this.deals.as("rep.zhang")))
			.andExpect(content().string(containsString("320.5")))
			.andExpect(content().string(containsString("两条钎焊线")))
			.andExpect(content().string(containsString("2030-06-30")));

		this.mvc
			.perform(post("/opportunities/{id}/edit", this.opportunityId).param("version", "" + deal.version())
				.param("name", "旧页面上的名字")
				.with(this.deals.as("rep.zhang"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("其他人已在您打开后修改了这条记录")))
			.andExpect(content().string(containsString("value=\"" + saved.name() + "\"")))
			.andExpect(content().string(containsString("value=\"" + saved.version() + "\"")));
		assertThat(this.deals.show(this.opportunityId).name()).isEqualTo(saved.name());
		this.mvc.perform(get("/opportunities/{id}/history", this.opportunityId).with(this.deals.as("rep.zhang")))
			.andExpect(content().string(containsString("两条钎焊线")));
	}

	@Test
	void aDealIsLostPutOnHoldAndReopenedEachWithAReason() throws Exception {
		this.mvc.perform(changeStatus("lost", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请写明丢单原因")));
		assertThat(this.deals.show(this.opportunityId).status()).isEqualTo(OpportunityStatus.OPEN);

		this.mvc.perform(changeStatus("lost", "客户选择了竞争对手")).andExpect(redirectedUrl(page()));
		assertThat(this.deals.show(this.opportunityId).status()).isEqualTo(OpportunityStatus.LOST);
		this.mvc.perform(get(page()).with(this.deals.as("rep.zhang")))
			.andExpect(content().string(containsString("客户选择了竞争对手")))
			.andExpect(content().string(containsString("data-testid=\"not-movable\"")))
			.andExpect(content().string(containsString("data-action=\"reopen\"")));

		this.mvc.perform(changeStatus("reopen", "")).andExpect(content().string(containsString("请写明重新激活的原因")));
		this.mvc.perform(changeStatus("reopen", "客户重新招标")).andExpect(redirectedUrl(page()));
		assertThat(this.deals.show(this.opportunityId).status()).isEqualTo(OpportunityStatus.OPEN);

		this.mvc.perform(changeStatus("hold", "客户预算冻结到明年")).andExpect(redirectedUrl(page()));
		assertThat(this.deals.show(this.opportunityId).status()).isEqualTo(OpportunityStatus.ON_HOLD);
		this.mvc.perform(changeStatus("reopen", "预算已批")).andExpect(redirectedUrl(page()));
		assertThat(this.deals.show(this.opportunityId).status()).isEqualTo(OpportunityStatus.OPEN);
		assertThat(this.deals.moveRows(this.opportunityId)).isEqualTo(4);
	}

	@Test
	void theProbabilityIsOverriddenWithAReasonAndGoesBackToTheDefault() throws Exception {
		OpportunityView deal = this.deals.show(this.opportunityId);
		this.mvc
			.perform(post("/opportunities/{id}/probability", this.opportunityId).param("version", "" + deal.version())
				.param("probability", "33")
				.param("probabilityReason", "")
				.with(this.deals.as("rep.zhang"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-error-for=\"probabilityReason\"")));
		assertThat(this.deals.show(this.opportunityId).probability()).isEqualTo(deal.probability());

		this.mvc
			.perform(post("/opportunities/{id}/probability", this.opportunityId).param("version", "" + deal.version())
				.param("probability", "33")
				.param("probabilityReason", "客户老板亲自推动")
				.with(this.deals.as("rep.zhang"))
				.with(csrf()))
			.andExpect(redirectedUrl(page()));
		OpportunityView overridden = this.deals.show(this.opportunityId);
		assertThat(overridden.probability()).isEqualTo(33);
		this.mvc.perform(get(page()).with(this.deals.as("rep.zhang")))
			.andExpect(content().string(containsString("手工调整：客户老板亲自推动")))
			.andExpect(content().string(containsString("里程碑默认 " + deal.defaultProbability() + "%")));

		this.mvc
			.perform(post("/opportunities/{id}/probability", this.opportunityId)
				.param("version", "" + overridden.version())
				.param("backToDefault", "true")
				.with(this.deals.as("rep.zhang"))
				.with(csrf()))
			.andExpect(redirectedUrl(page()));
		OpportunityView reset = this.deals.show(this.opportunityId);
		assertThat(reset.probability()).isEqualTo(deal.defaultProbability());
		assertThat(reset.probabilityReason()).isNull();
	}

	@Test
	void onlyTheTeamsManagerGivesTheDealAnotherOwner() throws Exception {
		OpportunityView deal = this.deals.show(this.opportunityId);
		long li = this.deals.viewer("rep.li").userId();
		this.mvc
			.perform(post("/opportunities/{id}/owner", this.opportunityId).param("version", "" + deal.version())
				.param("ownerId", "" + li)
				.with(this.deals.as("rep.zhang"))
				.with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(this.deals.show(this.opportunityId).ownerName()).isEqualTo(deal.ownerName());

		this.mvc.perform(get(page()).with(this.deals.as("manager.south")))
			.andExpect(content().string(containsString("data-testid=\"owner-form\"")))
			.andExpect(content().string(containsString(">李娜</option>")));
		this.mvc
			.perform(post("/opportunities/{id}/owner", this.opportunityId).param("version", "" + deal.version())
				.param("ownerId", "" + li)
				.with(this.deals.as("manager.south"))
				.with(csrf()))
			.andExpect(redirectedUrl(page()));
		assertThat(this.deals.show(this.opportunityId).ownerName()).isEqualTo("李娜");

		long wang = this.deals.viewer("rep.wang").userId();
		this.mvc
			.perform(post("/opportunities/{id}/owner", this.opportunityId)
				.param("version", "" + this.deals.show(this.opportunityId).version())
				.param("ownerId", "" + wang)
				.with(this.deals.as("manager.south"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("负责人必须是该商机所属团队的销售或经理")));
		assertThat(this.deals.show(this.opportunityId).ownerName()).isEqualTo("李娜");
	}

	@Test
	void aDealIsOpenedFromTheFormOnAnAccountTheUserSees() throws Exception {
		this.mvc
			.perform(get("/opportunities/new").param("accountId", "" + this.accountId).with(this.deals.as("rep.zhang")))
			.andExpect(status().isOk())
			.andExpect(view().name("opportunities/form"))
			.andExpect(content().string(containsString("value=\"" + this.accountId + "\" selected=\"selected\"")));

		this.mvc.perform(post("/opportunities").param("name", "无客户的商机").with(this.deals.as("rep.zhang")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("dealForm", "accountId"));

		MvcResult created = this.mvc
			.perform(post("/opportunities").param("accountId", "" + this.accountId)
				.param("name", "新厂冷却系统")
				.param("estimatedAmount", "85")
				.param("expectedSigningDate", "2030-03-31")
				.with(this.deals.as("rep.zhang"))
				.with(csrf()))
			.andExpect(redirectedUrlPattern("/opportunities/*"))
			.andReturn();
		long id = Long.parseLong(created.getResponse().getRedirectedUrl().substring("/opportunities/".length()));
		OpportunityView deal = this.deals.show(id);
		assertThat(deal.name()).isEqualTo("新厂冷却系统");
		assertThat(deal.accountId()).isEqualTo(this.accountId);
		assertThat(deal.estimatedAmount()).isEqualByComparingTo("85");

		this.mvc
			.perform(post("/opportunities").param("accountId", "" + this.accountId)
				.param("name", "新厂冷却系统")
				.with(this.deals.as("rep.wang"))
				.with(csrf()))
			.andExpect(status().isNotFound());
	}

	@Test
	void theAccountsOpportunitiesTabLinksEachDealAndShowsItsStatus() throws Exception {
		this.mvc.perform(get("/accounts/{id}/opportunities", this.accountId).with(this.deals.as("rep.zhang")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/opportunities/" + this.opportunityId + "\"")))
			.andExpect(content().string(containsString("<td data-field=\"status\">进行中</td>")));
	}

	/** A change of status; marking lost names a reason's category as the form asks. */
	private org.springframework.test.web.servlet.RequestBuilder changeStatus(String action, String reason) {
		return post("/opportunities/{id}/status", this.opportunityId)
			.param("version", "" + this.deals.show(this.opportunityId).version())
			.param("action", action)
			.param("reason", reason)
			.param("lossReason", "lost".equals(action) ? "COMPETITOR" : "")
			.with(this.deals.as("rep.zhang"))
			.with(csrf());
	}

	private String page() {
		return "/opportunities/" + this.opportunityId;
	}

	private int ticks() {
		return this.jdbc.queryForObject("select count(*) from checklist_tick where opportunity_id = ?", Integer.class,
				this.opportunityId);
	}

	/** The text as Thymeleaf writes it into the page. */
	private static String html(String text) {
		return text.replace("&", "&amp;")
			.replace("<", "&lt;")
			.replace(">", "&gt;")
			.replace("\"", "&quot;")
			.replace("'", "&#39;");
	}

}
