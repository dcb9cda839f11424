package com.kacrm.app.opportunity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.kacrm.app.test.AccountWithOpportunity;
import com.kacrm.domain.opportunity.OpportunityDetails;
import com.kacrm.domain.playbook.Milestone;
import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.persistence.lead.ConversionResult;
import com.kacrm.persistence.lead.LeadConversionService;
import com.kacrm.persistence.lead.LeadService;
import com.kacrm.persistence.lead.LeadSheetService;
import com.kacrm.persistence.opportunity.MilestoneService;
import com.kacrm.persistence.opportunity.OpportunityBoard;
import com.kacrm.persistence.opportunity.OpportunityRow;
import com.kacrm.persistence.opportunity.OpportunityService;
import com.kacrm.persistence.shared.Viewer;
import com.kacrm.web.opportunity.MoveRejection;
import com.kacrm.web.opportunity.OpportunityListLinks;
import com.kacrm.web.shared.CurrentUser;
import com.kacrm.app.test.CrmIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static com.kacrm.app.test.FlashAttributes.flash;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesRegex;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The opportunity list, the board and the compliance report on screen, and the list API:
 * filters kept in every link, the board's columns in milestone order with their counts
 * and amounts and a move form per card, the refused move shown on the board, the
 * overrides listed for managers (403 for reps), paging, filters and the sort allow list
 * of the API, and another team's rep seeing none of it. The database is shared: every
 * deal's name carries this test's marker, which the search filters by.
 */
