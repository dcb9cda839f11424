package com.kacrm.app.orgchart;

import java.util.UUID;

import com.kacrm.app.test.AccountWithOpportunity;
import com.kacrm.app.test.CrmIntegrationTest;
import com.kacrm.domain.buyingcentre.BuyingRole;
import com.kacrm.domain.buyingcentre.Support;
import com.kacrm.domain.contact.ContactDetails;
import com.kacrm.domain.contact.ContactLevel;
import com.kacrm.persistence.buyingcentre.BuyingCentreMemberRow;
import com.kacrm.persistence.buyingcentre.BuyingCentreService;
import com.kacrm.persistence.contact.ContactService;
import com.kacrm.persistence.contact.NewContact;
import com.kacrm.persistence.orgchart.OrgChartEdits;
import com.kacrm.persistence.lead.ConversionResult;
import com.kacrm.persistence.lead.LeadConversionService;
import com.kacrm.persistence.lead.LeadService;
import com.kacrm.persistence.lead.LeadSheetService;
import com.kacrm.persistence.shared.Viewer;
import com.kacrm.web.shared.CurrentUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The org chart tab, its forms and the org-chart and buying-centre API with the demo
 * users: rep.zhang (SZ) works on an account of his own; rep.wang (SH) finds nothing of
 * it.
 */
@CrmIntegrationTest
class OrgChartIntegrationTests {

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
	ContactService contacts;

	@Autowired
	BuyingCentreService buyingCentres;

	@Autowired
	OrgChartEdits edits;

	long accountId;

	long opportunityId;

	long boss;

	long engineer;

	@BeforeEach
	void createAccount() {
		ConversionResult result = new AccountWithOpportunity(this.leads, this.sheet, this.conversions)
			.create(viewer("rep.zhang"), "SZ", "深圳组织图测试" + UUID.randomUUID().toString().substring(0, 8), "换热器项目");
		this.accountId = result.accountId();
		this.opportunityId = result.opportunityId();
		this.boss = person("王董事长", "董事长", ContactLevel.IMAGE, null);
		this.engineer = person("李总工", "总工程师", ContactLevel.IMPLEMENTATION, this.boss);
		this.contacts.addInfluence(this.accountId, this.engineer, this.boss, "技术选型听李总工", viewer("rep.zhang"));
		this.buyingCentres.assign(this.opportunityId, this.engineer, BuyingRole.EVALUATOR, null, Support.CHAMPION,
				viewer("rep.zhang"));
	}

	@Test
	void theChartPageDrawsEveryPersonAsALinkedBoxWithTheDealsRolesAndCoverage() throws Exception {
		this.mvc
			.perform(get("/accounts/{id}/org-chart", this.accountId).param("opportunity", "" + this.opportunityId)
				.with(as("rep.zhang")))
			.andExpect(status().isOk())
			.andExpect(view().name("orgchart/chart"))
			.andExpect(content().string(containsString("<svg")))
			.andExpect(content().string(containsString("data-contact=\"" + this.boss + "\"")))
			.andExpect(content()
				.string(containsString("href=\"/accounts/" + this.accountId + "/contacts/" + this.engineer + "\"")))
			.andExpect(content().string(containsString("org-node support-champion")))
			.andExpect(content().string(containsString("class=\"org-reporting-line\"")))
			.andExpect(content().string(containsString("class=\"org-influence-line\"")))
			.andExpect(content().string(containsString("李总工 影响 王董事长：技术选型听李总工")))
			.andExpect(content().string(containsString("data-warning=\"NO_FINAL_APPROVER\"")))
			.andExpect(content().string(containsString("尚未识别最后批准人（※）")))
			.andExpect(content().string(containsString("aria-current=\"page\" data-tab=\"orgChart\"")));
	}

	@Test
	void withoutADealTheChartShowsNoRolesAndNoCoveragePanel() throws Exception {
		this.mvc.perform(get("/accounts/{id}/org-chart", this.accountId).with(as("rep.zhang")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("org-node support-none")))
			.andExpect(content().string(not(containsString("data-testid=\"coverage\""))));
	}

	@Test
	void aRepOfAnotherTeamGetsNotFoundOnTheChartItsFormsAndTheApi() throws Exception {
		this.mvc.perform(get("/accounts/{id}/org-chart", this.accountId).with(as("rep.wang")))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/accounts/{id}/org-chart/people", this.accountId).param("name", "不该出现")
				.param("level", "USAGE")
				.param("relationshipDepth", "1")
				.with(as("rep.wang"))
				.with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/accounts/{id}/org-chart", this.accountId).with(httpBasic("rep.wang", "demo1234")))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(get("/api/v1/opportunities/{id}/buying-centre", this.opportunityId)
				.with(httpBasic("rep.wang", "demo1234")))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(put("/api/v1/opportunities/{id}/buying-centre/{cid}", this.opportunityId, this.boss)
				.with(httpBasic("rep.wang", "demo1234"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"role\":\"FINAL_APPROVER\",\"support\":\"OPPONENT\"}"))
			.andExpect(status().isNotFound());
		assertThat(this.contacts.contactsOf(this.accountId, false, viewer("rep.zhang"))).hasSize(2);
	}

