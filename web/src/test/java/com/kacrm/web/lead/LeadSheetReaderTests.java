package com.kacrm.web.lead;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.kacrm.domain.lead.LeadStatus;
import com.kacrm.domain.reference.Tier;
import com.kacrm.domain.shared.LocalizedName;
import com.kacrm.persistence.lead.LeadRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.util.unit.DataSize;

import static com.kacrm.web.lead.XlsxFixture.inline;
import static com.kacrm.web.lead.XlsxFixture.number;
import static com.kacrm.web.lead.XlsxFixture.shared;
import static com.kacrm.web.lead.XlsxFixture.str;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Reading uploaded lead sheets: the product's own export, files as LibreOffice and WPS
 * save them, and files that must be refused before parsing (not an .xlsx, zip bombs, too
 * many rows).
 */
class LeadSheetReaderTests {

	static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

	static {
		MESSAGES.setBasename("messages");
		MESSAGES.setDefaultEncoding("UTF-8");
		MESSAGES.setFallbackToSystemLocale(false);
	}

	@TempDir
	Path directory;

	final LeadSheetReader reader = new LeadSheetReader(LeadImportLimits.defaults(), MESSAGES);

	@Test
	void readsBackTheProductsOwnExport() throws Exception {
		Path file = this.directory.resolve("export.xlsx");
		Instant registered = LocalDateTime.of(2026, 3, 1, 10, 20, 30).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
		try (OutputStream out = Files.newOutputStream(file);
				LeadSheetWriter writer = new LeadSheetWriter(out, "深圳潜在客户线索汇总表(JTF001)", MESSAGES,
						Locale.SIMPLIFIED_CHINESE, ZoneId.of("Asia/Shanghai"))) {
			writer.add(new LeadRow(1, "SZ-2026-00001", "=HYPERLINK(\"http://evil\")", "SZ",
					new LocalizedName("深圳", "Shenzhen"), "AUTO_PARTS", new LocalizedName("汽车零部件", null),
					new BigDecimal("60000.5"), Tier.A, false, "INTERNET_SEARCH", new LocalizedName("搜索引擎", null),
					registered, LeadStatus.NEW, null, null, null, "+86 755 1234", "-备注"));
		}
		List<SheetRow> rows = read(file);
		assertThat(rows).hasSize(1);
		SheetRow row = rows.get(0);
		assertThat(row.rowNumber()).isEqualTo(3);
		assertThat(row.get(LeadSheetColumn.NUMBER)).isEqualTo("SZ-2026-00001");
		assertThat(row.get(LeadSheetColumn.CUSTOMER_NAME)).isEqualTo("=HYPERLINK(\"http://evil\")");
		assertThat(row.get(LeadSheetColumn.REGION)).isEqualTo("深圳");
		assertThat(row.get(LeadSheetColumn.ANNUAL_REVENUE)).isEqualTo(new BigDecimal("60000.5"));
		assertThat(row.get(LeadSheetColumn.CUSTOMER_CLASS)).isEqualTo("A");
		assertThat(row.get(LeadSheetColumn.REGISTERED_AT)).isEqualTo(LocalDateTime.of(2026, 3, 1, 10, 20, 30));
		assertThat(row.get(LeadSheetColumn.CONTACT_HINT)).isEqualTo("+86 755 1234");
		assertThat(row.get(LeadSheetColumn.NOTES)).isEqualTo("-备注");
	}

