package com.kacrm.app.opportunity;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.kacrm.app.test.CrmIntegrationTest;
import com.kacrm.domain.competitor.CompetitorDetails;
import com.kacrm.domain.opportunity.LossReason;
import com.kacrm.domain.opportunity.OpportunityStatus;
import com.kacrm.domain.playbook.Milestone;
import com.kacrm.persistence.competitor.CompetitorService;
import com.kacrm.persistence.opportunity.MilestoneService;
import com.kacrm.persistence.opportunity.OpportunityView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The figures the win/loss and key-account reports read, recorded on the deal's page and
 * through the API: marking lost asks for the reason's category (required) and optionally
 * the competitor; the contract takes a profit that may be negative but not above the
 * amount. Bad input is shown next to its field and saves nothing; what is saved is in the
 * deal's history.
 */
@CrmIntegrationTest
class DealLossReasonIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	CompetitorService competitors;

	@Autowired
	MilestoneService milestones;

	@Autowired
	JdbcTemplate jdbc;

	DealPageFixture deals;

	long opportunityId;

	String rivalName;

	long rival;

	@BeforeEach
	void createDeal() {
		this.deals = new DealPageFixture(this.context);
		this.opportunityId = this.deals.newDeal("丢单原因测试").opportunityId();
		this.rivalName = "丢单对手" + UUID.randomUUID().toString().substring(0, 8);
		this.rival = this.competitors.create(new CompetitorDetails(this.rivalName, null, null, null, null),
				this.deals.viewer("admin"));
	}

	@Test
	void theLostFormOffersTheCategoriesAndTheCompetitors() throws Exception {
		this.mvc.perform(get("/opportunities/{id}", this.opportunityId).with(this.deals.as(DealPageFixture.REP)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"lossReason\"")))
			.andExpect(content().string(containsString("value=\"NO_DECISION\"")))
			.andExpect(content().string(containsString("name=\"lostToCompetitorId\"")))
			.andExpect(content().string(containsString(this.rivalName)));
	}

	@Test
	void aDealLostWithCategoryAndCompetitorShowsThemAndKeepsThemInItsHistory() throws Exception {
		this.mvc.perform(lost("COMPETITOR", "" + this.rival, "对手价格低 15%")).andExpect(redirectedUrl(page()));
		OpportunityView deal = this.deals.show(this.opportunityId);
		assertThat(deal.status()).isEqualTo(OpportunityStatus.LOST);
		assertThat(deal.lossReason()).isEqualTo(LossReason.COMPETITOR);
		assertThat(deal.lostToCompetitorId()).isEqualTo(this.rival);
		assertThat(this.jdbc.queryForObject("select closed_at is not null from opportunity where id = ?", Boolean.class,
				this.opportunityId))
			.isTrue();
		this.mvc.perform(get(page()).with(this.deals.as(DealPageFixture.REP)))
			.andExpect(content().string(containsString("data-field=\"lossReason\">输给竞争对手</dd>")))
			.andExpect(content().string(containsString("data-field=\"lostToCompetitor\">" + this.rivalName + "</dd>")));
		List<String> fields = this.jdbc.queryForList(
				"select field from history_entry where subject_type = 'OPPORTUNITY' and subject_id = ?", String.class,
				this.opportunityId);
		assertThat(fields).contains("opportunity.lossReason", "opportunity.lostToCompetitor");
	}

	@Test
	void withoutACategoryOrWithAnUnknownCompetitorTheFormComesBackWithTheMessageAndNothingChanges() throws Exception {
		long version = this.deals.show(this.opportunityId).version();
		this.mvc.perform(lost("", "", "客户不做了"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("is-invalid")))
			.andExpect(content().string(containsString("必填")));
		this.mvc.perform(lost("PRICE", "999999999", "价格"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("没有这个竞争对手")));
		this.mvc.perform(lost("NOT_A_REASON", "", "价格")).andExpect(status().isOk());
		OpportunityView deal = this.deals.show(this.opportunityId);
		assertThat(deal.status()).isEqualTo(OpportunityStatus.OPEN);
		assertThat(deal.lossReason()).isNull();
		assertThat(deal.version()).isEqualTo(version);
	}

	@Test
	void theContractTakesAProfitThatMayBeNegativeButNotAboveTheAmount() throws Exception {
		win();
		this.mvc.perform(contract("100", "120"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("利润不能高于合同金额")));
		assertThat(this.deals.show(this.opportunityId).contractAmount()).isNull();

		this.mvc.perform(contract("100", "-8.5"))
			.andExpect(redirectedUrl("/opportunities/" + this.opportunityId + "/contract"));
		assertThat(this.deals.show(this.opportunityId).profit()).isEqualByComparingTo("-8.5");
		this.mvc.perform(get("/opportunities/{id}/contract", this.opportunityId).with(this.deals.as("admin")))
			.andExpect(content().string(containsString("data-testid=\"contract-profit\">-8.50</dd>")));
	}

	@Test
	void theApiMarksLostWithCategoryAndCompetitorAndRecordsTheProfit() throws Exception {
		long version = this.deals.show(this.opportunityId).version();
		this.mvc
			.perform(post("/api/v1/opportunities/{id}/status", this.opportunityId)
				.with(httpBasic(DealPageFixture.REP, "demo1234"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"action\":\"lost\",\"reason\":\"价格\",\"version\":" + version + "}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("lossReason")));
		this.mvc
			.perform(post("/api/v1/opportunities/{id}/status", this.opportunityId)
				.with(httpBasic(DealPageFixture.REP, "demo1234"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"action\":\"lost\",\"reason\":\"价格\",\"lossReason\":\"PRICE\",\"lostToCompetitorId\":"
						+ this.rival + ",\"version\":" + version + "}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("LOST"))
			.andExpect(jsonPath("$.lossReason").value("PRICE"))
			.andExpect(jsonPath("$.lostToCompetitorName").value(this.rivalName));

		long won = this.deals.newDeal("接口利润").opportunityId();
		winDeal(won);
		this.mvc
			.perform(put("/api/v1/opportunities/{id}/contract", won).with(httpBasic("admin", "demo1234"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"contractAmount\":200,\"profit\":35.5,\"contractSignedOn\":\""
						+ LocalDate.now().minusDays(1) + "\",\"version\":" + this.deals.show(won).version() + "}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.profit").value(35.5));
	}

	private void win() {
		winDeal(this.opportunityId);
	}

	private void winDeal(long id) {
		for (Milestone milestone : List.of(Milestone.CALL_AND_VISIT, Milestone.PROJECT_APPROVAL, Milestone.DEEP_CONTACT,
				Milestone.SOLUTION_AND_TENDER, Milestone.NEGOTIATION, Milestone.CONTRACT_SIGNED)) {
			this.milestones.move(id, null, milestone, "测试中经理批准跳过", true, this.deals.viewer("admin"));
		}
	}

	private org.springframework.test.web.servlet.RequestBuilder lost(String category, String competitor,
			String reason) {
		return post("/opportunities/{id}/status", this.opportunityId)
			.param("version", "" + this.deals.show(this.opportunityId).version())
			.param("action", "lost")
			.param("reason", reason)
			.param("lossReason", category)
			.param("lostToCompetitorId", competitor)
			.with(this.deals.as(DealPageFixture.REP))
			.with(csrf());
	}

	private org.springframework.test.web.servlet.RequestBuilder contract(String amount, String profit) {
		return post("/opportunities/{id}/contract", this.opportunityId)
			.param("version", "" + this.deals.show(this.opportunityId).version())
			.param("contractAmount", amount)
			.param("profit", profit)
			.param("contractSignedOn", LocalDate.now().minusDays(1).toString())
			.with(this.deals.as("admin"))
			.with(csrf());
	}

	private String page() {
		return "/opportunities/" + this.opportunityId;
	}

}
