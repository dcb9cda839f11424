package com.kacrm.app.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import com.kacrm.app.test.CrmIntegrationTest;
import com.kacrm.domain.shared.LocalizedName;
import com.kacrm.persistence.organisation.OrganisationService;
import com.microsoft.playwright.Page;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The import journey in a real browser: a manager uploads a sheet with one bad
 * row, all or nothing imports nothing and names the row; uploading it again with "only
 * the valid rows" imports the others and lists their new numbers.
 */
@CrmIntegrationTest
class LeadImportBrowserTests {

	@RegisterExtension
	static final BrowserSupport browser = new BrowserSupport();

	@LocalServerPort
	int port;

	@Autowired
	OrganisationService organisation;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aSheetWithOneBadRowImportsNothingThenOnlyTheValidRowsOnRequest() throws Exception {
		String region = "B"
				+ Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36 * 36), 36).toUpperCase();
		this.organisation.createRegion(region, new LocalizedName("佛山" + region, null));
		String name = "佛山导入" + region;
		Path file = sheet(List.of(List.of("佛山潜在客户线索汇总表(JTF001)"),
				List.of("客户名称", "所属区域", "所属行业", "年营业额（万元）", "客户分类", "客户线索来源", "登记时间"),
				List.of(name + "精密机械有限公司", region, "汽车配件", "12,000", "A", "互联网/搜索引擎", "2026-03-01 10:20"),
				List.of(name + "照明电器厂", "火星", "", "800", "", "", "2026/3/2"),
				List.of(name + "陶瓷有限公司", region, "", "3500", "C类", "", "2026年3月3日")));

		Page page = browser.open(this.port, BrowserSupport.Viewport.DESKTOP);
		LoginPage.open(page).logInAs("manager.south", "demo1234");
		LeadImportPage imports = LeadImportPage.open(page);
		assertThat(imports.limits()).containsText("文件最大 10 MB");

		imports.choose(file).allOrNothing().upload();
		assertThat(imports.summary()).containsText("共 3 行，其中 1 行无效，因此没有导入任何线索");
		assertThat(imports.row(4)).containsText("无效");
		assertThat(imports.row(4)).containsText("所属区域：找不到“火星”");
		assertThat(imports.row(3)).containsText("未导入");
		org.assertj.core.api.Assertions.assertThat(leadsNamed(name)).isZero();

		imports.importAgain().choose(file).validRowsOnly().upload();
		assertThat(imports.summary()).containsText("已导入 2 条线索（共 3 行，无效 1 行）");
		assertThat(imports.createdNumbers()).hasCount(2);
		assertThat(imports.row(3)).containsText(region + "-2026-");
		assertThat(imports.row(5)).containsText("已导入");
		assertThat(imports.row(4)).containsText("所属区域：找不到“火星”");
		browser.screenshot("lead-import-report-zh.png");
		org.assertj.core.api.Assertions.assertThat(leadsNamed(name)).isEqualTo(2);
	}

	private long leadsNamed(String prefix) {
		return this.jdbc.sql("select count(*) from lead where name like ?")
			.param(prefix + "%")
			.query(Long.class)
			.single();
	}

	private static Path sheet(List<List<String>> lines) throws Exception {
		Path file = Files.createTempDirectory("lead-import-").resolve("佛山潜在客户线索.xlsx");
		try (var out = Files.newOutputStream(file)) {
			Workbook workbook = new Workbook(out, "test", "1.0");
			Worksheet sheet = workbook.newWorksheet("线索");
			for (int r = 0; r < lines.size(); r++) {
				for (int c = 0; c < lines.get(r).size(); c++) {
					sheet.value(r, c, lines.get(r).get(c));
				}
			}
			workbook.finish();
		}
		return file;
	}

}