	@Test
	void readsAFileAsLibreOfficeSavesIt() throws Exception {
		// LibreOffice: inline strings, no <dimension>, its own sheet name, a custom date
		// format, English headers with full-width parentheses, the header on row 3.
		Path file = new XlsxFixture().sheetName("Tabelle1")
			.styles(Map.of(164, "YYYY/M/D\\ H:MM"), 164)
			.row(1, inline("A1", "Leads from the fair"))
			.row(3, inline("A3", "Customer Name"), inline("B3", " REGION "), inline("C3", "Annual revenue（10k CNY）"),
					inline("D3", "Registered"), inline("E3", "Class"), inline("F3", "Lead Source"))
			.row(4, inline("A4", "苏州恒达机械"), inline("B4", "SH"), number("C4", "1234.5", 0),
					number("D4", "46082.4305555556", 1), inline("E4", "b类"), str("F4", "互联网/搜索引擎"))
			.row(5, inline("A5", "@SUM(1+1)"), inline("B5", "上海"), inline("C5", "1,200"),
					inline("D5", "2026/3/1 10:20"))
			.write(this.directory);
		List<SheetRow> rows = read(file);
		assertThat(rows).extracting(SheetRow::rowNumber).containsExactly(4, 5);
		assertThat(rows.get(0).get(LeadSheetColumn.CUSTOMER_NAME)).isEqualTo("苏州恒达机械");
		assertThat(rows.get(0).get(LeadSheetColumn.ANNUAL_REVENUE)).isEqualTo(new BigDecimal("1234.5"));
		assertThat(rows.get(0).get(LeadSheetColumn.REGISTERED_AT)).isEqualTo(LocalDateTime.of(2026, 3, 1, 10, 20));
		assertThat(rows.get(0).get(LeadSheetColumn.CUSTOMER_CLASS)).isEqualTo("b类");
		assertThat(rows.get(0).get(LeadSheetColumn.SOURCE)).isEqualTo("互联网/搜索引擎");
		assertThat(rows.get(1).get(LeadSheetColumn.CUSTOMER_NAME)).isEqualTo("@SUM(1+1)");
		assertThat(rows.get(1).get(LeadSheetColumn.ANNUAL_REVENUE)).isEqualTo("1,200");
		assertThat(rows.get(1).get(LeadSheetColumn.REGISTERED_AT)).isEqualTo("2026/3/1 10:20");
	}

	@Test
	void readsAFileAsWpsSavesIt() throws Exception {
		// WPS: shared strings, built-in date formats 14 and 22, "年营业额" without the unit,
		// a blank row, a formula cell read as the value it showed, columns in another
		// order.
		Path file = new XlsxFixture().sheetName("线索")
			.withDimension()
			.styles(Map.of(176, "yyyy\"年\"m\"月\"d\"日\""), 14, 22, 176)
			.sharedStrings("客户名称", "所属区域", "年营业额", "登记时间", "编号", "深圳华达电子", "深圳", "备注", "=1+1")
			.row(1, shared("A1", 4), shared("B1", 0), shared("C1", 1), shared("D1", 2), shared("E1", 3),
					shared("F1", 7))
			.row(2, inline("A2", "SZ-2026-00042"), shared("B2", 5), shared("C2", 6), number("D2", "5000", 0),
					number("E2", "46082", 1), shared("F2", 8))
			.row(3)
			.row(4, inline("B4", "深圳鹏程"), inline("C4", "SZ"), XlsxFixture.formula("D4", "100*2", "200"),
					number("E4", "46082.5", 2))
			.row(5, inline("B5", "东莞"), inline("C5", "SZ"), number("E5", "46082", 3))
			.write(this.directory);
		List<SheetRow> rows = read(file);
		assertThat(rows).extracting(SheetRow::rowNumber).containsExactly(2, 4, 5);
		assertThat(rows.get(0).get(LeadSheetColumn.NUMBER)).isEqualTo("SZ-2026-00042");
		assertThat(rows.get(0).get(LeadSheetColumn.REGISTERED_AT)).isEqualTo(LocalDateTime.of(2026, 3, 1, 0, 0));
		assertThat(rows.get(0).get(LeadSheetColumn.NOTES)).isEqualTo("=1+1");
		assertThat(rows.get(1).get(LeadSheetColumn.ANNUAL_REVENUE)).isEqualTo(new BigDecimal("200"));
		assertThat(rows.get(1).get(LeadSheetColumn.REGISTERED_AT)).isEqualTo(LocalDateTime.of(2026, 3, 1, 12, 0));
		assertThat(rows.get(2).get(LeadSheetColumn.REGISTERED_AT)).isEqualTo(LocalDateTime.of(2026, 3, 1, 0, 0));
	}

	@Test
	void readsRowsWhoseCellsHaveNoAddresses() throws Exception {
		Path file = new XlsxFixture().sharedStrings("客户名称", "所属区域")
			.rowWithoutNumber(shared(0), shared(1))
			.rowWithoutNumber(inline("无地址公司"), inline("SZ"))
			.write(this.directory);
		List<SheetRow> rows = read(file);
		assertThat(rows).hasSize(1);
		assertThat(rows.get(0).get(LeadSheetColumn.CUSTOMER_NAME)).isEqualTo("无地址公司");
		assertThat(rows.get(0).get(LeadSheetColumn.REGION)).isEqualTo("SZ");
	}

	@Test
	void refusesAFileThatIsNoZip() throws IOException {
		Path file = Files.writeString(this.directory.resolve("leads.xlsx"), "客户名称,所属区域\n华达,SZ\n");
		assertUnreadable(file, "leadImport.unreadable.notXlsx");
	}