	@Test
	void theApiAnswersNodesAndTypedEdges() throws Exception {
		this.mvc
			.perform(
					get("/api/v1/accounts/{id}/org-chart", this.accountId).param("opportunity", "" + this.opportunityId)
						.with(httpBasic("rep.zhang", "demo1234")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.nodes", hasSize(2)))
			.andExpect(jsonPath("$.nodes[0].name").value("王董事长"))
			.andExpect(jsonPath("$.nodes[0].level").value("IMAGE"))
			.andExpect(jsonPath("$.nodes[0].reportsTo").isEmpty())
			.andExpect(jsonPath("$.nodes[1].reportsTo").value(this.boss))
			.andExpect(jsonPath("$.nodes[1].role").value("EVALUATOR"))
			.andExpect(jsonPath("$.nodes[1].roleSymbol").value("="))
			.andExpect(jsonPath("$.nodes[1].support").value("CHAMPION"))
			.andExpect(jsonPath("$.nodes[1].depth").value(3))
			.andExpect(jsonPath("$.edges", hasSize(2)))
			.andExpect(jsonPath("$.edges[*].type", hasItem("REPORTING")))
			.andExpect(jsonPath("$.edges[?(@.type == 'INFLUENCE')].note", hasItem("技术选型听李总工")))
			.andExpect(jsonPath("$.edges[?(@.type == 'REPORTING')].from", hasItem((int) this.boss)));
	}

	@Test
	void theBuyingCentreApiSeatsAndRemovesAPersonAndAnswersTheCoverage() throws Exception {
		this.mvc
			.perform(put("/api/v1/opportunities/{id}/buying-centre/{cid}", this.opportunityId, this.boss)
				.with(httpBasic("rep.zhang", "demo1234"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"role\":\"FINAL_APPROVER\",\"attitude\":\"CONSERVATIVE\",\"support\":\"OPPONENT\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.members", hasSize(2)))
			.andExpect(jsonPath("$.coverage.roles[0].role").value("FINAL_APPROVER"))
			.andExpect(jsonPath("$.coverage.roles[0].holders[0].name").value("王董事长"))
			.andExpect(jsonPath("$.coverage.warnings[?(@.code == 'FINAL_APPROVER_OPPOSED')].critical", hasItem(true)))
			.andExpect(jsonPath("$.coverage.warnings[?(@.code == 'FINAL_APPROVER_OPPOSED')].message",
					hasItem("最后批准人 王董事长 反对我们的项目")))
			.andExpect(jsonPath("$.coverage.warnings[?(@.code == 'NO_FINAL_APPROVER')]", hasSize(0)));
		this.mvc
			.perform(put("/api/v1/opportunities/{id}/buying-centre/{cid}", this.opportunityId, this.boss)
				.with(httpBasic("rep.zhang", "demo1234"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"role\":\"FINAL_APPROVER\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[0].field").value("support"));
		this.mvc
			.perform(delete("/api/v1/opportunities/{id}/buying-centre/{cid}", this.opportunityId, this.boss)
				.with(httpBasic("rep.zhang", "demo1234")))
			.andExpect(status().isNoContent());
		this.mvc
			.perform(get("/api/v1/opportunities/{id}/buying-centre", this.opportunityId)
				.with(httpBasic("rep.zhang", "demo1234")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.members", hasSize(1)))
			.andExpect(jsonPath("$.coverage.warnings[0].code").value("NO_FINAL_APPROVER"))
			.andExpect(jsonPath("$.coverage.warnings[0].critical").value(true));
	}

	@Test
	void theQuickAddFormAddsAPersonUnderTheirManagerAndRedirectsKeepingTheDeal() throws Exception {
		this.mvc
			.perform(post("/accounts/{id}/org-chart/people", this.accountId)
				.param("opportunity", "" + this.opportunityId)
				.param("name", "赵采购")
				.param("title", "采购经理")
				.param("department", "采购部")
				.param("level", "IMPLEMENTATION")
				.param("reportsToId", "" + this.boss)
				.param("relationshipDepth", "2")
				.with(as("rep.zhang"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/accounts/" + this.accountId + "/org-chart?opportunity=" + this.opportunityId));
		assertThat(this.contacts.contactsOf(this.accountId, false, viewer("rep.zhang"))).anySatisfy((row) -> {
			assertThat(row.name()).isEqualTo("赵采购");
			assertThat(row.reportsToId()).isEqualTo(this.boss);
			assertThat(row.relationshipDepth()).isEqualTo(2);
		});
	}

	@Test
	void aMissingNameOrLevelIsShownNextToTheFieldAndNothingIsSaved() throws Exception {
		this.mvc
			.perform(post("/accounts/{id}/org-chart/people", this.accountId).param("name", " ")
				.param("title", "保留的职务")
				.param("relationshipDepth", "1")
				.with(as("rep.zhang"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name("orgchart/chart"))
			.andExpect(model().attributeHasFieldErrors("personForm", "name", "level"))
			.andExpect(content().string(containsString("data-error-for=\"name\"")))
			.andExpect(content().string(containsString("value=\"保留的职务\"")));
		assertThat(this.contacts.contactsOf(this.accountId, false, viewer("rep.zhang"))).hasSize(2);
	}

	@Test
	void aMoveThatWouldCloseACycleIsRefusedNextToTheManagerField() throws Exception {
		this.mvc
			.perform(post("/accounts/{id}/org-chart/moves", this.accountId).param("stamp", stamp(null))
				.param("contactId", "" + this.boss)
				.param("reportsToId", "" + this.engineer)
				.with(as("rep.zhang"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("moveForm", "reportsToId", "contact.error.reportingCycle"))
			.andExpect(content().string(containsString("会形成循环")));
		assertThat(this.contacts.show(this.accountId, this.boss, viewer("rep.zhang")).reportsToId()).isNull();
	}

	@Test
	void influenceLinesAndSeatsAreAddedAndRemovedThroughTheChartsForms() throws Exception {
		long buyer = person("孙采购", "采购主管", ContactLevel.USAGE, this.engineer);
		this.mvc
			.perform(post("/accounts/{id}/org-chart/influences", this.accountId).param("stamp", stamp(null))
				.param("fromContactId", "" + buyer)
				.param("toContactId", "" + this.engineer)
				.param("note", "同乡")
				.with(as("rep.zhang"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/accounts/{id}/org-chart/buying-centre", this.accountId)
				.param("opportunity", "" + this.opportunityId)
				.param("stamp", stamp(this.opportunityId))
				.param("contactId", "" + this.boss)
				.param("role", "FINAL_APPROVER")
				.param("support", "SUPPORTER")
				.with(as("rep.zhang"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(get("/accounts/{id}/org-chart", this.accountId).param("opportunity", "" + this.opportunityId)
				.with(as("rep.zhang")))
			.andExpect(content().string(not(containsString("data-warning=\"NO_FINAL_APPROVER\""))))
			.andExpect(content().string(containsString("孙采购 → 李总工")));

		this.mvc
			.perform(post("/accounts/{id}/org-chart/buying-centre/{cid}/delete", this.accountId, this.boss)
				.param("opportunity", "" + this.opportunityId)
				.param("stamp", stamp(this.opportunityId))
				.with(as("rep.zhang"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.buyingCentres.membersOf(this.opportunityId, viewer("rep.zhang"))).hasSize(1);
	}

	@Test
	void aMoveMadeOnAChartSomeoneChangedSinceIsRefusedAsAConflictAndChangesNothing() throws Exception {
		String seen = stamp(null);
		long other = person("赵经理", "设备部经理", ContactLevel.IMPLEMENTATION, this.boss);
		this.mvc
			.perform(post("/accounts/{id}/org-chart/moves", this.accountId).param("stamp", seen)
				.param("contactId", "" + other)
				.param("reportsToId", "" + this.engineer)
				.with(as("rep.zhang"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("其他人已在您打开后修改了这条记录")));
		assertThat(this.contacts.show(this.accountId, other, viewer("rep.zhang")).reportsToId()).isEqualTo(this.boss);
		this.mvc
			.perform(post("/accounts/{id}/org-chart/buying-centre", this.accountId)
				.param("opportunity", "" + this.opportunityId)
				.param("stamp", seen)
				.param("contactId", "" + this.engineer)
				.param("role", "FINAL_APPROVER")
				.param("support", "OPPONENT")
				.with(as("rep.zhang"))
				.with(csrf()))
			.andExpect(status().isOk());
		assertThat(this.buyingCentres.membersOf(this.opportunityId, viewer("rep.zhang")))
			.extracting(BuyingCentreMemberRow::role)
			.containsExactly(BuyingRole.EVALUATOR);
	}

	private String stamp(Long opportunity) {
		return this.edits.stampOf(this.accountId, opportunity, viewer("rep.zhang"));
	}

	private long person(String name, String title, ContactLevel level, Long managerId) {
		return this.contacts.add(this.accountId,
				new NewContact(new ContactDetails(name, title, null, null, null, level, null, null), 3, managerId),
				viewer("rep.zhang"));
	}

	private Viewer viewer(String username) {
		return ((CurrentUser) this.users.loadUserByUsername(username)).viewer();
	}

	private RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

}
