package com.kacrm.app.report;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.kacrm.app.test.CrmIntegrationTest;
import com.kacrm.web.shared.CurrentUser;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The manager KPI screen, its .xlsx and its API on the demo data: managers see their
 * teams' people, reps only their own line (a filter on another rep gives nothing), the
 * export and the screen show the API's rows, and an industry note filed by a rep counts
 * in their "information collected".
 */
@CrmIntegrationTest
class KpiReportIntegrationTests {

	static final String WHOLE_TIME = "from=2000-01-01&to=2099-12-31";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JsonMapper json;

	@Test
	void aManagerSeesTheirTeamsPeopleWithSubtotalsAndTheChart() throws Exception {
		JsonNode api = api("manager.south", WHOLE_TIME);
		assertThat(api.get("teams")).hasSize(1);
		List<String> names = new ArrayList<>();
		api.get("teams").get(0).get("reps").forEach((rep) -> names.add(rep.get("name").asString()));
		assertThat(names).contains(name("rep.zhang"), name("rep.li")).doesNotContain(name("rep.wang"));

		String html = this.mvc.perform(get("/reports/kpis?" + WHOLE_TIME).with(as("manager.south")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-chart=")))
			.andExpect(content().string(containsString("/js/kpis.js")))
			.andExpect(content().string(containsString("团队合计")))
			.andExpect(content().string(containsString("记录行业信息")))
			.andExpect(content().string(not(containsString(name("rep.wang")))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(count(html, "data-testid=\"kpi-rep\"")).isEqualTo(names.size());
		assertThat(count(html, "data-testid=\"kpi-team-total\"")).isEqualTo(1);
	}

	@Test
	void aRepSeesOnlyTheirOwnLineAndFilteringAnotherRepGivesNothing() throws Exception {
		JsonNode own = api("rep.zhang", WHOLE_TIME);
		assertThat(own.get("teams")).hasSize(1);
		assertThat(own.get("teams").get(0).get("reps")).hasSize(1);
		assertThat(own.get("teams").get(0).get("reps").get(0).get("id").asLong()).isEqualTo(id("rep.zhang"));

		JsonNode other = api("rep.zhang", WHOLE_TIME + "&owner=" + id("rep.li"));
		assertThat(other.get("teams")).isEmpty();

		this.mvc.perform(get("/reports/kpis?" + WHOLE_TIME).with(as("rep.zhang")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(name("rep.zhang"))))
			.andExpect(content().string(not(containsString(name("rep.li")))));
	}

	@Test
	void theDefaultPeriodIsThisQuarter() throws Exception {
		JsonNode api = api("admin", "");
		String from = api.get("from").asString();
		assertThat(from).endsWith("-01");
		assertThat(Integer.parseInt(from.substring(5, 7)) % 3).isEqualTo(1);
	}

	@Test
	void theExportHasTheApisRowsWithTeamSubtotalsAndTheGrandTotal() throws Exception {
		JsonNode api = api("admin", WHOLE_TIME);
		byte[] xlsx = this.mvc.perform(get("/reports/kpis/export.xlsx?" + WHOLE_TIME).with(as("admin")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type",
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		List<Row> rows = read(xlsx);
		List<String> expected = new ArrayList<>();
		for (JsonNode team : api.get("teams")) {
			for (JsonNode rep : team.get("reps")) {
				expected.add(line(team.get("name").asString(), rep.get("name").asString(), rep.get("figures")));
			}
			expected.add(line(team.get("name").asString(), "团队合计", team.get("total")));
		}
		expected.add(line("总计", "", api.get("total")));
		List<String> actual = new ArrayList<>();
		for (Row row : rows.subList(2, rows.size())) {
			actual.add(line(row));
		}
		assertThat(actual).isEqualTo(expected);
	}

	@Test
	void anIndustryNoteFiledByARepCountsInTheirInformationCollected() throws Exception {
		long before = figures("rep.li").get("industryRecords").asLong();
		long industry = firstIndustry();

		this.mvc
			.perform(post("/industries/notes").with(as("rep.li"))
				.with(csrf())
				.param("industryId", Long.toString(industry))
				.param("title", "KPI 行业信息")
				.param("content", "汽车配件行业二季度需求上升"))
			.andExpect(status().isFound());

		JsonNode after = figures("rep.li");
		assertThat(after.get("industryRecords").asLong()).isEqualTo(before + 1);
	}

	private long firstIndustry() throws Exception {
		String html = this.mvc.perform(get("/industries/notes/new").with(as("rep.li")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("<option value=\"(\\d+)\"").matcher(html);
		assertThat(matcher.find()).isTrue();
		return Long.parseLong(matcher.group(1));
	}

	private JsonNode figures(String username) throws Exception {
		return api(username, "").get("teams").get(0).get("reps").get(0).get("figures");
	}

	private static String line(String team, String rep, JsonNode f) {
		return String.join("|", team, String.valueOf(rep), amount(f.get("revenue").decimalValue()),
				f.get("wonDeals").asString(), amount(f.get("paymentsReceived").decimalValue()),
				f.get("newProjects").asString(), f.get("approvedProposals").asString(),
				f.get("competitorRecords").asString(), f.get("customerRecords").asString(),
				f.get("industryRecords").asString(), f.get("informationCollected").asString(),
				f.get("accounts").asString(),
				f.get("cadenceKeptPercent").isNull() ? "null" : amount(f.get("cadenceKeptPercent").decimalValue()));
	}

	private static String line(Row row) {
		List<String> cells = new ArrayList<>();
		for (int column = 0; column < 13; column++) {
			final int c = column;
			if (c >= 2) {
				var number = row.getCellAsNumber(c);
				cells.add(
						number.map((n) -> (c == 2 || c == 4 || c == 12) ? amount(n) : Long.toString(n.longValueExact()))
							.orElse("null"));
			}
			else {
				cells.add(row.getCellAsString(c).orElse("null"));
			}
		}
		return String.join("|", cells);
	}

	private static String amount(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

	private JsonNode api(String username, String query) throws Exception {
		String body = this.mvc.perform(get("/api/v1/reports/kpis?" + query).with(as(username)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return this.json.readTree(body);
	}

	private static List<Row> read(byte[] xlsx) throws Exception {
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx),
				new ReadingOptions(true, false))) {
			return workbook.getFirstSheet().read();
		}
	}

	private static int count(String text, String part) {
		int count = 0;
		for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
			count++;
		}
		return count;
	}

	private String name(String username) {
		return ((CurrentUser) this.users.loadUserByUsername(username)).getDisplayName();
	}

	private long id(String username) {
		return ((CurrentUser) this.users.loadUserByUsername(username)).getId();
	}

	private RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

}
