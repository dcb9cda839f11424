package com.kacrm.app.playbook;

import java.util.List;

import com.kacrm.app.test.CrmIntegrationTest;
import com.kacrm.domain.playbook.Milestone;
import com.kacrm.domain.playbook.MilestoneGuidance;
import com.kacrm.domain.shared.Actor;
import com.kacrm.persistence.history.HistoryRow;
import com.kacrm.persistence.playbook.ChecklistItemRow;
import com.kacrm.persistence.playbook.MilestoneRow;
import com.kacrm.persistence.playbook.PlaybookService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.stringContainsInOrder;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * Admins maintain the milestone playbook on its screens; everyone signed in reads it
 * through the API; reps cannot change it. Seeded milestones changed here are restored.
 */
@CrmIntegrationTest
class PlaybookAdminIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	PlaybookService playbook;

	RequestPostProcessor admin() {
		return user(this.users.loadUserByUsername("admin"));
	}

	RequestPostProcessor rep() {
		return user(this.users.loadUserByUsername("rep.zhang"));
	}

	@Test
	void anAdminSeesTheEightMilestonesInOrderWithTheirChecklists() throws Exception {
		this.mvc.perform(get("/admin/milestones").with(admin()))
			.andExpect(status().isOk())
			.andExpect(view().name("playbook/milestones"))
			.andExpect(content()
				.string(stringContainsInOrder("data-milestone=\"PLANNING\"", "data-milestone=\"CALL_AND_VISIT\"",
						"data-milestone=\"PROJECT_APPROVAL\"", "data-milestone=\"DEEP_CONTACT\"",
						"data-milestone=\"SOLUTION_AND_TENDER\"", "data-milestone=\"NEGOTIATION\"",
						"data-milestone=\"CONTRACT_SIGNED\"", "data-milestone=\"DELIVERY_AND_PAYMENT\"")))
			.andExpect(content().string(containsString("电话预约与上门拜访")))
			.andExpect(content().string(containsString("找对合格的经手人士")))
			.andExpect(content().string(containsString("以约会收尾")))
			.andExpect(content().string(containsString("必做")))
			.andExpect(content().string(containsString("已记录上门拜访")))
			.andExpect(content().string(containsString("href=\"/admin/milestones/CALL_AND_VISIT\"")));
	}

	@Test
	void theEditPageShowsTheFormTheChecklistAndTheHistory() throws Exception {
		this.mvc.perform(get("/admin/milestones/call_and_visit").with(admin()))
			.andExpect(status().isOk())
			.andExpect(view().name("playbook/milestone-form"))
			.andExpect(model().attribute("milestoneForm",
					org.hamcrest.Matchers.hasProperty("defaultProbability", org.hamcrest.Matchers.is(10))))
			.andExpect(content().string(containsString("自我介绍")))
			.andExpect(content().string(containsString("/admin/milestones/CALL_AND_VISIT/items")))
			.andExpect(content().string(containsString("本里程碑的变更记录")));
		this.mvc.perform(get("/admin/milestones/NO_SUCH").with(admin())).andExpect(status().isNotFound());
	}

	@Test
	void anAdminRevisesAMilestoneAndTheHistorySaysSo() throws Exception {
		MilestoneRow before = this.playbook.milestone(Milestone.NEGOTIATION);
		try {
			this.mvc.perform(milestoneForm(Milestone.NEGOTIATION, before, 70, before.version()).with(admin()))
				.andExpect(status().isFound())
				.andExpect(redirectedUrl("/admin/milestones/NEGOTIATION"))
				.andExpect(flash().attribute("flashSuccess", "playbook.saved"));
			assertThat(this.playbook.milestone(Milestone.NEGOTIATION).defaultProbability()).isEqualTo(70);
			List<HistoryRow> history = this.playbook.historyOf(Milestone.NEGOTIATION);
			assertThat(history).anySatisfy((row) -> {
				assertThat(row.field()).isEqualTo("playbook.defaultProbability");
				assertThat(row.oldValue()).isEqualTo("75");
				assertThat(row.newValue()).isEqualTo("70");
				assertThat(row.actorName()).isEqualTo("系统管理员");
			});
			this.mvc.perform(get("/admin/milestones/NEGOTIATION").with(admin()))
				.andExpect(content().string(containsString("默认赢率")))
				.andExpect(content().string(containsString("history-new\">70<")));
		}
		finally {
			restore(Milestone.NEGOTIATION, before.defaultProbability());
		}
	}

	@Test
	void aProbabilityBelowThePreviousMilestoneIsShownNextToTheFieldAndNothingIsSaved() throws Exception {
		MilestoneRow before = this.playbook.milestone(Milestone.DEEP_CONTACT);
		this.mvc.perform(milestoneForm(Milestone.DEEP_CONTACT, before, 20, before.version()).with(admin()))
			.andExpect(status().isOk())
			.andExpect(view().name("playbook/milestone-form"))
			.andExpect(model().attributeHasFieldErrorCode("milestoneForm", "defaultProbability",
					"playbook.probability.belowPrevious"))
			.andExpect(content().string(containsString("data-error-for=\"defaultProbability\"")))
			.andExpect(content().string(containsString("默认赢率不能低于里程碑 3 的 25%")))
			.andExpect(content().string(containsString("value=\"20\"")));
		MilestoneRow after = this.playbook.milestone(Milestone.DEEP_CONTACT);
		assertThat(after.defaultProbability()).isEqualTo(before.defaultProbability());
		assertThat(after.version()).isEqualTo(before.version());
	}

	@Test
	void aProbabilityOutOfRangeOrNotANumberIsRefused() throws Exception {
		MilestoneRow before = this.playbook.milestone(Milestone.DELIVERY_AND_PAYMENT);
		this.mvc.perform(milestoneForm(Milestone.DELIVERY_AND_PAYMENT, before, 101, before.version()).with(admin()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("milestoneForm", "defaultProbability",
					"playbook.probability.range"));
		this.mvc.perform(milestoneForm(Milestone.DELIVERY_AND_PAYMENT, before, "abc", before.version()).with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请输入 0 到 100 的整数")));
		assertThat(this.playbook.milestone(Milestone.DELIVERY_AND_PAYMENT).version()).isEqualTo(before.version());
	}

	@Test
	void aStaleVersionShowsTheConflictWithTheCurrentValues() throws Exception {
		MilestoneRow before = this.playbook.milestone(Milestone.PLANNING);
		this.mvc
			.perform(milestoneForm(Milestone.PLANNING, before, 5, before.version() + 7).param("nameZh", "不应保存的名称")
				.with(admin()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasErrors("milestoneForm"))
			.andExpect(content().string(containsString("其他人已在您打开后修改了这条记录")))
			.andExpect(content().string(not(containsString("不应保存的名称"))))
			.andExpect(model().attribute("milestoneForm",
					org.hamcrest.Matchers.hasProperty("version", org.hamcrest.Matchers.is(before.version()))));
		assertThat(this.playbook.milestone(Milestone.PLANNING).name().zh()).isEqualTo(before.name().zh());
	}

	@Test
	void anAdminAddsAnItemRetiresItAndReactivatesIt() throws Exception {
		String text = "测试任务 " + System.nanoTime();
		this.mvc
			.perform(post("/admin/milestones/NEGOTIATION/items").param("textZh", text)
				.param("textEn", "Test item " + text)
				.param("mandatory", "false")
				.param("satisfaction", "AUTOMATIC")
				.param("automaticRule", "VISIT_LOGGED")
				.param("version", "0")
				.with(admin())
				.with(csrf()))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("flashSuccess", "playbook.item.added"));
		ChecklistItemRow item = item(Milestone.NEGOTIATION, text);
		assertThat(item.active()).isTrue();
		assertThat(item.mandatory()).isFalse();

		this.mvc
			.perform(post("/admin/milestones/NEGOTIATION/items/{id}/retire", item.id())
				.param("version", String.valueOf(item.version()))
				.with(admin())
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/milestones/NEGOTIATION"))
			.andExpect(flash().attribute("flashSuccess", "playbook.item.retired"));
		ChecklistItemRow retired = item(Milestone.NEGOTIATION, text);
		assertThat(retired.active()).isFalse();

		this.mvc
			.perform(post("/admin/milestones/NEGOTIATION/items/{id}/reactivate", item.id())
				.param("version", String.valueOf(item.version()))
				.with(admin())
				.with(csrf()))
			.andExpect(flash().attribute("flashError", "form.conflict"));
		this.mvc
			.perform(post("/admin/milestones/NEGOTIATION/items/{id}/reactivate", item.id())
				.param("version", String.valueOf(retired.version()))
				.with(admin())
				.with(csrf()))
			.andExpect(flash().attribute("flashSuccess", "playbook.item.reactivated"));
		assertThat(item(Milestone.NEGOTIATION, text).active()).isTrue();
		assertThat(this.playbook.historyOf(Milestone.NEGOTIATION))
			.filteredOn((row) -> row.subjectId().equals(item.id()))
			.extracting(HistoryRow::field)
			.contains("playbook.item.textZh", "playbook.item.active");

		// leave the seeded checklist as it was: the item is retired, never deleted
		ChecklistItemRow current = item(Milestone.NEGOTIATION, text);
		this.playbook.retireItem(Milestone.NEGOTIATION, current.id(), current.version(), Actor.system("test"));
	}

	@Test
	void anInvalidItemIsShownNextToItsFieldAndNotAdded() throws Exception {
		int before = this.playbook.milestone(Milestone.PLANNING).items().size();
		this.mvc
			.perform(post("/admin/milestones/PLANNING/items").param("textZh", "自动但没有规则")
				.param("mandatory", "true")
				.param("satisfaction", "AUTOMATIC")
				.param("automaticRule", "")
				.param("version", "0")
				.with(admin())
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name("playbook/milestone-form"))
			.andExpect(model().attributeHasFieldErrorCode("itemForm", "automaticRule", "playbook.item.ruleRequired"))
			.andExpect(content().string(containsString("data-error-for=\"automaticRule\"")))
			.andExpect(content().string(containsString("自动完成的任务须选择规则")));
		this.mvc
			.perform(post("/admin/milestones/PLANNING/items").param("textZh", "客户已登记在客户线索汇总表（JTF001）")
				.param("satisfaction", "MANUAL_WITH_EVIDENCE")
				.param("version", "0")
				.with(admin())
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("itemForm", "textZh", "playbook.item.duplicate"));
		assertThat(this.playbook.milestone(Milestone.PLANNING).items()).hasSize(before);
	}

	@Test
	void anAdminEditsAnItemOnItsOwnPage() throws Exception {
		ChecklistItemRow item = this.playbook.milestone(Milestone.CONTRACT_SIGNED).items().get(1);
		this.mvc.perform(get("/admin/milestones/CONTRACT_SIGNED/items/{id}", item.id()).with(admin()))
			.andExpect(status().isOk())
			.andExpect(view().name("playbook/item-form"))
			.andExpect(content().string(containsString(item.textZh())));
		try {
			this.mvc
				.perform(post("/admin/milestones/CONTRACT_SIGNED/items/{id}", item.id()).param("textZh", item.textZh())
					.param("textEn", "Signed contract archived")
					.param("mandatory", "true")
					.param("satisfaction", "MANUAL_WITH_EVIDENCE")
					.param("version", String.valueOf(item.version()))
					.with(admin())
					.with(csrf()))
				.andExpect(redirectedUrl("/admin/milestones/CONTRACT_SIGNED"));
			assertThat(this.playbook.milestone(Milestone.CONTRACT_SIGNED).items().get(1).textEn())
				.isEqualTo("Signed contract archived");
			this.mvc
				.perform(post("/admin/milestones/CONTRACT_SIGNED/items/{id}", item.id()).param("textZh", "过期的修改")
					.param("satisfaction", "MANUAL_WITH_EVIDENCE")
					.param("version", String.valueOf(item.version()))
					.with(admin())
					.with(csrf()))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("其他人已在您打开后修改了这条记录")))
				.andExpect(content().string(containsString("Signed contract archived")));
		}
		finally {
			ChecklistItemRow current = this.playbook.milestone(Milestone.CONTRACT_SIGNED).items().get(1);
			this.playbook
				.reviseItem(Milestone.CONTRACT_SIGNED, current.id(),
						new com.kacrm.domain.playbook.ChecklistItemContent(item.textZh(), item.textEn(),
								item.mandatory(), item.satisfaction(), item.automaticRule()),
						current.version(), Actor.system("test"));
		}
		this.mvc.perform(get("/admin/milestones/PLANNING/items/{id}", item.id()).with(admin()))
			.andExpect(status().isNotFound());
	}

	@Test
	void aRepCannotSeeOrChangeThePlaybookScreens() throws Exception {
		this.mvc.perform(get("/admin/milestones").with(rep())).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/milestones/PLANNING").with(rep())).andExpect(status().isForbidden());
		MilestoneRow planning = this.playbook.milestone(Milestone.PLANNING);
		this.mvc.perform(milestoneForm(Milestone.PLANNING, planning, 6, planning.version()).with(rep()))
			.andExpect(status().isForbidden());
		ChecklistItemRow item = planning.items().get(0);
		this.mvc
			.perform(post("/admin/milestones/PLANNING/items").param("textZh", "代表不能添加")
				.param("satisfaction", "MANUAL_WITH_EVIDENCE")
				.with(rep())
				.with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/admin/milestones/PLANNING/items/{id}/retire", item.id())
				.param("version", String.valueOf(item.version()))
				.with(rep())
				.with(csrf()))
			.andExpect(status().isForbidden());
		MilestoneRow after = this.playbook.milestone(Milestone.PLANNING);
		assertThat(after.version()).isEqualTo(planning.version());
		assertThat(after.items().get(0).active()).isTrue();
	}

	@Test
	void theApiGivesEverySignedInUserTheEightMilestonesInOrder() throws Exception {
		this.mvc.perform(get("/api/v1/reference/milestones").with(httpBasic("rep.zhang", "demo1234")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(8)))
			.andExpect(jsonPath("$[*].code")
				.value(org.hamcrest.Matchers.contains("PLANNING", "CALL_AND_VISIT", "PROJECT_APPROVAL", "DEEP_CONTACT",
						"SOLUTION_AND_TENDER", "NEGOTIATION", "CONTRACT_SIGNED", "DELIVERY_AND_PAYMENT")))
			.andExpect(jsonPath("$[*].position").value(org.hamcrest.Matchers.contains(1, 2, 3, 4, 5, 6, 7, 8)))
			.andExpect(jsonPath("$[0].defaultProbability").value(5))
			.andExpect(jsonPath("$[1].name").value("电话预约与上门拜访"))
			.andExpect(jsonPath("$[1].nameEn").value("Phone appointment and visit"))
			.andExpect(jsonPath("$[1].definition").value(containsString("经手人士")))
			.andExpect(jsonPath("$[1].checklist[?(@.automaticRule == 'VISIT_LOGGED')].satisfaction")
				.value(org.hamcrest.Matchers.hasItem("AUTOMATIC")))
			.andExpect(jsonPath("$[1].checklist[0].text").value(containsString("自我介绍")))
			.andExpect(jsonPath("$[1].checklist[0].mandatory").value(true))
			.andExpect(jsonPath("$[1].checklist[0].automaticRule").value("PHONE_INTRODUCTION_DONE"))
			.andExpect(jsonPath("$[2].checklist[?(@.automaticRule == 'INITIATION_APPROVED')]").isNotEmpty());
	}

	@Test
	void theApiSpeaksTheCallersLanguageAndLeavesRetiredItemsOut() throws Exception {
		this.mvc
			.perform(get("/api/v1/reference/milestones").header("Accept-Language", "en")
				.with(httpBasic("rep.li", "demo1234")))
			.andExpect(jsonPath("$[0].name").value("Industry and account planning"))
			.andExpect(jsonPath("$[0].nameZh").value("行业与客户规划"))
			.andExpect(jsonPath("$[0].checklist[?(@.automaticRule == 'ON_LEAD_SHEET')].text")
				.value(org.hamcrest.Matchers.hasItem("Customer is on the lead sheet (JTF001)")));
		this.mvc.perform(get("/api/v1/reference/milestones?lang=en").with(httpBasic("rep.li", "demo1234")))
			.andExpect(jsonPath("$[6].workStandard").value(containsString("contract is signed")));

		String text = "停用测试 " + System.nanoTime();
		Long id = this.playbook.addItem(Milestone.SOLUTION_AND_TENDER,
				com.kacrm.domain.playbook.ChecklistItemContent.manual(text, null, false), Actor.system("test"));
		this.playbook.retireItem(Milestone.SOLUTION_AND_TENDER, id, 0, Actor.system("test"));
		this.mvc.perform(get("/api/v1/reference/milestones").with(httpBasic("rep.li", "demo1234")))
			.andExpect(content().string(not(containsString(text))));
	}

	@Test
	void theApiIsReadOnly() throws Exception {
		this.mvc.perform(post("/api/v1/reference/milestones").with(httpBasic("rep.zhang", "demo1234")))
			.andExpect(status().isForbidden());
		this.mvc.perform(put("/api/v1/reference/milestones").with(httpBasic("rep.zhang", "demo1234")))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/api/v1/reference/milestones").with(httpBasic("admin", "demo1234")))
			.andExpect(status().isMethodNotAllowed());
		this.mvc.perform(put("/api/v1/reference/milestones").with(httpBasic("admin", "demo1234")))
			.andExpect(status().isMethodNotAllowed());
	}

	private MockHttpServletRequestBuilder milestoneForm(Milestone milestone, MilestoneRow row, int probability,
			long version) {
		return milestoneForm(milestone, row, String.valueOf(probability), version);
	}

	private MockHttpServletRequestBuilder milestoneForm(Milestone milestone, MilestoneRow row, String probability,
			long version) {
		return post("/admin/milestones/{code}", milestone).param("nameZh", row.name().zh())
			.param("nameEn", row.name().en())
			.param("definitionZh", row.definitionZh())
			.param("definitionEn", row.definitionEn())
			.param("workStandardZh", row.workStandardZh())
			.param("workStandardEn", row.workStandardEn())
			.param("defaultProbability", probability)
			.param("version", String.valueOf(version))
			.with(csrf());
	}

	private static MilestoneRow renamed(MilestoneRow row, String nameZh) {
		return new MilestoneRow(row.id(), row.version(), row.milestone(),
				new com.kacrm.domain.shared.LocalizedName(nameZh, row.name().en()), row.definitionZh(),
				row.definitionEn(), row.workStandardZh(), row.workStandardEn(), row.defaultProbability(), row.items());
	}

	private ChecklistItemRow item(Milestone milestone, String textZh) {
		return this.playbook.milestone(milestone)
			.items()
			.stream()
			.filter((i) -> i.textZh().equals(textZh))
			.findFirst()
			.orElseThrow();
	}

	private void restore(Milestone milestone, int probability) {
		MilestoneRow current = this.playbook.milestone(milestone);
		this.playbook.revise(milestone,
				new MilestoneGuidance(current.name().zh(), current.name().en(), current.definitionZh(),
						current.definitionEn(), current.workStandardZh(), current.workStandardEn(), probability),
				current.version(), Actor.system("test"));
	}

}
