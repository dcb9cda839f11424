package com.kacrm.app.agenda;

import java.io.StringReader;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

import com.kacrm.app.test.CrmIntegrationTest;
import com.kacrm.persistence.lead.ConversionResult;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The agenda for other systems and phone calendars: the JSON agenda, the caller's .ics
 * feed behind the API's login and the secret feed address that works without one until it
 * is revoked or replaced. The feeds are read by a real iCalendar parser.
 */
@CrmIntegrationTest
class AgendaApiIntegrationTests {

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	/** Escaped, folded and unescaped again by the parser. */
	private static final String PLACE = "深圳市南山区科技园, 创维大厦 A 座 3 楼; 第二会议室\\东侧";

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
	void theAgendaAnswersTheCallersItemsOfTheRangeAndWhatIsOverdue() throws Exception {
		LocalDate day = this.world.today().plusDays(5);
		ConversionResult account = this.world.account("rep.zhang", "SZ", AgendaWorld.unique("接口日程客户"));
		Instant at = this.world.at(day, LocalTime.of(14, 0));
		long plan = this.world.plan("rep.zhang", account, at, "客户会议室", "接口拜访目标");
		long step = this.world.nextStep("rep.zhang", account, "接口下一步", day);
		long late = this.world.nextStep("rep.zhang", account, "接口过期下一步", day);
		this.world.nextStepDue(late, this.world.today().minusDays(2));

		this.mvc
			.perform(get("/api/v1/agenda").param("from", day.toString())
				.param("to", day.toString())
				.with(AgendaWorld.basic("rep.zhang")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.from").value(day.toString()))
			.andExpect(jsonPath("$.to").value(day.toString()))
			.andExpect(jsonPath("$.today").value(this.world.today().toString()))
			.andExpect(jsonPath("$.items[?(@.activityId == " + plan + ")].kind", contains("PLANNED")))
			.andExpect(jsonPath("$.items[?(@.activityId == " + plan + ")].at", contains(at.toString())))
			.andExpect(jsonPath("$.items[?(@.activityId == " + plan + ")].endsAt",
					contains(at.plus(90, ChronoUnit.MINUTES).toString())))
			.andExpect(jsonPath("$.items[?(@.activityId == " + plan + ")].type", contains("SALES_VISIT")))
			.andExpect(
					jsonPath("$.items[?(@.activityId == " + plan + ")].accountId", contains((int) account.accountId())))
			.andExpect(jsonPath("$.items[?(@.activityId == " + plan + ")].opportunityId",
					contains(account.opportunityId().intValue())))
			.andExpect(jsonPath("$.items[?(@.activityId == " + plan + ")].title", contains("接口拜访目标")))
			.andExpect(jsonPath("$.items[?(@.activityId == " + plan + ")].place", contains("客户会议室")))
			.andExpect(jsonPath("$.items[?(@.activityId == " + plan + ")].version").exists())
			.andExpect(jsonPath("$.items[?(@.activityId == " + plan + ")].overdue", contains(false)))
			.andExpect(jsonPath("$.items[?(@.activityId == " + step + ")].kind", contains("NEXT_STEP")))
			.andExpect(jsonPath("$.items[?(@.activityId == " + step + ")].date", contains(day.toString())))
			.andExpect(jsonPath("$.items[?(@.activityId == " + step + ")].title", contains("接口下一步")))
			.andExpect(jsonPath("$.overdue[?(@.activityId == " + late + ")].overdue", contains(true)))
			.andExpect(jsonPath("$.overdue[*].activityId", hasItem((int) late)));
	}

	@Test
	void aReversedOrTooLongRangeIsUnprocessable() throws Exception {
		LocalDate today = this.world.today();
		this.mvc
			.perform(get("/api/v1/agenda").param("from", today.toString())
				.param("to", today.minusDays(1).toString())
				.with(AgendaWorld.basic("rep.zhang")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[*].field", hasItem("to")));
		this.mvc
			.perform(get("/api/v1/agenda").param("from", today.toString())
				.param("to", today.plusDays(200).toString())
				.with(AgendaWorld.basic("rep.zhang")))
			.andExpect(status().isUnprocessableContent());
	}

	@Test
	void theAgendaNeedsALogin() throws Exception {
		this.mvc.perform(get("/api/v1/agenda")).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/v1/agenda.ics")).andExpect(status().isUnauthorized());
	}

	@Test
	void theCallersFeedHoldsTheirPlannedVisitsAsEvents() throws Exception {
		LocalDate day = this.world.today().plusDays(20);
		String name = AgendaWorld.unique("日历订阅客户");
		ConversionResult account = this.world.account("rep.zhang", "SZ", name);
		Instant at = this.world.at(day, LocalTime.of(9, 30));
		String objective = "介绍新一代板翅式换热器方案，确认设备部对交付周期和售后服务的要求，并约定技术交流的时间";
		long plan = this.world.plan("rep.zhang", account, at, PLACE, objective);
		ConversionResult other = this.world.account("rep.li", "SZ", AgendaWorld.unique("别人的订阅客户"));
		long othersPlan = this.world.plan("rep.li", other, at, "别处", "别人的拜访");

		MvcResult result = this.mvc.perform(get("/api/v1/agenda.ics").with(AgendaWorld.basic("rep.zhang")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", startsWith("text/calendar")))
			.andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("private")))
			.andReturn();

		String text = result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertFolded(text);
		Calendar calendar = parse(text);
		VEvent event = event(calendar, plan);
		assertThat(value(event, Property.DTSTART)).isEqualTo(UTC.format(at));
		assertThat(value(event, Property.DTEND)).isEqualTo(UTC.format(at.plus(90, ChronoUnit.MINUTES)));
		assertThat(value(event, Property.SUMMARY)).isEqualTo("销售拜访 · " + name);
		assertThat(value(event, Property.LOCATION)).isEqualTo(PLACE);
		assertThat(value(event, Property.DESCRIPTION)).contains(objective, name + "项目");
		assertThat(value(event, Property.STATUS)).isEqualTo("CONFIRMED");
		assertThat(value(event, Property.URL)).endsWith("/visits/" + plan);
		assertThat(value(calendar, Property.VERSION)).isEqualTo("2.0");
		assertThat(value(calendar, Property.METHOD)).isEqualTo("PUBLISH");
		assertThat(uids(calendar)).doesNotContain("activity-" + othersPlan + "@kacrm");
	}

	@Test
	void theSecretAddressWorksWithoutALoginUntilRevoked() throws Exception {
		LocalDate day = this.world.today().plusDays(3);
		String name = AgendaWorld.unique("私密订阅客户");
		ConversionResult account = this.world.account("rep.zhang", "SZ", name);
		Instant at = this.world.at(day, LocalTime.of(16, 0));
		long plan = this.world.plan("rep.zhang", account, at, PLACE, "私密订阅拜访");

		String first = createFeed();
		MvcResult result = this.mvc.perform(get(first))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", startsWith("text/calendar")))
			.andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("max-age=300")))
			.andExpect(header().doesNotExist("Set-Cookie"))
			.andReturn();
		VEvent event = event(parse(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8)),
				plan);
		assertThat(value(event, Property.SUMMARY)).isEqualTo("销售拜访 · " + name);
		assertThat(value(event, Property.LOCATION)).isEqualTo(PLACE);
		assertThat(value(event, Property.DTSTART)).isEqualTo(UTC.format(at));

		String second = createFeed();
		assertThat(second).isNotEqualTo(first);
		this.mvc.perform(get(first)).andExpect(status().isNotFound());
		this.mvc.perform(get(second)).andExpect(status().isOk());
		// Only reading is public: anything else at the address needs a login.
		this.mvc.perform(post(second).with(csrf())).andExpect(status().is3xxRedirection());

		this.mvc.perform(post("/agenda/feed/revoke").with(this.world.as("rep.zhang")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get(second)).andExpect(status().isNotFound());
		this.mvc.perform(get("/calendar/not-a-token.ics")).andExpect(status().isNotFound());
	}

	@Test
	void theAgendaShowsTheNewAddressOnceAndThenOnlyThatAFeedExists() throws Exception {
		String path = createFeed();
		String page = this.mvc.perform(get("/agenda").with(this.world.as("rep.zhang")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).doesNotContain(path).contains("data-testid=\"feed-revoke\"");
		this.mvc.perform(post("/agenda/feed/revoke").with(this.world.as("rep.zhang")).with(csrf()));
	}

	/** Creates a feed for rep.zhang on the agenda; the path of the address shown. */
	private String createFeed() throws Exception {
		MvcResult created = this.mvc.perform(post("/agenda/feed").with(this.world.as("rep.zhang")).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String url = (String) created.getFlashMap().get("feedUrl");
		assertThat(url).matches("https?://.+/calendar/[A-Za-z0-9_-]{43}\\.ics");
		return URI.create(url).getPath();
	}

	private static void assertFolded(String text) {
		assertThat(text).contains("\r\n").doesNotContain("\n\n");
		for (String line : text.split("\r\n")) {
			assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
		}
		assertThat(text.split("\r\n")).anyMatch((line) -> line.startsWith(" "));
	}

	private static Calendar parse(String text) throws Exception {
		return new CalendarBuilder().build(new StringReader(text));
	}

	private static VEvent event(Calendar calendar, long activityId) {
		List<VEvent> events = calendar.getComponents(Component.VEVENT);
		return events.stream()
			.filter((e) -> ("activity-" + activityId + "@kacrm").equals(value(e, Property.UID)))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No event of activity " + activityId));
	}

	private static List<String> uids(Calendar calendar) {
		List<VEvent> events = calendar.getComponents(Component.VEVENT);
		return events.stream().map((e) -> value(e, Property.UID)).toList();
	}

	private static String value(net.fortuna.ical4j.model.PropertyListAccessor container, String name) {
		return container.<Property>getProperty(name).map(Property::getValue).orElse(null);
	}

}