	@Test
	void refusesAnOldXlsFileWithAHint() throws IOException {
		Path file = Files.write(this.directory.resolve("leads.xls"), new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11,
				(byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 });
		assertUnreadable(file, "leadImport.unreadable.xls");
	}

	@Test
	void refusesAZipWithoutWorkbook() throws IOException {
		Path file = this.directory.resolve("other.xlsx");
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
			zip.putNextEntry(new ZipEntry("readme.txt"));
			zip.write("hello".getBytes());
			zip.closeEntry();
		}
		assertUnreadable(file, "leadImport.unreadable.noWorkbook");
	}

	@Test
	void refusesAZipBombQuicklyWithoutUnpackingIt() throws IOException {
		// 300 MB of zeros inside the sheet: about 300 kB compressed.
		Path file = this.directory.resolve("bomb.xlsx");
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
			zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
			zip.write("<workbook/>".getBytes());
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
			byte[] zeros = new byte[1024 * 1024];
			for (int i = 0; i < 300; i++) {
				zip.write(zeros);
			}
			zip.closeEntry();
		}
		assertThat(Files.size(file)).isLessThan(DataSize.ofMegabytes(1).toBytes());
		assertTimeoutPreemptively(Duration.ofSeconds(3),
				() -> assertUnreadable(file, "leadImport.unreadable.compressionRatio"));
	}

	@Test
	void refusesAFileThatUnpacksBeyondTheTotalLimit() throws IOException {
		LeadSheetReader strict = new LeadSheetReader(
				new LeadImportLimits(DataSize.ofMegabytes(10), 100, DataSize.ofMegabytes(1), 100_000, 1000), MESSAGES);
		Path file = this.directory.resolve("large.xlsx");
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
			zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
			zip.write(new byte[2 * 1024 * 1024]);
			zip.closeEntry();
		}
		assertThat(assertUnreadable(strict, file).messageKey()).isEqualTo("leadImport.unreadable.tooLargeUnpacked");
	}

	@Test
	void refusesAZipWithTooManyEntries() throws IOException {
		Path file = this.directory.resolve("entries.xlsx");
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
			for (int i = 0; i < 1001; i++) {
				zip.putNextEntry(new ZipEntry("xl/media/image" + i + ".png"));
				zip.closeEntry();
			}
		}
		assertUnreadable(file, "leadImport.unreadable.tooManyEntries");
	}

	@Test
	void refusesASheetWithoutHeaderRow() throws IOException {
		Path file = new XlsxFixture().row(1, inline("A1", "公司"), inline("B1", "城市"))
			.row(2, inline("A2", "华达"), inline("B2", "深圳"))
			.write(this.directory);
		assertUnreadable(file, "leadImport.unreadable.noHeader");
	}

	@Test
	void refusesMoreRowsThanTheLimit() throws IOException {
		LeadSheetReader strict = new LeadSheetReader(
				new LeadImportLimits(DataSize.ofMegabytes(10), 2, DataSize.ofMegabytes(200), 100, 1000), MESSAGES);
		Path file = new XlsxFixture().row(1, inline("A1", "客户名称"), inline("B1", "所属区域"))
			.row(2, inline("A2", "甲"), inline("B2", "SZ"))
			.row(3, inline("A3", "乙"), inline("B3", "SZ"))
			.row(4, inline("A4", "丙"), inline("B4", "SZ"))
			.write(this.directory);
		assertThat(assertUnreadable(strict, file).messageKey()).isEqualTo("leadImport.unreadable.tooManyRows");
	}

	@Test
	void recognisesHeadersHowEverTheyAreWritten() {
		assertThat(LeadSheetReader.header("年营业额（万元）")).isEqualTo(LeadSheetReader.header("年营业额"));
		assertThat(LeadSheetReader.header(" Annual Revenue (10k CNY) "))
			.isEqualTo(LeadSheetReader.header("annual revenue"));
		assertThat(LeadSheetReader.header("客户名称：")).isEqualTo(LeadSheetReader.header("客户名称"));
	}

	private List<SheetRow> read(Path file) throws Exception {
		List<SheetRow> rows = new ArrayList<>();
		this.reader.read(file, rows::add);
		return rows;
	}

	private void assertUnreadable(Path file, String messageKey) {
		assertThat(assertUnreadable(this.reader, file).messageKey()).isEqualTo(messageKey);
	}

	private static UnreadableSheetException assertUnreadable(LeadSheetReader reader, Path file) {
		UnreadableSheetException ex = assertThatExceptionOfType(UnreadableSheetException.class)
			.isThrownBy(() -> reader.read(file, (row) -> {
			}))
			.actual();
		return ex;
	}

}
