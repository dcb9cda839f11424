package com.kacrm.persistence.lead;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import com.kacrm.domain.lead.LeadStatus;
import com.kacrm.domain.reference.Tier;
import com.kacrm.domain.shared.Violation;
import com.kacrm.persistence.test.PersistenceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Importing lead sheets on the real database: all or nothing, only the valid rows,
 * references by code or name, duplicates within the file and against registered leads,
 * kept numbers. Each test rolls back.
 */
@PersistenceTest
class LeadImportServiceIntegrationTests {

	@Autowired
	LeadImportService imports;

	@Autowired
	LeadSheetService sheet;

	@Autowired
	LeadService leads;

	@Autowired
	TestEntityManager entities;

	LeadWorld world;

	String prefix;

	@BeforeEach
	void createOrganisation() {
		this.world = new LeadWorld(this.entities);
		this.prefix = LeadWorld.unique("导入");
	}

	@Test
	void oneBadRowAmongManyImportsNothingAndNamesTheRow() {
		List<ImportRow> rows = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			rows.add(row(i + 3, this.prefix + "公司" + i, this.world.south.getCode()));
		}
		rows.set(17, row(20, this.prefix + "公司17", "火星"));
		ImportReport report = this.imports.importRows(rows, ImportMode.ALL_OR_NOTHING, "导入", this.world.admin,
				ImportProgress.NONE);
		assertThat(report.refused()).isTrue();
		assertThat(report.imported()).isZero();
		assertThat(report.rows()).hasSize(30);
		ImportRowResult bad = report.rows().get(17);
		assertThat(bad.rowNumber()).isEqualTo(20);
		assertThat(bad.status()).isEqualTo(ImportRowResult.Status.INVALID);
		assertThat(bad.problems()).containsExactly(Violation.of(ImportRow.REGION, "leadImport.error.unknown", "火星"));
		assertThat(report.rows()).filteredOn((row) -> row.rowNumber() != 20)
			.allMatch((row) -> row.status() == ImportRowResult.Status.NOT_IMPORTED);
		assertThat(leadsNamed(this.prefix)).isZero();
	}

	@Test
	void validRowsOnlyImportsTheOthersAndReportsTheirNumbers() {
		List<ImportRow> rows = List.of(row(3, this.prefix + "甲", this.world.south.getCode()),
				row(4, this.prefix + "乙", this.world.south.getCode(), "Z"), row(5, this.prefix + "丙", "南区"),
				row(6, "", this.world.south.getCode()));
		ImportReport report = this.imports.importRows(rows, ImportMode.VALID_ROWS_ONLY, "导入", this.world.admin,
				ImportProgress.NONE);
		assertThat(report.refused()).isFalse();
		assertThat(report.imported()).isEqualTo(2);
		assertThat(report.rows()).extracting(ImportRowResult::status)
			.containsExactly(ImportRowResult.Status.IMPORTED, ImportRowResult.Status.INVALID,
					ImportRowResult.Status.IMPORTED, ImportRowResult.Status.INVALID);
		assertThat(report.rows().get(1).problems())
			.containsExactly(Violation.of(ImportRow.CUSTOMER_CLASS, "leadImport.error.customerClass", "Z"));
		assertThat(report.rows().get(3).problems())
			.containsExactly(Violation.of(ImportRow.CUSTOMER_NAME, "leadImport.error.required"));
		ImportRowResult first = report.rows().get(0);
		assertThat(first.number()).startsWith(this.world.south.getCode() + "-");
		LeadView lead = this.sheet.show(first.leadId(), this.world.admin);
		assertThat(lead.customerName()).isEqualTo(this.prefix + "甲");
		assertThat(lead.status()).isEqualTo(LeadStatus.NEW);
		assertThat(leadsNamed(this.prefix)).isEqualTo(2);
	}

	@Test
	void resolvesReferencesByCodeOrNameAndKeepsTheSheetsValues() {
		ImportRow row = new ImportRow(3, null, this.prefix + "华达", "South", "汽车配件", new BigDecimal("60000"), "a类",
				"互联网/搜索引擎", LocalDateTime.of(2026, 3, 1, 10, 20), "王经理", "=1+1", List.of());
		ImportReport report = this.imports.importRows(List.of(row), ImportMode.ALL_OR_NOTHING, "导入时给定",
				this.world.admin, ImportProgress.NONE);
		assertThat(report.imported()).isEqualTo(1);
		LeadView lead = this.sheet.show(report.rows().get(0).leadId(), this.world.admin);
		assertThat(lead.regionCode()).isEqualTo(this.world.south.getCode());
		assertThat(lead.industryCode()).isEqualTo("AUTO_PARTS");
		assertThat(lead.sourceCode()).isEqualTo("INTERNET_SEARCH");
		assertThat(lead.customerClass()).isEqualTo(Tier.A);
		assertThat(lead.classSetByHand()).isTrue();
		assertThat(lead.notes()).isEqualTo("=1+1");
		assertThat(lead.registeredAt())
			.isEqualTo(LocalDateTime.of(2026, 3, 1, 10, 20).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
		assertThat(lead.number()).isEqualTo(this.world.south.getCode() + "-2026-00001");
	}

	@Test
	void anEmptyClassIsProposedByTheTierCriteria() {
		ImportReport report = this.imports.importRows(List.of(row(3, this.prefix + "乙", this.world.south.getCode())),
				ImportMode.ALL_OR_NOTHING, "导入", this.world.admin, ImportProgress.NONE);
		LeadView lead = this.sheet.show(report.rows().get(0).leadId(), this.world.admin);
		assertThat(lead.customerClass()).isNotNull();
		assertThat(lead.classSetByHand()).isFalse();
	}

	@Test
	void duplicatesInTheFileAndInTheDatabaseAreInvalidRows() {
		RegisteredLead existing = this.leads.register(this.world.lead(this.prefix + "已有有限公司", this.world.south),
				this.world.admin, false);
		List<ImportRow> rows = List.of(row(3, this.prefix + "新科", this.world.south.getCode()),
				row(4, this.prefix + "新科有限公司", this.world.east.getCode()),
				row(5, this.prefix + "已有", this.world.south.getCode()));
		ImportReport report = this.imports.importRows(rows, ImportMode.VALID_ROWS_ONLY, "导入", this.world.admin,
				ImportProgress.NONE);
		assertThat(report.rows()).extracting(ImportRowResult::status)
			.containsExactly(ImportRowResult.Status.IMPORTED, ImportRowResult.Status.INVALID,
					ImportRowResult.Status.INVALID);
		assertThat(report.rows().get(1).problems())
			.containsExactly(Violation.of(ImportRow.CUSTOMER_NAME, "leadImport.error.duplicateInFile", 3));
		assertThat(report.rows().get(2).problems()).containsExactly(Violation.of(ImportRow.CUSTOMER_NAME,
				"leadImport.error.duplicateLead", existing.number(), this.prefix + "已有有限公司"));
	}

	@Test
	void keptNumbersMustBeOfTheRowsRegionAndUnused() {
		String south = this.world.south.getCode();
		RegisteredLead existing = this.leads.register(this.world.lead(this.prefix + "占号", this.world.south),
				this.world.admin, false);
		List<ImportRow> rows = List.of(numbered(3, south + "-2025-00042", this.prefix + "甲", south),
				numbered(4, this.world.east.getCode() + "-2025-00001", this.prefix + "乙", south),
				numbered(5, existing.number(), this.prefix + "丙", south),
				numbered(6, south + "-2025-00042", this.prefix + "丁", south),
				numbered(7, "42", this.prefix + "戊", south));
		ImportReport report = this.imports.importRows(rows, ImportMode.VALID_ROWS_ONLY, "导入", this.world.admin,
				ImportProgress.NONE);
		assertThat(report.rows().get(0).status()).isEqualTo(ImportRowResult.Status.IMPORTED);
		assertThat(report.rows().get(0).number()).isEqualTo(south + "-2025-00042");
		assertThat(report.rows().get(1).problems()).extracting(Violation::messageKey)
			.containsExactly("leadImport.error.numberOfOtherRegion");
		assertThat(report.rows().get(2).problems()).extracting(Violation::messageKey)
			.containsExactly("leadImport.error.numberInUse");
		assertThat(report.rows().get(3).problems()).extracting(Violation::messageKey)
			.containsExactly("leadImport.error.numberInFile");
		assertThat(report.rows().get(4).problems()).extracting(Violation::messageKey)
			.containsExactly("leadImport.error.number");
		RegisteredLead next = this.leads.register(
				this.world.lead(this.prefix + "后来", this.world.south)
					.registeredAt(LocalDateTime.of(2025, 6, 1, 9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant()),
				this.world.admin, false);
		assertThat(next.number()).isEqualTo(south + "-2025-00043");
	}

	@Test
	void numbersAreDrawnInBlocksWithoutGapsAndAKeptNumberMovesTheCounterPastIt() {
		String south = this.world.south.getCode();
		LocalDateTime march = LocalDateTime.of(2026, 3, 1, 10, 0);
		List<ImportRow> rows = List.of(dated(3, null, this.prefix + "甲", march),
				dated(4, null, this.prefix + "乙", march), dated(5, south + "-2026-00010", this.prefix + "丙", march),
				dated(6, null, this.prefix + "丁", march), dated(7, null, this.prefix + "戊", march.minusYears(1)));
		ImportReport report = this.imports.importRows(rows, ImportMode.ALL_OR_NOTHING, "导入", this.world.admin,
				ImportProgress.NONE);
		assertThat(report.rows()).extracting(ImportRowResult::number)
			.containsExactly(south + "-2026-00001", south + "-2026-00002", south + "-2026-00010", south + "-2026-00011",
					south + "-2025-00001");
		RegisteredLead next = this.leads.register(this.world.lead(this.prefix + "后来", this.world.south)
			.registeredAt(march.atZone(ZoneId.of("Asia/Shanghai")).toInstant()), this.world.admin, false);
		assertThat(next.number()).as("the numbers of the block the import did not use are given back")
			.isEqualTo(south + "-2026-00012");
	}

	@Test
	void amountsDatesAndUnreadableCellsAreCheckedPerColumn() {
		ImportRow row = new ImportRow(9, null, this.prefix + "负数", this.world.south.getCode(), "不存在的行业",
				new BigDecimal("-1"), null, null, LocalDateTime.now().plusYears(1), null, null,
				List.of(Violation.of(ImportRow.REGISTERED_AT, "leadImport.error.date", "下周")));
		ImportReport report = this.imports.importRows(List.of(row), ImportMode.ALL_OR_NOTHING, "导入", this.world.admin,
				ImportProgress.NONE);
		assertThat(report.rows().get(0).problems()).extracting(Violation::field, Violation::messageKey)
			.containsExactlyInAnyOrder(
					org.assertj.core.groups.Tuple.tuple(ImportRow.REGISTERED_AT, "leadImport.error.date"),
					org.assertj.core.groups.Tuple.tuple(ImportRow.INDUSTRY, "leadImport.error.unknown"),
					org.assertj.core.groups.Tuple.tuple(ImportRow.ANNUAL_REVENUE, "leadImport.error.negative"),
					org.assertj.core.groups.Tuple.tuple(ImportRow.REGISTERED_AT, "leadImport.error.future"));
	}

	@Test
	void progressIsReportedAsRowsAreCheckedAndSaved() {
		List<ImportRow> rows = new ArrayList<>();
		for (int i = 0; i < LeadImportService.BATCH + 5; i++) {
			rows.add(row(i + 3, this.prefix + "批量" + i, this.world.south.getCode()));
		}
		List<Integer> validated = new ArrayList<>();
		List<Integer> saved = new ArrayList<>();
		ImportReport report = this.imports.importRows(rows, ImportMode.ALL_OR_NOTHING, "导入", this.world.admin,
				new ImportProgress() {
					@Override
					public void validated(int count) {
						validated.add(count);
					}

					@Override
					public void saved(int count) {
						saved.add(count);
					}
				});
		assertThat(report.imported()).isEqualTo(LeadImportService.BATCH + 5);
		assertThat(validated).contains(LeadImportService.BATCH, LeadImportService.BATCH + 5);
		assertThat(saved).contains(LeadImportService.BATCH, LeadImportService.BATCH + 5);
		assertThat(leadsNamed(this.prefix + "批量")).isEqualTo(LeadImportService.BATCH + 5);
	}

	private long leadsNamed(String prefix) {
		return this.entities.getEntityManager()
			.createQuery("select count(l) from Lead l where l.name like :prefix", Long.class)
			.setParameter("prefix", prefix + "%")
			.getSingleResult();
	}

	private static ImportRow row(int number, String name, String region) {
		return row(number, name, region, null);
	}

	private static ImportRow row(int number, String name, String region, String customerClass) {
		return new ImportRow(number, null, name, region, "AUTO_PARTS", new BigDecimal("100"), customerClass,
				"INTERNET_SEARCH", null, null, null, List.of());
	}

	private ImportRow dated(int number, String leadNumber, String name, LocalDateTime registeredAt) {
		return new ImportRow(number, leadNumber, name, this.world.south.getCode(), "AUTO_PARTS", new BigDecimal("100"),
				null, "INTERNET_SEARCH", registeredAt, null, null, List.of());
	}

	private static ImportRow numbered(int number, String leadNumber, String name, String region) {
		return new ImportRow(number, leadNumber, name, region, null, null, null, null, null, null, null, List.of());
	}

}
