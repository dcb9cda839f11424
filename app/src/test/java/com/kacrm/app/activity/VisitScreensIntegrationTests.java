package com.kacrm.app.activity;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import com.kacrm.app.opportunity.DealPageFixture;
import com.kacrm.app.test.CrmIntegrationTest;
import com.kacrm.domain.activity.ActivityDetails;
import com.kacrm.domain.activity.ActivityStatus;
import com.kacrm.domain.activity.ActivityType;
import com.kacrm.domain.buyingcentre.BuyingRole;
import com.kacrm.domain.playbook.AutomaticRule;
import com.kacrm.domain.playbook.Milestone;
import com.kacrm.persistence.activity.ActivityEdit;
import com.kacrm.persistence.activity.ActivityRow;
import com.kacrm.persistence.activity.ActivityService;
import com.kacrm.persistence.activity.NewActivity;
import com.kacrm.persistence.lead.ConversionResult;
import com.kacrm.persistence.opportunity.ChecklistEntry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The visit screens over HTTP: the quick log saves with its defaults and sends the user
 * back where they came from; the domain's refusals show next to their fields with nothing
 * saved; a phone invitation closed with an appointment plans the visit; completing the
 * planned visit of a deal at milestone 2 unblocks the move; a stale edit shows the
 * conflict; and a rep of another team (rep.wang, SH) gets 404 on everything of an SZ
 * account. Each test makes its own SZ account and deal (rep.zhang).
 */
@CrmIntegrationTest
class VisitScreensIntegrationTests {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private static final DateTimeFormatter LOCAL_MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	ActivityService activities;

	DealPageFixture deals;

	long account;

	long deal;

	String accountName;

	@BeforeEach
	void ownDeal() {
		this.deals = new DealPageFixture(this.context);
		ConversionResult created = this.deals.newDeal("深圳拜访屏测试");
		this.account = created.accountId();
		this.deal = created.opportunityId();
		this.accountName = this.deals.show(this.deal).accountName();
	}

	@Test
	void theQuickLogOnAnAccountOffersASalesVisitNowAndSavesWithOnlyTheOutcome() throws Exception {
		this.mvc.perform(get("/visits/new").param("account", String.valueOf(this.account)).with(as("rep.zhang")))
			.andExpect(status().isOk())
			.andExpect(content().string(matchesPattern(
					"(?s).*<input(?=[^>]*name=\"type\")(?=[^>]*value=\"SALES_VISIT\")(?=[^>]*checked=\"checked\")[^>]*>.*")))
			.andExpect(content().string(containsString("type=\"datetime-local\"")))
			.andExpect(content().string(containsString("value=\"/accounts/" + this.account + "/visits\"")))
			.andExpect(content().string(containsString("data-testid=\"quick-log\"")));

		this.mvc
			.perform(post("/visits/new").with(as("rep.zhang"))
				.with(csrf())
				.param("mode", "LOG")
				.param("accountId", String.valueOf(this.account))
				.param("type", "SALES_VISIT")
				.param("occurredAt", minutesAgo(5))
				.param("summary", "拜访设备部，了解新产线散热需求")
				.param("returnTo", "/accounts/" + this.account + "/visits"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/accounts/" + this.account + "/visits"))
			.andExpect(flash().attribute("flashSuccess", "visit.flash.logged"));

		List<ActivityRow> logged = this.activities.activitiesAt(this.account, this.deals.viewer("rep.zhang"));
		assertThat(logged).singleElement().satisfies((row) -> {
			assertThat(row.type()).isEqualTo(ActivityType.SALES_VISIT);
			assertThat(row.status()).isEqualTo(ActivityStatus.DONE);
			assertThat(row.summary()).isEqualTo("拜访设备部，了解新产线散热需求");
			assertThat(row.opportunityId()).isNull();
			assertThat(row.durationMinutes()).isEqualTo(60);
		});
		this.mvc.perform(get("/accounts/{id}/visits", this.account).with(as("manager.south")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("拜访设备部，了解新产线散热需求")))
			.andExpect(content().string(containsString("已拜访 1 次")))
			.andExpect(content().string(containsString("通常需要 4 次或更多拜访")))
			.andExpect(content().string(containsString("上次联系")))
			.andExpect(content().string(containsString("aria-current=\"page\" data-tab=\"visits\"")));
	}

	@Test
	void withoutAnAccountTheQuickLogSearchesTheViewersAccountsByName() throws Exception {
		this.mvc.perform(get("/visits/new").with(as("rep.zhang")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"account-picker\"")))
			.andExpect(content().string(not(containsString("id=\"visit-form\""))));
		this.mvc.perform(get("/visits/accounts").param("q", this.accountName).with(as("rep.zhang")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/visits/new?account=" + this.account + "&amp;mode=LOG")));
		this.mvc.perform(get("/visits/new").param("q", this.accountName).with(as("rep.zhang")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-account-id=\"" + this.account + "\"")));
		this.mvc.perform(get("/visits/accounts").param("q", this.accountName).with(as("rep.wang")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"account-none\"")))
			.andExpect(content().string(not(containsString("data-account-id=\"" + this.account + "\""))));
	}

	@Test
	void refusedFieldsAreShownNextToThemAndNothingIsSaved() throws Exception {
		this.mvc
			.perform(post("/visits/new").with(as("rep.zhang"))
				.with(csrf())
				.param("mode", "LOG")
				.param("accountId", String.valueOf(this.account))
				.param("type", "SALES_VISIT")
				.param("occurredAt", LocalDateTime.now(ZONE).plusDays(2).format(LOCAL_MINUTES))
				.param("summary", "")
				.param("nextStep", "寄样品"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-error-for=\"summary\"")))
			.andExpect(content().string(containsString("data-error-for=\"occurredAt\"")))
			.andExpect(content().string(containsString("已发生的活动时间不能晚于现在")))
			.andExpect(content().string(containsString("data-error-for=\"nextStepDate\"")))
			.andExpect(content().string(containsString("请为下一步填写日期")))
			.andExpect(content().string(containsString("value=\"寄样品\"")));
		assertThat(this.activities.activitiesAt(this.account, this.deals.viewer("rep.zhang"))).isEmpty();
	}

