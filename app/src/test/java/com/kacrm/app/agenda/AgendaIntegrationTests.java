package com.kacrm.app.agenda;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.kacrm.persistence.lead.ConversionResult;
import com.kacrm.web.agenda.AgendaDay;
import com.kacrm.web.agenda.AgendaEntry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.kacrm.app.test.CrmIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The agenda screen: the signed-in rep's planned visits and next steps due on their days,
 * what is overdue on top and highlighted with its age, never another user's items; week
 * and day views kept in the URL.
 */
@CrmIntegrationTest
class AgendaIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	AgendaWorld world;

	@BeforeEach
	void world() {
		this.world = new AgendaWorld(this.context);
	}

	@Test
	void theRepSeesTheirPlannedVisitAndNextStepOnTheirDayAndWhatIsOverdueHighlighted() throws Exception {
		LocalDate day = this.world.today().plusDays(9);
		ConversionResult account = this.world.account("rep.zhang", "SZ", AgendaWorld.unique("日程测试客户"));
		String objective = AgendaWorld.unique("介绍换热器方案");
		long plan = this.world.plan("rep.zhang", account, this.world.at(day, LocalTime.of(10, 0)), "客户三楼会议室",
				objective);
		String step = AgendaWorld.unique("寄送报价单");
		long nextStep = this.world.nextStep("rep.zhang", account, step, day);
		long latePlan = this.world.plan("rep.zhang", account, this.world.at(day, LocalTime.of(15, 0)), "设备部",
				AgendaWorld.unique("过期的拜访"));
		this.world.planPassed(latePlan, this.world.at(this.world.today().minusDays(3), LocalTime.of(9, 0)));
		long lateStep = this.world.nextStep("rep.zhang", account, AgendaWorld.unique("过期的下一步"), day);
		this.world.nextStepDue(lateStep, this.world.today().minusDays(4));
		ConversionResult other = this.world.account("rep.li", "SZ", AgendaWorld.unique("别人的客户"));
		String othersObjective = AgendaWorld.unique("别人的拜访");
		long othersPlan = this.world.plan("rep.li", other, this.world.at(day, LocalTime.of(11, 0)), "别处",
				othersObjective);

		MvcResult result = this.mvc
			.perform(
					get("/agenda").param("view", "week").param("date", day.toString()).with(this.world.as("rep.zhang")))
			.andExpect(status().isOk())
			.andExpect(view().name("agenda/agenda"))
			.andReturn();

		Map<String, Object> model = result.getModelAndView().getModel();
		@SuppressWarnings("unchecked")
		List<AgendaDay> days = (List<AgendaDay>) model.get("days");
		assertThat(days).hasSize(7);
		assertThat(days.get(0).date().getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY);
		AgendaDay theDay = days.stream().filter((d) -> d.date().equals(day)).findFirst().orElseThrow();
		assertThat(theDay.entries()).extracting((e) -> e.item().activityId()).contains(plan, nextStep);
		AgendaEntry planned = entry(theDay.entries(), plan);
		assertThat(planned.time()).isEqualTo("10:00");
		assertThat(planned.endTime()).isEqualTo("11:30");
		assertThat(planned.item().overdue()).isFalse();
		assertThat(days.stream().flatMap((d) -> d.entries().stream()))
			.noneMatch((e) -> e.item().activityId() == othersPlan);
		@SuppressWarnings("unchecked")
		List<AgendaEntry> overdue = (List<AgendaEntry>) model.get("overdue");
		assertThat(entry(overdue, latePlan).ageDays()).isEqualTo(3);
		assertThat(entry(overdue, lateStep).ageDays()).isEqualTo(4);
		assertThat(overdue).allMatch((e) -> e.item().overdue()).noneMatch((e) -> e.item().activityId() == othersPlan);

		String html = result.getResponse().getContentAsString();
		assertThat(html).contains(objective, step, "客户三楼会议室").doesNotContain(othersObjective);
		assertThat(html).containsPattern(highlighted(latePlan)).containsPattern(highlighted(lateStep));
		assertThat(html).doesNotContainPattern(highlighted(plan));
		assertThat(html).contains("逾期 3 天", "逾期 4 天");
		assertThat(html).contains("action=\"/visits/" + nextStep + "/next-step/done\"");
		assertThat(html).contains("/visits/new?account=" + account.accountId() + "&amp;opportunity="
				+ account.opportunityId() + "&amp;follows=" + nextStep);
		assertThat(html).contains("href=\"/visits/" + plan + "/complete\"");
		assertThat(html).contains("name=\"return\" value=\"/agenda?view=week&amp;date=" + day + "\"");
	}

	@Test
	void theDayViewShowsOneDayAndLinksToItsNeighbours() throws Exception {
		LocalDate day = this.world.today().plusDays(12);
		ConversionResult account = this.world.account("rep.zhang", "SZ", AgendaWorld.unique("日视图客户"));
		long plan = this.world.plan("rep.zhang", account, this.world.at(day, LocalTime.of(9, 30)), "会议室",
				AgendaWorld.unique("日视图拜访"));

		MvcResult result = this.mvc
			.perform(get("/agenda").param("view", "day").param("date", day.toString()).with(this.world.as("rep.zhang")))
			.andExpect(status().isOk())
			.andReturn();

		@SuppressWarnings("unchecked")
		List<AgendaDay> days = (List<AgendaDay>) result.getModelAndView().getModel().get("days");
		assertThat(days).singleElement().satisfies((d) -> {
			assertThat(d.date()).isEqualTo(day);
			assertThat(d.entries()).extracting((e) -> e.item().activityId()).contains(plan);
		});
		String html = result.getResponse().getContentAsString();
		assertThat(html).contains("/agenda?view=day&amp;date=" + day.minusDays(1),
				"/agenda?view=day&amp;date=" + day.plusDays(1), "/agenda?view=day&amp;date=" + this.world.today());
	}

	@Test
	void withoutADateTheAgendaShowsThisWeekFromMonday() throws Exception {
		MvcResult result = this.mvc.perform(get("/agenda").with(this.world.as("rep.zhang")))
			.andExpect(status().isOk())
			.andReturn();

		@SuppressWarnings("unchecked")
		List<AgendaDay> days = (List<AgendaDay>) result.getModelAndView().getModel().get("days");
		LocalDate today = this.world.today();
		assertThat(days).hasSize(7);
		assertThat(days.get(0).date()).isEqualTo(today.minusDays(today.getDayOfWeek().getValue() - 1));
		assertThat(days).filteredOn(AgendaDay::today)
			.singleElement()
			.satisfies((d) -> assertThat(d.date()).isEqualTo(today));
		assertThat(result.getResponse().getContentAsString()).contains("href=\"/visits/overdue\"");
	}

	@Test
	void theAgendaCountsTheAccountsOverdueForContactOfTheRep() throws Exception {
		ConversionResult account = this.world.account("rep.zhang", "SZ", AgendaWorld.unique("超期计数客户"));
		MvcResult before = this.mvc.perform(get("/agenda").with(this.world.as("rep.zhang"))).andReturn();
		long counted = (Long) before.getModelAndView().getModel().get("overdueAccounts");

		this.world.contact(account.accountId(), com.kacrm.domain.reference.Tier.A, 365, 400);

		MvcResult after = this.mvc.perform(get("/agenda").with(this.world.as("rep.zhang"))).andReturn();
		assertThat((Long) after.getModelAndView().getModel().get("overdueAccounts")).isEqualTo(counted + 1);
	}

	private static AgendaEntry entry(List<AgendaEntry> entries, long activityId) {
		return entries.stream().filter((e) -> e.item().activityId() == activityId).findFirst().orElseThrow();
	}

	private static Pattern highlighted(long activityId) {
		return Pattern.compile("class=\"[^\"]*agenda-overdue[^\"]*\"\\s+data-activity=\"" + activityId + "\"");
	}

}
