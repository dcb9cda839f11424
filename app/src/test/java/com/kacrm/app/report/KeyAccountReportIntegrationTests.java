package com.kacrm.app.report;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import com.kacrm.app.test.CrmIntegrationTest;
import com.kacrm.domain.organisation.Role;
import com.kacrm.domain.shared.Actor;
import com.kacrm.domain.shared.LocalizedName;
import com.kacrm.persistence.organisation.OrganisationAdminService;
import com.kacrm.persistence.organisation.OrganisationService;
import com.kacrm.persistence.organisation.UserDraft;
import com.kacrm.persistence.report.KeyAccountFigures;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The key-account analysis screen, its export and its API on accounts and won deals of
 * two teams of their own (each in a region of its own), signed last year and this year so
 * the default period (the last four years) covers them: the figures, the filters, the
 * scope of a rep and of a manager, and the export's cells against the API's numbers.
 */
@CrmIntegrationTest
class KeyAccountReportIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	OrganisationService organisation;

	@Autowired
	OrganisationAdminService organisationAdmin;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	UserDetailsService users;

	@Value("${crm.display-time-zone}")
	ZoneId zone;

	String team;

	String otherTeam;

	long teamId;

	long otherTeamId;

	long regionId;

	String manager;

	String rep1;

	String rep2;

	long a1;

	long a2;

	long a3;

	long otherA;

	int year;

	@BeforeEach
	void twoTeamsWithKeyAccountsAndWonDeals() {
		String code = "Q" + Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36), 36).toUpperCase();
		this.team = code;
		this.otherTeam = code + "X";
		this.organisation.createRegion(this.team, new LocalizedName("大客户区" + code, "KA region " + code));
		this.organisation.createRegion(this.otherTeam, new LocalizedName("他区" + code, null));
		this.organisation.createTeam(this.team, new LocalizedName("大客户队" + code, null), this.team);
		this.organisation.createTeam(this.otherTeam, new LocalizedName("他队" + code, null), this.otherTeam);
		this.teamId = idOf("team", this.team);
		this.otherTeamId = idOf("team", this.otherTeam);
		this.regionId = idOf("region", this.team);
		String lower = code.toLowerCase();
		this.manager = "ka.manager." + lower;
		this.rep1 = "ka.rep1." + lower;
		this.rep2 = "ka.rep2." + lower;
		String otherRep = "ka.other." + lower;
		createUser(this.manager, "孔经理", Role.MANAGER, this.team);
		this.organisation.appointManager(this.team, this.manager);
		createUser(this.rep1, "甲代表", Role.REP, this.team);
		createUser(this.rep2, "乙代表", Role.REP, this.team);
		createUser(otherRep, "丙代表", Role.REP, this.otherTeam);
		long r1 = userId(this.rep1);
		long r2 = userId(this.rep2);
		long r3 = userId(otherRep);
		this.year = LocalDate.now(this.zone).getYear();
		LocalDate lastYear = LocalDate.of(this.year - 1, 6, 1);
		LocalDate thisYear = LocalDate.of(this.year, 1, 1);
		this.a1 = account("报表甲客户" + code, "A", this.teamId, r1);
		this.a2 = account("报表乙客户" + code, "B", this.teamId, r2);
		this.a3 = account("报表丙客户" + code, "C", this.teamId, r1);
		this.otherA = account("他队客户" + code, "A", this.otherTeamId, r3);
		long d1 = wonDeal(this.a1, this.teamId, r1, lastYear, "100", "20");
		wonDeal(this.a1, this.teamId, r1, thisYear, "150", "30");
		long d3 = wonDeal(this.a2, this.teamId, r2, thisYear, "50", null);
		wonDeal(this.a3, this.teamId, r1, thisYear, "200", "10");
		long d5 = wonDeal(this.otherA, this.otherTeamId, r3, thisYear, "500", "100");
		payment(d1, "60", lastYear);
		payment(d3, "50", thisYear);
		payment(d5, "500", thisYear);
	}

	@Test
	void theScreenShowsTheTeamsFiguresPerRegionPerYearAndRanked() throws Exception {
		var result = this.mvc.perform(get("/reports/key-accounts").param("team", "" + this.teamId).with(as("admin")))
			.andExpect(status().isOk())
			.andExpect(view().name("reports/key-accounts"))
			.andExpect(content().string(containsString("id=\"report-tabs\"")))
			.andExpect(content().string(containsString("data-chart=\"{&quot;type&quot;:&quot;bar&quot;")))
			.andExpect(content().string(containsString("/js/key-accounts.js")))
			.andExpect(content().string(containsString("href=\"/accounts/" + this.a1 + "\"")))
			.andExpect(content().string(containsString("大客户区" + this.team)))
			.andExpect(content().string(not(containsString("他队客户" + this.team))))
			.andReturn();
		KeyAccountFigures figures = (KeyAccountFigures) result.getModelAndView().getModel().get("figures");
		assertThat(figures.firstYear()).isEqualTo(this.year - 3);
		assertThat(figures.regions()).singleElement().satisfies((r) -> {
			assertThat(r.regionId()).isEqualTo(this.regionId);
			assertThat(r.keyAccounts()).isEqualTo(2);
			assertThat(r.buyingKeyAccounts()).isEqualTo(2);
		});
		KeyAccountFigures.Year last = figures.years().get(2);
		assertThat(last.keyAccountSales()).isEqualByComparingTo("100");
		assertThat(last.keyAccountPayments()).isEqualByComparingTo("60");
		KeyAccountFigures.Year now = figures.years().get(3);
		assertThat(now.year()).isEqualTo(this.year);
		assertThat(now.keyAccountSales()).isEqualByComparingTo("200");
		assertThat(now.otherSales()).isEqualByComparingTo("200");
		assertThat(now.keyAccountShare()).isEqualByComparingTo("50.00");
		assertThat(now.buyingKeyAccounts()).isEqualTo(2);
		assertThat(now.averageSales()).isEqualByComparingTo("100");
		assertThat(now.keyAccountPayments()).isEqualByComparingTo("50");
		assertThat(now.keyAccountProfit()).isEqualByComparingTo("30");
		assertThat(now.unknownProfitDeals()).isEqualTo(1);
		assertThat(now.growthRate()).isEqualByComparingTo("100.00");
		assertThat(figures.topBySales()).extracting(KeyAccountFigures.Ranked::accountId)
			.containsExactly(this.a1, this.a2);
		assertThat(figures.topByProfit()).extracting(KeyAccountFigures.Ranked::accountId).containsExactly(this.a1);
	}

	@Test
	void theFiltersChangeTheFigures() throws Exception {
		KeyAccountFigures byRep = figures("admin", "team", "" + this.teamId, "owner", "" + userId(this.rep2));
		assertThat(byRep.topBySales()).extracting(KeyAccountFigures.Ranked::accountId).containsExactly(this.a2);
		KeyAccountFigures top1 = figures("admin", "team", "" + this.teamId, "top", "1");
		assertThat(top1.topBySales()).extracting(KeyAccountFigures.Ranked::accountId).containsExactly(this.a1);
		KeyAccountFigures thisYearOnly = figures("admin", "team", "" + this.teamId, "from", this.year + "-01-01");
		assertThat(thisYearOnly.years()).singleElement()
			.satisfies((y) -> assertThat(y.growthRate()).as("no year before in the period").isNull());

		this.mvc
			.perform(get("/reports/key-accounts").param("team", "" + this.teamId).param("tier", "C").with(as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"key-accounts-excluded\"")))
			.andExpect(content().string(not(containsString("href=\"/accounts/" + this.a1 + "\""))));
		KeyAccountFigures tierC = figures("admin", "team", "" + this.teamId, "tier", "C");
		assertThat(tierC.regions()).isEmpty();
		assertThat(tierC.years().get(3).keyAccountSales()).isEqualByComparingTo("0");
		assertThat(tierC.years().get(3).otherSales()).isEqualByComparingTo("200");
	}

	@Test
	void aManagerSeesTheirTeamAndNothingOfAnotherTeamEvenWhenFilteringIt() throws Exception {
		KeyAccountFigures own = figures(this.manager);
		assertThat(own.topBySales()).extracting(KeyAccountFigures.Ranked::accountId).containsExactly(this.a1, this.a2);
		assertThat(own.years().get(3).keyAccountSales()).isEqualByComparingTo("200");
		KeyAccountFigures other = figures(this.manager, "team", "" + this.otherTeamId);
		assertThat(other.regions()).isEmpty();
		assertThat(other.topBySales()).isEmpty();
		assertThat(other.years()).allSatisfy((y) -> assertThat(y.totalSales()).isEqualByComparingTo("0"));
		KeyAccountFigures admin = figures("admin", "team", "" + this.otherTeamId);
		assertThat(admin.topBySales()).extracting(KeyAccountFigures.Ranked::accountId).containsExactly(this.otherA);
	}

	@Test
	void aRepSeesOnlyTheirOwnDeals() throws Exception {
		KeyAccountFigures rep = figures(this.rep1);
		assertThat(rep.topBySales()).extracting(KeyAccountFigures.Ranked::accountId).containsExactly(this.a1);
		KeyAccountFigures.Year now = rep.years().get(3);
		assertThat(now.keyAccountSales()).isEqualByComparingTo("150");
		assertThat(now.otherSales()).isEqualByComparingTo("200");
		assertThat(rep.regions()).singleElement().satisfies((r) -> {
			assertThat(r.keyAccounts()).isEqualTo(1);
			assertThat(r.buyingKeyAccounts()).isEqualTo(1);
		});
		KeyAccountFigures filteringAnother = figures(this.rep1, "owner", "" + userId(this.rep2));
		assertThat(filteringAnother.topBySales()).as("the scope is ANDed with the filter, never replaced").isEmpty();
		this.mvc.perform(get("/api/v1/reports/key-accounts").with(as(this.rep2)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("\"accountId\":" + this.a1 + ","))));
	}

	@Test
	void theExportHasTheApisNumbersAsNumberCells() throws Exception {
		JsonNode api = this.json.readTree(
				this.mvc.perform(get("/api/v1/reports/key-accounts").param("team", "" + this.teamId).with(as("admin")))
					.andExpect(status().isOk())
					.andReturn()
					.getResponse()
					.getContentAsString());
		assertThat(api.get("top").asInt()).isEqualTo(5);
		assertThat(api.get("years")).hasSize(4);
		assertThat(api.get("regions").get(0).get("region").asString()).isEqualTo("大客户区" + this.team);
		byte[] xlsx = this.mvc
			.perform(get("/reports/key-accounts/export.xlsx").param("team", "" + this.teamId).with(as("admin")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type",
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		List<List<Row>> sheets = read(xlsx);
		assertThat(sheets).hasSize(4);

		List<Row> regions = sheets.get(0);
		assertThat(regions.get(2).getCellText(0)).isEqualTo("大客户区" + this.team);
		assertThat(regions.get(2).getCellAsNumber(1)).hasValueSatisfying(
				(n) -> assertThat(n).isEqualByComparingTo(api.get("regions").get(0).get("keyAccounts").decimalValue()));

		List<Row> years = sheets.get(1);
		assertThat(years.get(1).getCellText(1)).isEqualTo("大客户销售额（万元）");
		String[] fields = { "year", "keyAccountSales", "otherSales", "totalSales", "keyAccountShare",
				"buyingKeyAccounts", "averageSales", "keyAccountPayments", "keyAccountProfit", "unknownProfitDeals",
				"growthRate" };
		for (int i = 0; i < 4; i++) {
			JsonNode year = api.get("years").get(i);
			Row row = years.get(2 + i);
			for (int column = 0; column < fields.length; column++) {
				JsonNode value = year.get(fields[column]);
				if (value == null || value.isNull()) {
					assertThat(text(row, column)).as(fields[column]).isEmpty();
				}
				else {
					assertThat(row.getCell(column).getType()).as(fields[column]).isEqualTo(CellType.NUMBER);
					assertThat(row.getCellAsNumber(column).orElseThrow()).as(fields[column] + " of year " + i)
						.isEqualByComparingTo(value.decimalValue());
				}
			}
		}

		assertRanking(sheets.get(2), api.get("topBySales"));
		assertRanking(sheets.get(3), api.get("topByProfit"));
	}

	private static void assertRanking(List<Row> sheet, JsonNode ranking) {
		assertThat(sheet).hasSize(2 + ranking.size());
		for (int i = 0; i < ranking.size(); i++) {
			JsonNode line = ranking.get(i);
			Row row = sheet.get(2 + i);
			assertThat(row.getCellAsNumber(0).orElseThrow()).isEqualByComparingTo(line.get("rank").decimalValue());
			assertThat(row.getCellText(1)).isEqualTo(line.get("accountName").asString());
			assertThat(row.getCellText(2)).isEqualTo(line.get("region").asString());
			assertThat(row.getCellAsNumber(3).orElseThrow()).isEqualByComparingTo(line.get("sales").decimalValue());
			if (line.get("profit").isNull()) {
				assertThat(text(row, 4)).isEmpty();
			}
			else {
				assertThat(row.getCellAsNumber(4).orElseThrow())
					.isEqualByComparingTo(line.get("profit").decimalValue());
			}
			assertThat(row.getCellAsNumber(6).orElseThrow()).isEqualByComparingTo(line.get("payments").decimalValue());
		}
	}

	private static String text(Row row, int column) {
		return row.getOptionalCell(column).map(Cell::getText).orElse("");
	}

	private KeyAccountFigures figures(String username, String... params) throws Exception {
		var request = get("/reports/key-accounts").with(as(username));
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return (KeyAccountFigures) this.mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getModelAndView()
			.getModel()
			.get("figures");
	}

	private static List<List<Row>> read(byte[] xlsx) throws Exception {
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx),
				new ReadingOptions(true, false))) {
			List<List<Row>> sheets = new ArrayList<>();
			for (var sheet : workbook.getSheets().toList()) {
				sheets.add(sheet.read());
			}
			return sheets;
		}
	}

	private RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

	private long idOf(String table, String code) {
		return this.jdbc.sql("select id from " + table + " where code = ?").param(code).query(Long.class).single();
	}

	private long userId(String username) {
		return this.jdbc.sql("select id from app_user where username = ?").param(username).query(Long.class).single();
	}

	private void createUser(String username, String displayName, Role role, String team) {
		this.organisationAdmin.createUser(new UserDraft(username, displayName, role, team, null), "password-1",
				this.passwordEncoder::encode, Actor.system("test"));
	}

	private long account(String name, String tier, long team, long owner) {
		return this.jdbc
			.sql("insert into account (name, name_key, team_id, owner_id, tier, created_at)"
					+ " values (?, ?, ?, ?, ?, now()) returning id")
			.params(name, name, team, owner, tier)
			.query(Long.class)
			.single();
	}

	private long wonDeal(long account, long team, long owner, LocalDate signedOn, String amount, String profit) {
		return this.jdbc
			.sql("insert into opportunity (name, account_id, team_id, owner_id, milestone, status, created_at,"
					+ " created_by_name, milestone_entered_at, contract_amount, contract_signed_on, profit, closed_at)"
					+ " values ('大客户报表商机', ?, ?, ?, 'CONTRACT_SIGNED', 'WON', now(), 'test', now(), ?, ?, ?, now())"
					+ " returning id")
			.params(account, team, owner, new BigDecimal(amount), signedOn,
					(profit != null) ? new BigDecimal(profit) : null)
			.query(Long.class)
			.single();
	}

	private void payment(long deal, String amount, LocalDate receivedOn) {
		this.jdbc
			.sql("insert into opportunity_payment (opportunity_id, amount, received_on, recorded_at, recorded_by_name)"
					+ " values (?, ?, ?, now(), 'test')")
			.params(deal, new BigDecimal(amount), receivedOn)
			.update();
	}

}