	@Test
	void aRepOfAnotherTeamGetsNotFoundOnEveryVisitScreenOfTheAccount() throws Exception {
		long planned = this.activities
			.plan(new NewActivity(this.account, this.deal,
					new ActivityDetails(ActivityType.SALES_VISIT,
							LocalDateTime.now(ZONE).plusDays(1).atZone(ZONE).toInstant(), null, "客户设备部", "了解需求", null,
							null, null, null, null, null, null),
					List.of(), List.of(), null, null), this.deals.viewer("rep.zhang"))
			.id();
		String other = "rep.wang";
		this.mvc.perform(get("/visits/{id}", planned).with(as(other))).andExpect(status().isNotFound());
		this.mvc.perform(get("/visits/{id}/complete", planned).with(as(other))).andExpect(status().isNotFound());
		this.mvc.perform(get("/visits/{id}/edit", planned).with(as(other))).andExpect(status().isNotFound());
		this.mvc
			.perform(post("/visits/{id}/complete", planned).with(as(other))
				.with(csrf())
				.param("version", "0")
				.param("summary", "越权完成"))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/visits/{id}/edit", planned).with(as(other))
				.with(csrf())
				.param("version", "0")
				.param("type", "SALES_VISIT")
				.param("occurredAt", LocalDateTime.now(ZONE).plusDays(3).format(LOCAL_MINUTES)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/visits/{id}/cancel", planned).with(as(other))
				.with(csrf())
				.param("version", "0")
				.param("reason", "越权取消"))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/visits/new").param("account", String.valueOf(this.account)).with(as(other)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/visits/new").param("opportunity", String.valueOf(this.deal)).with(as(other)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/accounts/{id}/visits", this.account).with(as(other))).andExpect(status().isNotFound());
		this.mvc
			.perform(post("/visits/new").with(as(other))
				.with(csrf())
				.param("mode", "LOG")
				.param("accountId", String.valueOf(this.account))
				.param("type", "SALES_VISIT")
				.param("occurredAt", minutesAgo(5))
				.param("summary", "越权记录"))
			.andExpect(status().isNotFound());

		assertThat(this.activities.activitiesAt(this.account, this.deals.viewer("rep.zhang"))).singleElement()
			.satisfies((row) -> assertThat(row.status()).isEqualTo(ActivityStatus.PLANNED));
	}

