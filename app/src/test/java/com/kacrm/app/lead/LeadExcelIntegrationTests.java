package com.kacrm.app.lead;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.ZipEntry;

import com.kacrm.app.test.CrmIntegrationTest;
import com.kacrm.domain.reference.Tier;
import com.kacrm.domain.shared.LocalizedName;
import com.kacrm.persistence.lead.LeadFilter;
import com.kacrm.persistence.lead.LeadService;
import com.kacrm.persistence.lead.LeadSheetService;
import com.kacrm.persistence.lead.NewLead;
import com.kacrm.persistence.lead.RegisteredLead;
import com.kacrm.persistence.organisation.OrganisationService;
import com.kacrm.persistence.shared.Viewer;
import com.kacrm.web.lead.ImportJob;
import com.kacrm.web.lead.ImportJobs;
import com.kacrm.web.lead.LeadSheetColumn;
import com.kacrm.web.lead.LeadSheetReader;
import com.kacrm.web.lead.SheetRow;
import com.kacrm.web.shared.CurrentUser;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The lead sheet as Excel through the whole application: the export holds the title, the
 * header and only what the user may see, with formulas neutralised; an exported sheet
 * imported into an empty region reproduces it; uploads run as jobs with a report; the API
 * answers the report.
 */
@CrmIntegrationTest
class LeadExcelIntegrationTests {

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	LeadService leads;

	@Autowired
	LeadSheetService sheet;

	@Autowired
	OrganisationService organisation;

	@Autowired
	LeadSheetReader reader;

	@Autowired
	ImportJobs jobs;

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	@Test
	void theExportHasTheTitleTheHeaderAndTheFilteredRows() throws Exception {
		String region = freshRegion("导出区");
		String name = unique("导出测试");
		register(new NewLead(name + "有限公司", region, "AUTO_PARTS", 3, new BigDecimal("12000"), null, null,
				"INTERNET_SEARCH", "王经理", "展会", null, null));
		MvcResult result = this.mvc
			.perform(get("/leads/export.xlsx").param("region", region).with(user(signedIn("admin"))))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type",
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(header().string("Content-Disposition",
					containsString("filename*=UTF-8''JTF001-%E7%BA%BF%E7%B4%A2%E6%B1%87%E6%80%BB%E8%A1%A8-")))
			.andReturn();
		byte[] xlsx = result.getResponse().getContentAsByteArray();
		String sheetXml = part(xlsx, "xl/worksheets/sheet1.xml");
		String strings = part(xlsx, "xl/sharedStrings.xml");
		assertThat(strings).contains("导出区" + region + "潜在客户线索汇总表(JTF001)").contains("客户名称").contains("年营业额（万元）");
		List<SheetRow> rows = read(xlsx);
		assertThat(rows).hasSize(1);
		assertThat(rows.get(0).get(LeadSheetColumn.CUSTOMER_NAME)).isEqualTo(name + "有限公司");
		assertThat((BigDecimal) rows.get(0).get(LeadSheetColumn.ANNUAL_REVENUE)).isEqualByComparingTo("12000");
		assertThat(sheetXml).doesNotContain("<f>");
	}