@CrmIntegrationTest
class OpportunityListIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	LeadService leads;

	@Autowired
	LeadSheetService sheet;

	@Autowired
	LeadConversionService conversions;

	@Autowired
	OpportunityService opportunities;

	@Autowired
	MilestoneService milestones;

	String marker;

	long stamping;

	long radiators;

	long aerospace;

	@BeforeEach
	void createDeals() {
		this.marker = "列表" + UUID.randomUUID().toString().substring(0, 8);
		Viewer zhang = viewer("rep.zhang");
		ConversionResult south = new AccountWithOpportunity(this.leads, this.sheet, this.conversions).create(zhang,
				"SZ", this.marker + "深圳客户", this.marker + "冲压件项目");
		this.stamping = south.opportunityId();
		describe(this.stamping, "100", LocalDate.of(2027, 3, 1), zhang);
		this.radiators = this.opportunities.open(south.accountId(), this.marker + "散热器项目", zhang);
		describe(this.radiators, "500", LocalDate.of(2027, 6, 1), zhang);
		this.milestones.move(this.radiators, null, Milestone.CALL_AND_VISIT, "客户总经理已当面确认需求", true,
				viewer("manager.south"));
		Viewer wang = viewer("rep.wang");
		this.aerospace = new AccountWithOpportunity(this.leads, this.sheet, this.conversions)
			.create(wang, "SH", this.marker + "上海客户", this.marker + "航空项目")
			.opportunityId();
		describe(this.aerospace, "300", LocalDate.of(2027, 9, 1), wang);
	}

	@Test
	void theListKeepsItsFiltersInEveryLinkAndLinksToTheBoardAndNewDeals() throws Exception {
		MvcResult result = this.mvc
			.perform(get("/opportunities").param("q", this.marker)
				.param("status", "OPEN")
				.param("milestone", "PLANNING")
				.with(as("rep.zhang")))
			.andExpect(status().isOk())
			.andExpect(view().name("opportunities/list"))
			.andExpect(content().string(containsString(this.marker + "冲压件项目")))
			.andExpect(content().string(not(containsString(this.marker + "散热器项目"))))
			.andExpect(content().string(containsString("href=\"/opportunities/new\"")))
			.andExpect(content().string(containsString("href=\"/opportunities/" + this.stamping + "\"")))
			.andExpect(content().string(containsString("共 1 个商机")))
			.andExpect(content().string(not(containsString("data-testid=\"overrides-link\""))))
			.andReturn();
		OpportunityListLinks links = (OpportunityListLinks) result.getModelAndView().getModel().get("links");
		assertThat(links.sortBy("amount")).contains("status=OPEN", "milestone=PLANNING", "sort=amount,asc",
				"q=%E5%88%97%E8%A1%A8");
		assertThat(links.page(1)).contains("status=OPEN", "milestone=PLANNING", "page=1");
		assertThat(links.board()).startsWith("/opportunities/board?").contains("status=OPEN", "milestone=PLANNING");
		assertThat(html(result)).contains("href=\"/opportunities/board?q=%E5%88%97%E8%A1%A8");

		this.mvc.perform(get("/opportunities").param("q", this.marker).with(as("manager.south")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"overrides-link\"")))
			.andExpect(content().string(containsString("共 2 个商机")))
			.andExpect(content().string(matchesRegex("(?s).*href=\"/opportunities\"\\s+data-nav=\"OPPORTUNITIES\".*")));
	}

	@Test
	void theBoardShowsTheEightMilestonesInOrderWithCountsAmountsAndAMoveFormPerCard() throws Exception {
		MvcResult result = this.mvc
			.perform(get("/opportunities/board").param("q", this.marker).with(as("manager.south")))
			.andExpect(status().isOk())
			.andExpect(view().name("opportunities/board"))
			.andExpect(content().string(containsString("/js/board.js")))
			.andReturn();
		OpportunityBoard board = (OpportunityBoard) result.getModelAndView().getModel().get("board");
		assertThat(board.columns()).extracting(OpportunityBoard.Column::milestone).containsExactly(Milestone.values());
		assertThat(board.columns().get(0).cards()).extracting(OpportunityRow::id).containsExactly(this.stamping);
		assertThat(board.columns().get(0).total()).isEqualByComparingTo("100");
		assertThat(board.columns().get(1).count()).isEqualTo(1);
		assertThat(board.columns().get(1).total()).isEqualByComparingTo("500");
		String html = html(result);
		int previous = -1;
		for (Milestone milestone : Milestone.values()) {
			int at = html.indexOf("data-testid=\"board-column\" data-milestone=\"" + milestone.name() + "\"");
			assertThat(at).as(milestone.name()).isGreaterThan(previous);
			previous = at;
		}
		String card = html.substring(html.indexOf("data-opportunity=\"" + this.stamping + "\""));
		card = card.substring(0, card.indexOf("</article>"));
		assertThat(card).contains("data-milestone=\"PLANNING\"",
				"action=\"/opportunities/" + this.stamping + "/milestone\"", "data-testid=\"board-move-form\"",
				"name=\"from\" value=\"board\"", "name=\"target\" value=\"CALL_AND_VISIT\"", "name=\"version\"",
				"name=\"_csrf\"", "推进到下一里程碑", "100.00 万元", "本阶段 0 天", "张伟");
	}

	@Test
	void theBoardShowsARefusedMoveAndTheSuccessMessageItIsRedirectedWith() throws Exception {
		MoveRejection rejection = new MoveRejection(this.stamping, this.marker + "冲压件项目", Milestone.PLANNING,
				Milestone.CALL_AND_VISIT, List.of(new MoveRejection.Item(1L, "至少记录一次上门拜访", "At least one visit")),
				List.of());
		this.mvc.perform(get("/opportunities/board").with(flash("moveRejection", rejection)).with(as("rep.zhang")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"move-rejected\"")))
			.andExpect(content().string(containsString("至少记录一次上门拜访")));
		MoveRejection broken = MoveRejection.of(this.stamping, "冲压件", Milestone.PLANNING, Milestone.PROJECT_APPROVAL,
				ChangeRejected.of("target", "opportunity.move.oneStep"));
		this.mvc
			.perform(get("/opportunities/board").with(flash("moveRejection", broken))
				.with(flash("flashSuccess", "opportunityBoard.moveNext"))
				.with(as("rep.zhang")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("里程碑只能逐级推进，一次前进一步")))
			.andExpect(content().string(containsString("alert-success")));
	}

	@Test
	void aRepOfAnotherTeamSeesNoneOfTheDealsOnTheListTheBoardOrTheApi() throws Exception {
		this.mvc.perform(get("/opportunities").param("q", this.marker).with(as("rep.wang")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(this.marker + "航空项目")))
			.andExpect(content().string(not(containsString(this.marker + "冲压件项目"))))
			.andExpect(content().string(not(containsString(this.marker + "散热器项目"))));
		this.mvc.perform(get("/opportunities/board").param("q", this.marker).with(as("rep.wang")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("data-opportunity=\"" + this.stamping + "\""))))
			.andExpect(content().string(containsString("data-opportunity=\"" + this.aerospace + "\"")));
		this.mvc.perform(get("/api/v1/opportunities").param("q", this.marker).with(basic("rep.wang")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].id").value(this.aerospace));
	}

	@Test
	void theComplianceReportListsTheManagersOverrideWithTheMissingItemsAndRefusesReps() throws Exception {
		String html = html(this.mvc.perform(get("/opportunities/overrides").with(as("manager.south")))
			.andExpect(status().isOk())
			.andExpect(view().name("opportunities/overrides"))
			.andReturn());
		int row = html.indexOf("data-opportunity=\"" + this.radiators + "\"");
		assertThat(row).isPositive();
		String line = html.substring(row, html.indexOf("</tr>", row));
		assertThat(line).contains(this.marker + "散热器项目", "客户总经理已当面确认需求", "陈志强", "行业与客户规划 → 电话预约与上门拜访",
				"已按行业战略分类（主流、次主流、非主流）选定目标行业");
		this.mvc.perform(get("/opportunities/overrides").with(as("manager.east")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("data-opportunity=\"" + this.radiators + "\""))));
		this.mvc.perform(get("/opportunities/overrides").with(as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-opportunity=\"" + this.radiators + "\"")));
		LocalDate longAgo = LocalDate.of(2020, 1, 1);
		this.mvc
			.perform(get("/opportunities/overrides").param("from", longAgo.toString())
				.param("to", longAgo.plusDays(30).toString())
				.with(as("manager.south")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"overrides-empty\"")));
		this.mvc.perform(get("/opportunities/overrides").with(as("rep.zhang"))).andExpect(status().isForbidden());
	}

	@Test
	void theApiPagesFiltersScopesAndAllowsOnlyListedSortKeys() throws Exception {
		this.mvc
			.perform(get("/api/v1/opportunities").param("q", this.marker)
				.param("sort", "amount,desc")
				.param("size", "1")
				.with(basic("admin")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page.totalElements").value(3))
			.andExpect(jsonPath("$.page.totalPages").value(3))
			.andExpect(jsonPath("$.content[0].id").value(this.radiators))
			.andExpect(jsonPath("$.content[0].milestone").value("CALL_AND_VISIT"))
			.andExpect(jsonPath("$.content[0].estimatedAmount").value(500.0))
			.andExpect(jsonPath("$.content[0].ownerName").value("张伟"));
		this.mvc
			.perform(get("/api/v1/opportunities").param("q", this.marker)
				.param("sort", "amount,desc")
				.param("size", "1")
				.param("page", "2")
				.with(basic("admin")))
			.andExpect(jsonPath("$.content[0].id").value(this.stamping));
		this.mvc
			.perform(get("/api/v1/opportunities").param("q", this.marker)
				.param("milestone", "CALL_AND_VISIT")
				.with(basic("manager.south")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].id").value(this.radiators));
		this.mvc.perform(get("/api/v1/opportunities").param("q", this.marker).with(basic("rep.zhang")))
			.andExpect(jsonPath("$.page.totalElements").value(2));
		this.mvc.perform(get("/api/v1/opportunities").param("size", "150").with(basic("admin")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page.size").value(100));
		this.mvc.perform(get("/api/v1/opportunities").param("sort", "createdByName").with(basic("admin")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.supportedSort").isArray());
	}

	private void describe(long id, String amount, LocalDate signing, Viewer viewer) {
		var deal = this.opportunities.show(id, viewer);
		this.opportunities.update(id, deal.version(),
				new OpportunityDetails(deal.name(), null, new BigDecimal(amount), signing, null, null), viewer);
	}

	private static String html(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString();
	}

	private Viewer viewer(String username) {
		return ((CurrentUser) this.users.loadUserByUsername(username)).viewer();
	}

	private RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

	private static RequestPostProcessor basic(String username) {
		return httpBasic(username, "demo1234");
	}

}
