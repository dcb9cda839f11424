package com.kacrm.app.opportunity;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.kacrm.app.test.CrmIntegrationTest;
import com.kacrm.domain.opportunity.MoveKind;
import com.kacrm.domain.playbook.AutomaticRule;
import com.kacrm.domain.playbook.Milestone;
import com.kacrm.persistence.lead.ConversionResult;
import com.kacrm.persistence.opportunity.ChecklistEntry;
import com.kacrm.persistence.opportunity.MoveRow;
import com.kacrm.persistence.opportunity.OpportunityService;
import com.kacrm.persistence.opportunity.OpportunityView;
import com.kacrm.web.opportunity.MoveRejection;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * THE move endpoint, {@code POST /opportunities/{id}/milestone}, from the deal page and
 * the board: gated moves forward that name exactly what is missing and change nothing
 * when refused, managers' overrides with a reason, moves back with a reason, conflicts of
 * stale pages, and access. rep.zhang works a deal of team SZ; manager.south manages it;
 * rep.wang (SH) must not find it.
 */
@CrmIntegrationTest
class MilestoneMoveIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	OpportunityService opportunities;

	DealPageFixture deals;

	long accountId;

	long opportunityId;

	@BeforeEach
	void createDeal() {
		this.deals = new DealPageFixture(this.context);
		ConversionResult result = this.deals.newDeal("里程碑推进测试");
		this.accountId = result.accountId();
		this.opportunityId = result.opportunityId();
	}

	@Test
	void aFreshDealCannotMoveUntilItsManualItemsAreTickedAndTheRefusalNamesExactlyThem() throws Exception {
		long version = this.deals.show(this.opportunityId).version();
		Set<Long> manual = ids(this.deals.openManualItems(this.opportunityId));
		assertThat(manual).isNotEmpty();

		MvcResult refused = this.mvc.perform(move(version, Milestone.CALL_AND_VISIT, null, false, "rep.zhang"))
			.andExpect(status().isOk())
			.andExpect(view().name("opportunities/detail"))
			.andExpect(content().string(containsString("data-testid=\"move-rejected\"")))
			.andExpect(content().string(containsString("还不能推进到“电话预约与上门拜访”")))
			.andReturn();
		MoveRejection rejection = (MoveRejection) refused.getModelAndView().getModel().get("moveRejection");
		assertThat(rejection.unmet().stream().map(MoveRejection.Item::id).collect(Collectors.toSet()))
			.isEqualTo(manual);
		assertUnchanged(version, Milestone.PLANNING, 0);

		for (long item : manual) {
			this.mvc
				.perform(post("/opportunities/{id}/checklist/{item}/tick", this.opportunityId, item)
					.param("evidenceNote", "电话确认并记录在案")
					.with(this.deals.as("rep.zhang"))
					.with(csrf()))
				.andExpect(redirectedUrl("/opportunities/" + this.opportunityId));
		}
		this.mvc.perform(move(version, Milestone.CALL_AND_VISIT, null, false, "rep.zhang"))
			.andExpect(redirectedUrl("/opportunities/" + this.opportunityId))
			.andExpect(flash().attribute("flashSuccess", "opportunityPage.moved"));
		assertThat(this.deals.show(this.opportunityId).milestone()).isEqualTo(Milestone.CALL_AND_VISIT);
		assertThat(this.deals.moveRows(this.opportunityId)).isEqualTo(1);
	}

	@Test
	void atMilestoneTwoTheMoveNeedsExactlyThePhoneInvitationAVisitAndAnIdentifiedContactAndThenSucceedsIntoTheHistory()
			throws Exception {
		this.deals.toCallAndVisit(this.opportunityId);
		this.deals.tickManualItems(this.opportunityId);
		long introductionItem = this.deals.itemOf(this.opportunityId, AutomaticRule.PHONE_INTRODUCTION_DONE);
		long benefitItem = this.deals.itemOf(this.opportunityId, AutomaticRule.PHONE_BENEFIT_DONE);
		long appointmentItem = this.deals.itemOf(this.opportunityId, AutomaticRule.PHONE_APPOINTMENT_MADE);
		long visitItem = this.deals.itemOf(this.opportunityId, AutomaticRule.VISIT_LOGGED);
		long contactItem = this.deals.itemOf(this.opportunityId, AutomaticRule.CONTACT_IDENTIFIED);
		OpportunityView before = this.deals.show(this.opportunityId);

		MvcResult refused = this.mvc
			.perform(move(before.version(), Milestone.PROJECT_APPROVAL, null, false, "rep.zhang"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("至少记录一次上门拜访")))
			.andExpect(content().string(containsString("找对合格的经手人士（采购中心已识别至少一人及其角色）")))
			.andReturn();
		MoveRejection rejection = (MoveRejection) refused.getModelAndView().getModel().get("moveRejection");
		assertThat(rejection.unmet()).extracting(MoveRejection.Item::id)
			.containsExactly(introductionItem, benefitItem, appointmentItem, visitItem, contactItem);
		assertUnchanged(before.version(), Milestone.CALL_AND_VISIT, 1);

		this.deals.logVisit(this.accountId, this.opportunityId);
		long contact = this.deals.identifyContact(this.accountId, this.opportunityId);
		this.deals.inviteByPhone(this.accountId, this.opportunityId, contact);
		this.mvc.perform(move(before.version(), Milestone.PROJECT_APPROVAL, null, false, "rep.zhang"))
			.andExpect(redirectedUrl("/opportunities/" + this.opportunityId));
		assertThat(this.deals.show(this.opportunityId).milestone()).isEqualTo(Milestone.PROJECT_APPROVAL);

		this.mvc.perform(get("/opportunities/{id}/history", this.opportunityId).with(this.deals.as("rep.zhang")))
			.andExpect(status().isOk())
			.andExpect(view().name("opportunities/history"))
			.andExpect(content().string(containsString("data-kind=\"FORWARD\"")))
			.andExpect(content().string(containsString("<span>2 电话预约与上门拜访</span>")))
			.andExpect(content().string(containsString("<span>3 项目立项</span>")))
			.andExpect(content().string(containsString("张伟")));
	}

	@Test
	void aRepAskingForAnOverrideIsForbiddenAndNothingChanges() throws Exception {
		long version = this.deals.show(this.opportunityId).version();
		this.mvc.perform(move(version, Milestone.CALL_AND_VISIT, "客户很急", true, "rep.zhang"))
			.andExpect(status().isForbidden());
		assertUnchanged(version, Milestone.PLANNING, 0);
	}

	@Test
	void aManagersOverrideNeedsAReasonAndIsRecordedAsAnOverride() throws Exception {
		long version = this.deals.show(this.opportunityId).version();
		MvcResult refused = this.mvc.perform(move(version, Milestone.CALL_AND_VISIT, " ", true, "manager.south"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("越过未完成的任务清单需要写明原因")))
			.andReturn();
		MoveRejection rejection = (MoveRejection) refused.getModelAndView().getModel().get("moveRejection");
		assertThat(rejection.problems()).extracting(MoveRejection.Problem::key)
			.containsExactly("opportunity.move.overrideReasonRequired");
		assertUnchanged(version, Milestone.PLANNING, 0);

		this.mvc.perform(move(version, Milestone.CALL_AND_VISIT, "客户总经理已当面确认，先推进", true, "manager.south"))
			.andExpect(redirectedUrl("/opportunities/" + this.opportunityId));
		List<MoveRow> moves = this.opportunities.moves(this.opportunityId, this.deals.viewer("manager.south"));
		assertThat(moves).first().satisfies((move) -> {
			assertThat(move.kind()).isEqualTo(MoveKind.OVERRIDE);
			assertThat(move.reason()).isEqualTo("客户总经理已当面确认，先推进");
			assertThat(move.unmetItemIds()).isNotEmpty();
		});
		this.mvc.perform(get("/opportunities/{id}/history", this.opportunityId).with(this.deals.as("rep.zhang")))
			.andExpect(content().string(containsString("data-testid=\"override\"")))
			.andExpect(content().string(containsString("客户总经理已当面确认，先推进")));
	}

	@Test
	void theManagersPageOffersTheOverrideAndTheRepsDoesNot() throws Exception {
		this.mvc.perform(get("/opportunities/{id}", this.opportunityId).with(this.deals.as("manager.south")))
			.andExpect(content().string(containsString("name=\"override\"")));
		this.mvc.perform(get("/opportunities/{id}", this.opportunityId).with(this.deals.as("rep.zhang")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("name=\"override\""))));
	}

	@Test
	void movingBackNeedsAReason() throws Exception {
		this.deals.toCallAndVisit(this.opportunityId);
		long version = this.deals.show(this.opportunityId).version();
		this.mvc.perform(move(version, Milestone.PLANNING, "", false, "rep.zhang"))
			.andExpect(status().isOk())
			.andExpect(model().attributeExists("moveRejection"))
			.andExpect(content().string(containsString("退回到之前的里程碑需要写明原因")));
		assertUnchanged(version, Milestone.CALL_AND_VISIT, 1);

		this.mvc.perform(move(version, Milestone.PLANNING, "客户换了对接人，重新规划", false, "rep.zhang"))
			.andExpect(redirectedUrl("/opportunities/" + this.opportunityId));
		assertThat(this.deals.show(this.opportunityId).milestone()).isEqualTo(Milestone.PLANNING);
		assertThat(this.opportunities.moves(this.opportunityId, this.deals.viewer("rep.zhang")).get(0).kind())
			.isEqualTo(MoveKind.BACK);
	}

	@Test
	void aStalePageShowsTheConflictWithTheCurrentStateAndChangesNothing() throws Exception {
		long stale = this.deals.show(this.opportunityId).version();
		this.deals.toCallAndVisit(this.opportunityId);
		OpportunityView current = this.deals.show(this.opportunityId);
		MvcResult refused = this.mvc.perform(move(stale, Milestone.PLANNING, "退回", false, "rep.zhang"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("其他人已在您打开后修改了这条记录")))
			.andExpect(content().string(containsString("name=\"version\" value=\"" + current.version() + "\"")))
			.andReturn();
		MoveRejection rejection = (MoveRejection) refused.getModelAndView().getModel().get("moveRejection");
		assertThat(rejection.problems()).extracting(MoveRejection.Problem::key).containsExactly("form.conflict");
		assertUnchanged(current.version(), Milestone.CALL_AND_VISIT, 1);
	}

	@Test
	void fromTheBoardTheAnswerIsARedirectToTheFilteredBoardWithTheSameRejectionOrTheSuccess() throws Exception {
		long version = this.deals.show(this.opportunityId).version();
		MvcResult refused = this.mvc
			.perform(move(version, Milestone.CALL_AND_VISIT, null, false, "rep.zhang").param("from", "board"))
			.andExpect(redirectedUrl("/opportunities/board"))
			.andReturn();
		MoveRejection rejection = (MoveRejection) refused.getFlashMap().get("moveRejection");
		assertThat(rejection.unmet().stream().map(MoveRejection.Item::id).collect(Collectors.toSet()))
			.isEqualTo(ids(this.deals.openManualItems(this.opportunityId)));
		assertUnchanged(version, Milestone.PLANNING, 0);

		this.mvc
			.perform(move(version, Milestone.CALL_AND_VISIT, null, false, "rep.zhang").param("from", "board")
				.param("board", "/opportunities/board?status=OPEN&q=%E6%95%A3%E7%83%AD"))
			.andExpect(redirectedUrl("/opportunities/board?status=OPEN&q=%E6%95%A3%E7%83%AD"));
		this.mvc
			.perform(move(version, Milestone.CALL_AND_VISIT, null, false, "rep.zhang").param("from", "board")
				.param("board", "https://elsewhere.example/opportunities/board"))
			.andExpect(redirectedUrl("/opportunities/board"));
		this.mvc
			.perform(move(version, Milestone.CALL_AND_VISIT, null, false, "rep.zhang").param("from", "board")
				.param("board", "/opportunities/board?q=x\r\nSet-Cookie:a=b"))
			.andExpect(redirectedUrl("/opportunities/board"));

		MvcResult conflict = this.mvc
			.perform(move(version - 1, Milestone.CALL_AND_VISIT, null, false, "rep.zhang").param("from", "board"))
			.andExpect(redirectedUrl("/opportunities/board"))
			.andReturn();
		assertThat(((MoveRejection) conflict.getFlashMap().get("moveRejection")).problems())
			.extracting(MoveRejection.Problem::key)
			.containsExactly("form.conflict");

		this.deals.tickManualItems(this.opportunityId);
		this.mvc.perform(move(version, Milestone.CALL_AND_VISIT, null, false, "rep.zhang").param("from", "board"))
			.andExpect(redirectedUrl("/opportunities/board"))
			.andExpect(flash().attribute("flashSuccess", "opportunityPage.moved"));
		assertThat(this.deals.show(this.opportunityId).milestone()).isEqualTo(Milestone.CALL_AND_VISIT);
	}

	@Test
	void aRepOfAnotherTeamGetsNotFoundOnEveryEndpoint() throws Exception {
		long version = this.deals.show(this.opportunityId).version();
		long item = this.deals.openManualItems(this.opportunityId).get(0).itemId();
		String id = "" + this.opportunityId;
		for (String path : List.of("/opportunities/" + id, "/opportunities/" + id + "/history",
				"/opportunities/" + id + "/edit")) {
			this.mvc.perform(get(path).with(this.deals.as("rep.wang"))).andExpect(status().isNotFound());
		}
		this.mvc.perform(move(version, Milestone.CALL_AND_VISIT, null, false, "rep.wang"))
			.andExpect(status().isNotFound());
		for (String path : List.of("/checklist/" + item + "/tick", "/checklist/" + item + "/untick", "/probability",
				"/status", "/owner", "/edit")) {
			this.mvc
				.perform(post("/opportunities/" + id + path).param("version", "" + version)
					.param("evidenceNote", "不该保存")
					.param("probability", "50")
					.param("probabilityReason", "不该保存")
					.param("action", "lost")
					.param("reason", "不该保存")
					.param("name", "不该保存")
					.with(this.deals.as("rep.wang"))
					.with(csrf()))
				.andExpect(status().isNotFound());
		}
		assertUnchanged(version, Milestone.PLANNING, 0);
		assertThat(this.deals.show(this.opportunityId).name()).doesNotContain("不该保存");
	}

	private MockHttpServletRequestBuilder move(long version, Milestone target, String reason, boolean override,
			String username) {
		MockHttpServletRequestBuilder request = post("/opportunities/{id}/milestone", this.opportunityId)
			.param("version", "" + version)
			.param("target", target.name())
			.param("override", "" + override)
			.with(this.deals.as(username))
			.with(csrf());
		return (reason != null) ? request.param("reason", reason) : request;
	}

	private void assertUnchanged(long version, Milestone milestone, int moves) {
		OpportunityView deal = this.deals.show(this.opportunityId);
		assertThat(deal.milestone()).isEqualTo(milestone);
		assertThat(deal.version()).isEqualTo(version);
		assertThat(this.deals.moveRows(this.opportunityId)).isEqualTo(moves);
	}

	private static Set<Long> ids(List<ChecklistEntry> entries) {
		return entries.stream().map(ChecklistEntry::itemId).collect(Collectors.toSet());
	}

}