	@Test
	void cellsStartingWithAFormulaSignAreTextNeverFormulas() throws Exception {
		String region = freshRegion("公式区");
		register(new NewLead("=HYPERLINK(\"http://evil.example\",\"点我\")" + unique(""), region, null, null, null, null,
				null, null, "+86 755 8888", "@SUM(1,2)", null, null));
		byte[] xlsx = this.mvc.perform(get("/leads/export.xlsx").param("region", region).with(user(signedIn("admin"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String sheetXml = part(xlsx, "xl/worksheets/sheet1.xml");
		assertThat(sheetXml).doesNotContain("<f>").doesNotContain("<f ");
		assertThat(part(xlsx, "xl/sharedStrings.xml")).contains("=HYPERLINK(").contains("+86 755 8888");
	}

	@Test
	void aRepOfShanghaiNeverExportsLeadsOwnedInShenzhen() throws Exception {
		byte[] xlsx = this.mvc.perform(get("/leads/export.xlsx").with(user(signedIn("rep.wang"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		List<String> exported = read(xlsx).stream().map((row) -> (String) row.get(LeadSheetColumn.NUMBER)).toList();
		List<String> visible = new ArrayList<>();
		this.sheet.forEachRow(LeadFilter.all(), Sort.unsorted(), viewer("rep.wang"),
				(row) -> visible.add(row.number()));
		assertThat(exported).isNotEmpty().containsExactlyInAnyOrderElementsOf(visible);
		List<String> ownedInShenzhen = this.jdbc
			.sql("select l.number from lead l join team t on t.id = l.team_id join region r on r.id = t.region_id"
					+ " where r.code = 'SZ'")
			.query(String.class)
			.list();
		assertThat(ownedInShenzhen).isNotEmpty();
		assertThat(exported).doesNotContainAnyElementsOf(ownedInShenzhen);
	}

	@Test
	void anExportedSheetImportedIntoAnEmptyRegionReproducesIt() throws Exception {
		String region = freshRegion("往返区");
		String name = unique("往返");
		register(new NewLead(name + "甲有限公司", region, "AUTO_PARTS", 2, new BigDecimal("60000.5"), Tier.B, "手工定级",
				"INTERNET_SEARCH", "王经理 138", "=展会认识", null, null)
			.registeredAt(LocalDateTime.of(2025, 11, 3, 9, 15, 42).atZone(CHINA).toInstant()));
		register(new NewLead(name + "乙", region, null, null, null, null, null, null, null, null, null, null)
			.registeredAt(LocalDateTime.of(2026, 1, 20, 16, 0).atZone(CHINA).toInstant()));
		register(new NewLead(name + "丙", region, "AUTO_PARTS", null, new BigDecimal("300"), null, null,
				"INTERNET_SEARCH", null, "备注", null, null));
		byte[] first = export(region);
		List<SheetRow> before = read(first);
		assertThat(before).hasSize(3);

		this.jdbc
			.sql("delete from history_entry where subject_type = 'LEAD' and subject_id in"
					+ " (select l.id from lead l join region r on r.id = l.region_id where r.code = ?)")
			.param(region)
			.update();
		this.jdbc.sql("delete from lead where region_id = (select id from region where code = ?)")
			.param(region)
			.update();
		this.jdbc.sql("delete from lead_number_counter where region_id = (select id from region where code = ?)")
			.param(region)
			.update();
		assertThat(read(export(region))).isEmpty();

		MvcResult imported = this.mvc
			.perform(multipart("/api/v1/leads/import").file(new MockMultipartFile("file", "export.xlsx", null, first))
				.with(user(signedIn("admin"))))
			.andReturn();
		assertThat(imported.getResponse().getStatus()).as(imported.getResponse().getContentAsString()).isEqualTo(200);
		assertThat(imported.getResponse().getContentAsString()).contains("\"imported\":3", "\"refused\":false");
		List<SheetRow> after = read(export(region));
		assertThat(after).extracting(SheetRow::cells)
			.containsExactlyElementsOf(before.stream().map(SheetRow::cells).toList());
	}

	@Test
	void anUploadRunsAsAJobWhoseReportNamesTheBadRowAndOnlyItsOwnerSeesIt() throws Exception {
		String region = freshRegion("上传区");
		String name = unique("上传");
		byte[] file = sheet(List.of(List.of("客户名称", "所属区域", "客户分类"), List.of(name + "甲", region, "A"),
				List.of(name + "乙", "不存在", ""), List.of(name + "丙", region, "")));
		String location = this.mvc
			.perform(multipart("/leads/import").file(new MockMultipartFile("file", "leads.xlsx", null, file))
				.param("mode", "ALL_OR_NOTHING")
				.with(user(signedIn("rep.zhang")))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).startsWith("/leads/import/");
		UUID id = UUID.fromString(location.substring("/leads/import/".length()));
		awaitFinished(id, viewer("rep.zhang"));
		this.mvc.perform(get(location).with(user(signedIn("rep.zhang"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("其中 1 行无效，因此没有导入任何线索")))
			.andExpect(content().string(containsString("所属区域：找不到“不存在”")))
			.andExpect(content().string(not(containsString("hx-trigger"))));
		assertThat(leadsNamed(name)).isZero();
		this.mvc.perform(get(location).with(user(signedIn("rep.li")))).andExpect(status().isNotFound());
		this.mvc.perform(get(location).header("HX-Request", "true").with(user(signedIn("rep.zhang"))))
			.andExpect(status().isOk())
			.andExpect(header().string("HX-Refresh", "true"))
			.andExpect(content().string(containsString("id=\"import-progress\"")))
			.andExpect(content().string(not(containsString("<nav"))));
	}

	@Test
	void anUploadThatIsNoSpreadsheetIsRefusedOnTheForm() throws Exception {
		this.mvc
			.perform(
					multipart("/leads/import")
						.file(new MockMultipartFile("file", "leads.csv", "text/csv",
								"客户名称,所属区域".getBytes(StandardCharsets.UTF_8)))
						.with(user(signedIn("rep.zhang")))
						.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("这不是 Excel 文件（.xlsx），或文件已损坏。")));
		this.mvc.perform(multipart("/leads/import").with(user(signedIn("rep.zhang"))).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请选择要上传的文件")));
	}

	@Test
	void theImportFormShowsTheLimitsAndTheTemplateHasItsInstructions() throws Exception {
		this.mvc.perform(get("/leads/import").with(user(signedIn("rep.wang"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("文件最大 10 MB，最多 50,000 行。")))
			.andExpect(content().string(containsString("/leads/import/template.xlsx")));
		byte[] template = this.mvc.perform(get("/leads/import/template.xlsx").with(user(signedIn("rep.wang"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(part(template, "xl/workbook.xml")).contains("name=\"JTF001\"").contains("name=\"说明\"");
		assertThat(part(template, "xl/sharedStrings.xml")).contains("潜在客户线索汇总表(JTF001)")
			.contains("客户线索来源")
			.contains("区域代码或名称");
		assertThat(read(template)).isEmpty();
	}

	@Test
	void theApiRefusesAllOrNothingWith422AndImportsValidRowsOnRequest() throws Exception {
		String region = freshRegion("接口区");
		String name = unique("接口");
		byte[] file = sheet(List.of(List.of("Customer name", "Region", "Annual revenue"),
				List.of(name + "甲", region, "1,200"), List.of(name + "乙", region, "很多")));
		this.mvc
			.perform(multipart("/api/v1/leads/import").file(new MockMultipartFile("file", "leads.xlsx", null, file))
				.with(user(signedIn("manager.south"))))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.refused").value(true))
			.andExpect(jsonPath("$.rows[1].row").value(3))
			.andExpect(jsonPath("$.rows[1].status").value("INVALID"))
			.andExpect(jsonPath("$.rows[1].problems[0].column").value("annualRevenue"))
			.andExpect(jsonPath("$.rows[1].problems[0].code").value("leadImport.error.amount"));
		assertThat(leadsNamed(name)).isZero();
		this.mvc
			.perform(multipart("/api/v1/leads/import").file(new MockMultipartFile("file", "leads.xlsx", null, file))
				.param("mode", "VALID_ROWS_ONLY")
				.with(user(signedIn("manager.south"))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.imported").value(1))
			.andExpect(jsonPath("$.rows[0].status").value("IMPORTED"))
			.andExpect(jsonPath("$.rows[0].number").value(containsString(region + "-")));
		assertThat(leadsNamed(name)).isEqualTo(1);
		this.mvc
			.perform(multipart("/api/v1/leads/import")
				.file(new MockMultipartFile("file", "x.xlsx", null, "no zip".getBytes(StandardCharsets.UTF_8)))
				.with(user(signedIn("manager.south"))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("leadImport.unreadable.notXlsx"));
	}

	@Test
	void anUploadAboveTheMultipartLimitIsAnsweredWithAMessage() throws Exception {
		String boundary = "----kacrm" + UUID.randomUUID();
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.xlsx\"\r\n"
				+ "Content-Type: application/octet-stream\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] body = new byte[head.length + 10_500_000 + tail.length];
		System.arraycopy(head, 0, body, 0, head.length);
		System.arraycopy(tail, 0, body, body.length - tail.length, tail.length);
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/leads/import"))
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.header("Authorization",
						"Basic " + Base64.getEncoder()
							.encodeToString("admin:demo1234".getBytes(StandardCharsets.UTF_8)))
				.header("Accept-Language", "zh-CN")
				.timeout(Duration.ofSeconds(30))
				.POST(HttpRequest.BodyPublishers.ofByteArray(body))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("文件太大：最大 10 MB。");
	}

	private void awaitFinished(UUID id, Viewer viewer) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (System.nanoTime() < deadline) {
			ImportJob job = this.jobs.find(id, viewer).orElseThrow();
			if (job.isFinished()) {
				return;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("Import " + id + " did not finish");
	}

	private byte[] export(String region) throws Exception {
		return this.mvc.perform(get("/leads/export.xlsx").param("region", region).with(user(signedIn("admin"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	private List<SheetRow> read(byte[] xlsx) throws Exception {
		Path file = Files.createTempFile("export-", ".xlsx");
		try {
			Files.write(file, xlsx);
			List<SheetRow> rows = new ArrayList<>();
			this.reader.read(file, rows::add);
			return rows;
		}
		finally {
			Files.delete(file);
		}
	}

	/** A one-sheet .xlsx of text cells, the first line the header. */
	static byte[] sheet(List<List<String>> lines) throws IOException {
		var out = new java.io.ByteArrayOutputStream();
		var workbook = new org.dhatim.fastexcel.Workbook(out, "test", "1.0");
		var sheet = workbook.newWorksheet("Sheet1");
		for (int r = 0; r < lines.size(); r++) {
			for (int c = 0; c < lines.get(r).size(); c++) {
				sheet.value(r, c, lines.get(r).get(c));
			}
		}
		workbook.finish();
		return out.toByteArray();
	}

	static String part(byte[] xlsx, String name) throws IOException {
		try (var zip = new java.util.zip.ZipFile(Files.write(Files.createTempFile("part-", ".xlsx"), xlsx).toFile())) {
			ZipEntry entry = zip.getEntry(name);
			assertThat(entry).as(name).isNotNull();
			String xml = new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
			// fastexcel writes non-ASCII characters as references (&#x5ba2;)
			return java.util.regex.Pattern.compile("&#x([0-9a-fA-F]+);")
				.matcher(xml)
				.replaceAll((match) -> java.util.regex.Matcher
					.quoteReplacement(Character.toString(Integer.parseInt(match.group(1), 16))));
		}
	}

	private long leadsNamed(String prefix) {
		return this.jdbc.sql("select count(*) from lead where name like ?")
			.param(prefix + "%")
			.query(Long.class)
			.single();
	}

	private RegisteredLead register(NewLead lead) {
		return this.leads.register(lead, viewer("admin"), true);
	}

	private String freshRegion(String nameZh) {
		String code = "X"
				+ Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36 * 36), 36).toUpperCase();
		this.organisation.createRegion(code, new LocalizedName(nameZh + code, null));
		return code;
	}

	private static String unique(String name) {
		return name + Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36 * 36 * 36), 36);
	}

	private CurrentUser signedIn(String username) {
		return (CurrentUser) this.users.loadUserByUsername(username);
	}

	private Viewer viewer(String username) {
		return signedIn(username).viewer();
	}

}