	@Test
	void aStaleEditShowsTheConflictWithTheCurrentValuesAndASecondSaveSucceeds() throws Exception {
		long id = this.activities.log(
				new NewActivity(this.account, this.deal, ActivityType.SALES_VISIT,
						LocalDateTime.now(ZONE).minusHours(3).atZone(ZONE).toInstant(), "第一次记录", List.of()),
				this.deals.viewer("rep.zhang"));
		ActivityRow read = this.activities.show(id, this.deals.viewer("rep.zhang"));
		this.mvc.perform(get("/visits/{id}/edit", id).with(as("rep.zhang")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("第一次记录")));
		this.activities.revise(id, read.version(),
				new ActivityEdit(new ActivityDetails(ActivityType.SALES_VISIT, read.occurredAt(), null, null, null,
						null, null, "经理改过的纪要", null, null, null, null), List.of(), List.of()),
				this.deals.viewer("manager.south"));

		this.mvc
			.perform(post("/visits/{id}/edit", id).with(as("rep.zhang"))
				.with(csrf())
				.param("version", String.valueOf(read.version()))
				.param("type", "SALES_VISIT")
				.param("occurredAt", read.occurredAt().atZone(ZONE).toLocalDateTime().format(LOCAL_MINUTES))
				.param("summary", "代表的修改"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("其他人已在您打开后修改了这条记录")))
			.andExpect(content().string(containsString("经理改过的纪要")));
		ActivityRow current = this.activities.show(id, this.deals.viewer("rep.zhang"));
		assertThat(current.summary()).isEqualTo("经理改过的纪要");

		this.mvc
			.perform(post("/visits/{id}/edit", id).with(as("rep.zhang"))
				.with(csrf())
				.param("version", String.valueOf(current.version()))
				.param("type", "SALES_VISIT")
				.param("occurredAt", read.occurredAt().atZone(ZONE).toLocalDateTime().format(LOCAL_MINUTES))
				.param("summary", "代表的修改"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/visits/" + id));
		assertThat(this.activities.show(id, this.deals.viewer("rep.zhang")).summary()).isEqualTo("代表的修改");
		this.mvc.perform(get("/visits/{id}", id).with(as("rep.zhang")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("代表的修改")))
			.andExpect(content().string(containsString("经理改过的纪要")));
	}

	@Test
	void aPhoneInvitationClosedWithAnAppointmentPlansTheVisit() throws Exception {
		long contact = this.deals.identifyContact(this.account, this.deal);
		LocalDateTime visitAt = LocalDateTime.now(ZONE)
			.plusDays(2)
			.withHour(10)
			.withMinute(0)
			.withSecond(0)
			.withNano(0);
		this.mvc
			.perform(post("/visits/new").with(as("rep.zhang"))
				.with(csrf())
				.param("mode", "PHONE")
				.param("accountId", String.valueOf(this.account))
				.param("opportunityId", String.valueOf(this.deal))
				.param("occurredAt", minutesAgo(10))
				.param("summary", "电话邀约赵工，约定上门拜访")
				.param("steps.appointment", "true")
				.param("appointment.at", visitAt.format(LOCAL_MINUTES))
				.param("appointment.place", "")
				.param("appointment.contactId", String.valueOf(contact)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-error-for=\"appointment.place\"")));
		assertThat(this.activities.activitiesOf(this.deal, this.deals.viewer("rep.zhang"))).isEmpty();

		this.mvc
			.perform(post("/visits/new").with(as("rep.zhang"))
				.with(csrf())
				.param("mode", "PHONE")
				.param("accountId", String.valueOf(this.account))
				.param("opportunityId", String.valueOf(this.deal))
				.param("occurredAt", minutesAgo(10))
				.param("summary", "电话邀约赵工，约定上门拜访")
				.param("steps.introduction", "true")
				.param("steps.benefit", "true")
				.param("steps.appointment", "true")
				.param("appointment.at", visitAt.format(LOCAL_MINUTES))
				.param("appointment.place", "客户设备部会议室")
				.param("appointment.contactId", String.valueOf(contact))
				.param("appointment.objective", "演示散热方案")
				.param("returnTo", "/opportunities/" + this.deal + "/activities"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/opportunities/" + this.deal + "/activities"))
			.andExpect(flash().attribute("flashSuccess", "visit.flash.invitationPlanned"));

		List<ActivityRow> rows = this.activities.activitiesOf(this.deal, this.deals.viewer("rep.zhang"));
		ActivityRow call = rows.stream()
			.filter((r) -> r.type() == ActivityType.PHONE_INVITATION)
			.findFirst()
			.orElseThrow();
		assertThat(call.steps().introduction()).isTrue();
		assertThat(call.steps().benefit()).isTrue();
		assertThat(call.steps().appointment()).isTrue();
		ActivityRow visit = rows.stream().filter(ActivityRow::isPlanned).findFirst().orElseThrow();
		assertThat(visit.type()).isEqualTo(ActivityType.SALES_VISIT);
		assertThat(visit.sourceActivityId()).isEqualTo(call.id());
		assertThat(visit.occurredAt()).isEqualTo(visitAt.atZone(ZONE).toInstant());
		assertThat(visit.place()).isEqualTo("客户设备部会议室");
		assertThat(visit.objective()).isEqualTo("演示散热方案");
		assertThat(visit.contactIds()).containsExactly(contact);
		assertThat(this.deals.screen(this.deal).checklist()).isNotEmpty();

		this.mvc.perform(get("/visits/{id}", call.id()).with(as("rep.zhang")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/visits/" + visit.id() + "\"")));
		this.mvc.perform(get("/visits/{id}", visit.id()).with(as("rep.zhang")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"source-link\"")));
	}

	@Test
	void completingThePlannedVisitOfADealAtMilestoneTwoUnblocksTheMove() throws Exception {
		this.deals.toCallAndVisit(this.deal);
		this.deals.tickManualItems(this.deal);
		long contact = this.deals.identifyContact(this.account, this.deal);
		this.deals.inviteByPhone(this.account, this.deal, contact);
		assertThat(this.deals.screen(this.deal).unmet()).extracting(ChecklistEntry::rule)
			.containsExactly(AutomaticRule.VISIT_LOGGED);
		ActivityRow planned = this.activities.activitiesOf(this.deal, this.deals.viewer("rep.zhang"))
			.stream()
			.filter(ActivityRow::isPlanned)
			.findFirst()
			.orElseThrow();

		this.mvc.perform(get("/opportunities/{id}/activities", this.deal).with(as("rep.zhang")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("已拜访 0 次")))
			.andExpect(content().string(containsString("/visits/" + planned.id() + "/complete")));
		this.mvc
			.perform(get("/visits/{id}/complete", planned.id())
				.param("return", "/opportunities/" + this.deal + "/activities")
				.with(as("rep.zhang")))
			.andExpect(status().isOk())
			.andExpect(content().string(matchesPattern("(?s).*<input(?=[^>]*name=\"contactIds\")(?=[^>]*value=\""
					+ contact + "\")(?=[^>]*checked=\"checked\")[^>]*>.*")));
		this.mvc
			.perform(post("/visits/{id}/complete", planned.id()).with(as("rep.zhang"))
				.with(csrf())
				.param("version", String.valueOf(planned.version()))
				.param("occurredAt", minutesAgo(1))
				.param("summary", "拜访赵工，确认新产线散热需求")
				.param("contactIds", String.valueOf(contact))
				.param("returnTo", "/opportunities/" + this.deal + "/activities"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/opportunities/" + this.deal + "/activities"))
			.andExpect(flash().attribute("flashSuccess", "visit.flash.completed"));

		assertThat(this.deals.screen(this.deal).unmet()).isEmpty();
		this.mvc.perform(get("/opportunities/{id}/activities", this.deal).with(as("rep.zhang")))
			.andExpect(content().string(containsString("已拜访 1 次")));
		this.mvc
			.perform(post("/opportunities/{id}/milestone", this.deal).with(as("rep.zhang"))
				.with(csrf())
				.param("version", String.valueOf(this.deals.show(this.deal).version()))
				.param("target", "PROJECT_APPROVAL")
				.param("reason", "")
				.param("override", "false"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/opportunities/" + this.deal));
		assertThat(this.deals.show(this.deal).milestone()).isEqualTo(Milestone.PROJECT_APPROVAL);
	}

	@Test
	void aPlanKeepsItsObjectiveAndRolesAndCanBeCancelledWithAReason() throws Exception {
		LocalDateTime at = LocalDateTime.now(ZONE).plusDays(3).withHour(9).withMinute(30).withSecond(0).withNano(0);
		this.mvc
			.perform(post("/visits/new").with(as("rep.zhang"))
				.with(csrf())
				.param("mode", "PLAN")
				.param("accountId", String.valueOf(this.account))
				.param("type", "EXECUTIVE_VISIT")
				.param("occurredAt", at.format(LOCAL_MINUTES))
				.param("objective", "拜访总经理，争取立项支持")
				.param("rolesToMeet", "DECISION_MAKER")
				.param("rolesToMeet", "FINAL_APPROVER"))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("flashSuccess", "visit.flash.planned"));
		ActivityRow plan = this.activities.activitiesAt(this.account, this.deals.viewer("rep.zhang")).get(0);
		assertThat(plan.status()).isEqualTo(ActivityStatus.PLANNED);
		assertThat(plan.type()).isEqualTo(ActivityType.EXECUTIVE_VISIT);
		assertThat(plan.rolesToMeet()).containsExactlyInAnyOrder(BuyingRole.DECISION_MAKER, BuyingRole.FINAL_APPROVER);
		assertThat(plan.objective()).isEqualTo("拜访总经理，争取立项支持");

		this.mvc
			.perform(post("/visits/{id}/cancel", plan.id()).with(as("rep.zhang"))
				.with(csrf())
				.param("version", String.valueOf(plan.version()))
				.param("reason", ""))
			.andExpect(status().isFound())
			.andExpect(flash().attributeExists("flashError"));
		assertThat(this.activities.show(plan.id(), this.deals.viewer("rep.zhang")).status())
			.isEqualTo(ActivityStatus.PLANNED);
		this.mvc
			.perform(post("/visits/{id}/cancel", plan.id()).with(as("rep.zhang"))
				.with(csrf())
				.param("version", String.valueOf(plan.version()))
				.param("reason", "总经理出差"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/visits/" + plan.id()))
			.andExpect(flash().attribute("flashSuccess", "visit.flash.cancelled"));
		ActivityRow cancelled = this.activities.show(plan.id(), this.deals.viewer("rep.zhang"));
		assertThat(cancelled.status()).isEqualTo(ActivityStatus.CANCELLED);
		assertThat(cancelled.cancelReason()).isEqualTo("总经理出差");
	}

	@Test
	void aFollowUpTakesThePreviousNextStepOffAndTheNextStepEndpointReturnsToALocalPage() throws Exception {
		ActivityDetails withNextStep = new ActivityDetails(ActivityType.SALES_VISIT,
				LocalDateTime.now(ZONE).minusDays(1).atZone(ZONE).toInstant(), null, null, null, null, null, "首次拜访",
				null, "寄送样品", LocalDateTime.now(ZONE).toLocalDate().plusDays(2), null);
		long first = this.activities.log(
				new NewActivity(this.account, this.deal, withNextStep, List.of(), List.of(), null, null),
				this.deals.viewer("rep.zhang"));
		this.mvc.perform(get("/visits/new").param("follows", String.valueOf(first)).with(as("rep.zhang")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"visit-follows\"")))
			.andExpect(content().string(containsString("name=\"followsId\" value=\"" + first + "\"")))
			.andExpect(content().string(containsString("value=\"/agenda\"")));
		this.mvc
			.perform(post("/visits/new").with(as("rep.zhang"))
				.with(csrf())
				.param("mode", "LOG")
				.param("accountId", String.valueOf(this.account))
				.param("opportunityId", String.valueOf(this.deal))
				.param("followsId", String.valueOf(first))
				.param("type", "OTHER")
				.param("occurredAt", minutesAgo(2))
				.param("summary", "样品已寄出")
				.param("returnTo", "/agenda"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/agenda"));
		assertThat(this.activities.show(first, this.deals.viewer("rep.zhang")).nextStepDone()).isTrue();

		long second = this.activities.log(
				new NewActivity(this.account, this.deal, withNextStep, List.of(), List.of(), null, null),
				this.deals.viewer("rep.zhang"));
		this.mvc
			.perform(post("/visits/{id}/next-step/done", second).with(as("rep.zhang"))
				.with(csrf())
				.param("version",
						String.valueOf(this.activities.show(second, this.deals.viewer("rep.zhang")).version()))
				.param("return", "//evil.example/agenda"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/visits/" + second));
		assertThat(this.activities.show(second, this.deals.viewer("rep.zhang")).nextStepDone()).isTrue();
	}

	private static String minutesAgo(int minutes) {
		return LocalDateTime.now(ZONE).minusMinutes(minutes).format(LOCAL_MINUTES);
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor as(String username) {
		return this.deals.as(username);
	}

}
