package com.kacrm.app.approval;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import com.kacrm.app.test.CrmIntegrationTest;
import com.kacrm.domain.organisation.Role;
import com.kacrm.domain.shared.Actor;
import com.kacrm.domain.shared.LocalizedName;
import com.kacrm.persistence.approval.ApprovalService;
import com.kacrm.persistence.organisation.OrganisationAdminService;
import com.kacrm.persistence.organisation.OrganisationService;
import com.kacrm.persistence.organisation.UserDraft;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The approved-projects report for 市场策划部 ({@code /approvals/report} and its .xlsx): the
 * requests approved in the period with their figures and a totals row, in the reader's
 * language, numbers as numbers and days as dates; a team's manager sees their team's,
 * reps get 403. Each test approves requests in a team of its own.
 */
@CrmIntegrationTest
class ApprovalReportIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	ApprovalService approvals;

	@Autowired
	OrganisationService organisation;

	@Autowired
	OrganisationAdminService organisationAdmin;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Value("${crm.display-time-zone}")
	ZoneId zone;

	ApprovalDeals deals;

	String team;

	String manager;

	String rep;

	@BeforeEach
	void teamOfTheirOwn() {
		this.team = "R" + Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36), 36).toUpperCase();
		this.organisation.createRegion(this.team, new LocalizedName("报表区" + this.team, null));
		this.organisation.createTeam(this.team, new LocalizedName("报表队" + this.team, "Report team " + this.team),
				this.team);
		this.manager = "report.manager." + this.team.toLowerCase();
		this.rep = "report.rep." + this.team.toLowerCase();
		createUser(this.manager, "孙经理", Role.MANAGER);
		this.organisation.appointManager(this.team, this.manager);
		createUser(this.rep, "钱代表", Role.REP);
		this.deals = new ApprovalDeals(this.context, this.rep, this.team);
	}

	@Test
	void theXlsxHasTheApprovedProjectsOfThePeriodWithTotalsInTheReadersLanguage() throws Exception {
		Approved first = approved("报表一");
		Approved second = approved("报表二");
		String pending = this.deals.number(this.deals.submitted(this.deals.readyForApproval("待批")));
		YearMonth month = YearMonth.now(this.zone);

		byte[] xlsx = this.mvc
			.perform(get("/approvals/report.xlsx").param("team", this.team).with(this.deals.as("admin")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type",
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.andExpect(header().string("Content-Disposition",
					containsString("filename*=UTF-8''%E7%AB%8B%E9%A1%B9%E9%A1%B9%E7%9B%AE-" + month + ".xlsx")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();

		assertThat(sheetName(xlsx)).isEqualTo("立项项目");
		List<Row> rows = read(xlsx);
		assertThat(rows.get(0).getCellText(0)).contains(month.atDay(1).toString())
			.contains(month.atEndOfMonth().toString());
		assertThat(rows.get(1).getCellText(0)).isEqualTo("申请编号");
		assertThat(rows.get(1).getCellText(6)).isEqualTo("预计金额（万元）");
		assertThat(rows.subList(2, 4)).extracting((row) -> row.getCellText(0))
			.containsExactly(first.number(), second.number())
			.doesNotContain(pending);
		Row row = rows.get(2);
		assertThat(row.getCellText(1)).isEqualTo(first.projectName());
		assertThat(row.getCellText(4)).isEqualTo("报表队" + this.team);
		assertThat(row.getCellText(5)).isEqualTo("钱代表");
		assertThat(row.getCell(6).getType()).isEqualTo(CellType.NUMBER);
		assertThat(row.getCellAsNumber(6))
			.hasValueSatisfying((amount) -> assertThat(amount).isEqualByComparingTo("120.5"));
		assertThat(row.getCell(7).getType()).isEqualTo(CellType.NUMBER);
		assertThat(row.getCell(7).getDataFormatString()).isEqualTo("yyyy-mm-dd");
		assertThat(row.getCellAsDate(7)).hasValueSatisfying(
				(date) -> assertThat(date.toLocalDate()).isEqualTo(LocalDate.now(this.zone).plusMonths(4)));
		assertThat(row.getCellAsNumber(8))
			.hasValueSatisfying((budget) -> assertThat(budget).isEqualByComparingTo("50000"));
		assertThat(row.getCellText(9)).isEqualTo("孙经理");
		assertThat(row.getCellAsDate(10))
			.hasValueSatisfying((at) -> assertThat(at.toLocalDate()).isEqualTo(LocalDate.now(this.zone)));
		assertThat(row.getCellText(11)).isEqualTo("项目立项");
		Row totals = rows.get(4);
		assertThat(totals.getCellText(0)).isEqualTo("合计");
		assertThat(totals.getCellAsNumber(6)).hasValueSatisfying((sum) -> assertThat(sum).isEqualByComparingTo("241"));
		assertThat(totals.getCellAsNumber(8))
			.hasValueSatisfying((sum) -> assertThat(sum).isEqualByComparingTo("100000"));

		byte[] english = this.mvc
			.perform(get("/approvals/report.xlsx").param("team", this.team)
				.param("lang", "en")
				.with(this.deals.as(this.manager)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("approved-projects-" + month + ".xlsx")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(sheetName(english)).isEqualTo("Approved projects");
		List<Row> englishRows = read(english);
		assertThat(englishRows.get(1).getCellText(0)).isEqualTo("Request number");
		assertThat(englishRows.get(2).getCellText(4)).isEqualTo("Report team " + this.team);
		assertThat(englishRows.get(2).getCellText(11)).isEqualTo("Project approval");
	}

	@Test
	void theScreenShowsTheTeamsApprovalsAndTheirTotalsToItsManager() throws Exception {
		Approved first = approved("屏幕一");
		Approved second = approved("屏幕二");

		this.mvc.perform(get("/approvals/report").with(this.deals.as(this.manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-request=\"" + first.number() + "\"")))
			.andExpect(content().string(containsString("data-request=\"" + second.number() + "\"")))
			.andExpect(content().string(containsString("2 个项目")))
			.andExpect(content().string(containsString(">241.00<")))
			.andExpect(content().string(containsString(">100,000.00<")))
			.andExpect(content().string(containsString("/approvals/report.xlsx?from=")));
		this.mvc.perform(get("/approvals/report").with(this.deals.as("manager.south")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("data-request=\"" + first.number() + "\""))));
	}

	@Test
	void aPeriodEndingBeforeItStartsIsRefusedNextToItsEnd() throws Exception {
		this.mvc
			.perform(get("/approvals/report").param("from", "2026-03-31")
				.param("to", "2026-03-01")
				.with(this.deals.as("admin")))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("params", "to", "approvalReport.error.period"))
			.andExpect(content().string(containsString("data-error-for=\"to\"")));
		this.mvc
			.perform(get("/approvals/report.xlsx").param("from", "2026-03-31")
				.param("to", "2026-03-01")
				.with(this.deals.as("admin")))
			.andExpect(status().isBadRequest());
	}

	@Test
	void repsAreRefusedTheReport() throws Exception {
		this.mvc.perform(get("/approvals/report").with(this.deals.as("rep.zhang"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/approvals/report.xlsx").with(this.deals.as(this.rep))).andExpect(status().isForbidden());
	}

	/**
	 * A new deal's request by the team's rep, approved by its manager: 120.5 万元 expected
	 * in four months, a budget of 50,000 元 ({@link ApprovalDeals#completeForm}).
	 */
	private Approved approved(String prefix) {
		ApprovalDeals.Deal deal = this.deals.readyForApproval(prefix);
		long id = this.deals.submitted(deal);
		this.approvals.approve(id, null, this.deals.viewer(this.manager));
		return new Approved(this.deals.number(id), deal.name());
	}

	private void createUser(String username, String displayName, Role role) {
		this.organisationAdmin.createUser(new UserDraft(username, displayName, role, this.team, null), "password-1",
				this.passwordEncoder::encode, Actor.system("test"));
	}

	/** An approved request: its number and project name. */
	private record Approved(String number, String projectName) {
	}

	private static String sheetName(byte[] xlsx) throws Exception {
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx),
				new ReadingOptions(true, false))) {
			return workbook.getFirstSheet().getName();
		}
	}

	private static List<Row> read(byte[] xlsx) throws Exception {
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx),
				new ReadingOptions(true, false))) {
			return workbook.getFirstSheet().read();
		}
	}

}
