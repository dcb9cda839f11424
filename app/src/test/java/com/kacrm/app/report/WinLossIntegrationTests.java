package com.kacrm.app.report;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import com.kacrm.app.opportunity.DealPageFixture;
import com.kacrm.app.test.CrmIntegrationTest;
import com.kacrm.domain.competitor.CompetitorDetails;
import com.kacrm.domain.opportunity.LossReason;
import com.kacrm.persistence.competitor.CompetitorService;
import com.kacrm.persistence.lead.ConversionResult;
import com.kacrm.persistence.opportunity.OpportunityService;
import com.kacrm.persistence.report.WinLossResult;
import com.kacrm.persistence.report.WinLossRow;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The win/loss screen, its .xlsx and its API on the shared database: a deal of
 * rep.zhang's lost for price to a competitor of the test's own shows on the competitor's
 * line; the export and the API give the screen's numbers for the same filters; rep.wang
 * (another team) never sees it.
 */
@CrmIntegrationTest
class WinLossIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	OpportunityService opportunities;

	@Autowired
	CompetitorService competitors;

	DealPageFixture deals;

	String rivalName;

	long rival;

	BigDecimal lostAmount;

	@BeforeEach
	void loseADealToACompetitor() {
		this.deals = new DealPageFixture(this.context);
		this.rivalName = "赢丢对手" + UUID.randomUUID().toString().substring(0, 8);
		this.rival = this.competitors.create(new CompetitorDetails(this.rivalName, null, null, null, null),
				this.deals.viewer("admin"));
		ConversionResult deal = this.deals.newDeal("赢丢分析");
		long id = deal.opportunityId();
		BigDecimal estimate = this.deals.show(id).estimatedAmount();
		// a deal converted from a lead has no estimate yet: the report counts it as 0
		this.lostAmount = (estimate != null) ? estimate : BigDecimal.ZERO;
		this.opportunities.markLost(id, this.deals.show(id).version(), LossReason.PRICE, this.rival, "对手报价低",
				this.deals.viewer(DealPageFixture.REP));
	}

	@Test
	void theScreenShowsTheBreakdownsTheChartAndTheCompetitorsLine() throws Exception {
		MvcResult page = this.mvc.perform(get("/reports/win-loss").with(this.deals.as("manager.south")))
			.andExpect(status().isOk())
			.andExpect(view().name("reports/win-loss"))
			.andExpect(content().string(containsString("id=\"win-loss-chart\"")))
			.andExpect(content().string(containsString("data-chart=")))
			.andExpect(content().string(containsString("/js/win-loss.js")))
			.andExpect(content().string(containsString("href=\"/reports/win-loss/export.xlsx?")))
			.andExpect(content().string(containsString(this.rivalName)))
			.andExpect(content().string(containsString("价格")))
			.andReturn();
		WinLossResult result = (WinLossResult) page.getModelAndView().getModel().get("result");
		WinLossRow line = competitorLine(result);
		assertThat(line.lost()).isEqualTo(1);
		assertThat(line.won()).isZero();
		assertThat(line.lostAmount()).isEqualByComparingTo(this.lostAmount);
		assertThat(result.total().lost()).isPositive();
		assertThat(result.byReason().stream().mapToLong((r) -> r.lost()).sum()).isEqualTo(result.total().lost());
		assertThat(result.filter().to()).isNotNull();
		assertThat(result.filter().from()).isEqualTo(result.filter().to().minusMonths(12).plusDays(1));
	}

	@Test
	void theExportHasOneSheetPerBreakdownWithTheScreensNumbers() throws Exception {
		WinLossResult screen = (WinLossResult) this.mvc
			.perform(get("/reports/win-loss").param("team", "" + teamOfZhang()).with(this.deals.as("admin")))
			.andReturn()
			.getModelAndView()
			.getModel()
			.get("result");
		byte[] xlsx = this.mvc
			.perform(
					get("/reports/win-loss/export.xlsx").param("team", "" + teamOfZhang()).with(this.deals.as("admin")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type",
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			List<Sheet> sheets = workbook.getSheets().toList();
			assertThat(sheets).extracting(Sheet::getName).containsExactly("按丢单原因", "按行业", "按客户分类", "按竞争对手");
			List<Row> reasons = sheets.get(0).read();
			assertThat(reasons.get(1).getCellText(0)).isEqualTo("丢单原因");
			Row reasonTotal = reasons.get(reasons.size() - 1);
			assertThat(reasonTotal.getCellText(0)).isEqualTo("合计");
			assertThat(reasonTotal.getCellAsNumber(1)).hasValueSatisfying(
					(n) -> assertThat(n).isEqualByComparingTo(BigDecimal.valueOf(screen.total().lost())));
			List<Row> industries = sheets.get(1).read();
			Row industryTotal = industries.get(industries.size() - 1);
			assertThat(industryTotal.getCellAsNumber(1)).hasValueSatisfying(
					(n) -> assertThat(n).isEqualByComparingTo(BigDecimal.valueOf(screen.total().won())));
			assertThat(industryTotal.getCellAsNumber(3))
				.hasValueSatisfying((n) -> assertThat(n).isEqualByComparingTo(screen.total().wonAmount()));
			assertThat(industryTotal.getCellAsNumber(4))
				.hasValueSatisfying((n) -> assertThat(n).isEqualByComparingTo(screen.total().lostAmount()));
			Row rivalRow = sheets.get(3)
				.read()
				.stream()
				.filter((r) -> this.rivalName.equals(r.getCellText(0)))
				.findFirst()
				.orElseThrow();
			assertThat(rivalRow.getCellAsNumber(2))
				.hasValueSatisfying((n) -> assertThat(n).isEqualByComparingTo(BigDecimal.ONE));
			assertThat(rivalRow.getCellAsNumber(4))
				.hasValueSatisfying((n) -> assertThat(n).isEqualByComparingTo(this.lostAmount));
		}
	}

	@Test
	void theApiAnswersTheScreensNumbersForTheSameFilters() throws Exception {
		WinLossResult screen = (WinLossResult) this.mvc
			.perform(get("/reports/win-loss").with(this.deals.as("manager.south")))
			.andReturn()
			.getModelAndView()
			.getModel()
			.get("result");
		this.mvc.perform(get("/api/v1/reports/win-loss").with(httpBasic("manager.south", "demo1234")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.from").value(screen.filter().from().toString()))
			.andExpect(jsonPath("$.total.won").value(screen.total().won()))
			.andExpect(jsonPath("$.total.lost").value(screen.total().lost()))
			.andExpect(jsonPath("$.byReason.length()").value(LossReason.values().length))
			.andExpect(jsonPath("$.byCompetitor[?(@.name == '" + this.rivalName + "')].lost").value(1));
	}

	@Test
	void aRepOfAnotherTeamNeverSeesTheDealEvenWhenFilteringForIt() throws Exception {
		this.mvc.perform(get("/reports/win-loss").param("team", "" + teamOfZhang()).with(this.deals.as("rep.wang")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(this.rivalName))));
		this.mvc.perform(get("/api/v1/reports/win-loss").with(httpBasic("rep.wang", "demo1234")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(this.rivalName))));
		this.mvc.perform(get("/reports/win-loss").with(this.deals.as("rep.zhang")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(this.rivalName)));
	}

	@Test
	void aPeriodWithoutClosedDealsShowsNoCompetitorLine() throws Exception {
		this.mvc
			.perform(get("/reports/win-loss").param("from", "2001-01-01")
				.param("to", "2001-12-31")
				.with(this.deals.as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(this.rivalName))))
			.andExpect(content().string(containsString("value=\"2001-01-01\"")));
	}

	private WinLossRow competitorLine(WinLossResult result) {
		return result.byCompetitor()
			.stream()
			.filter((r) -> String.valueOf(this.rival).equals(r.key()))
			.findFirst()
			.orElseThrow();
	}

	private long teamOfZhang() {
		return this.deals.show(this.deals.newDeal("取团队").opportunityId()).teamId();
	}

}
