package com.kacrm.web.lead;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.kacrm.domain.shared.Violation;
import com.kacrm.persistence.lead.ImportRow;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Amounts and dates typed as text in an imported sheet. */
class ImportRowsTests {

	@Test
	void readsAmountsWithThousandsSeparatorsAndUnits() {
		List<Violation> problems = new ArrayList<>();
		assertThat(ImportRows.amount("1,234.5", problems)).isEqualTo(new BigDecimal("1234.5"));
		assertThat(ImportRows.amount("１２ ０００万元", problems)).isEqualTo(new BigDecimal("12000"));
		assertThat(ImportRows.amount(new BigDecimal("7"), problems)).isEqualTo(new BigDecimal("7"));
		assertThat(problems).isEmpty();
		assertThat(ImportRows.amount("很多", problems)).isNull();
		assertThat(problems).extracting(Violation::field, Violation::messageKey)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(ImportRow.ANNUAL_REVENUE, "leadImport.error.amount"));
	}

	@Test
	void readsDatesWrittenAsText() {
		List<Violation> problems = new ArrayList<>();
		assertThat(ImportRows.dateTime("2026-03-01", problems)).isEqualTo(LocalDateTime.of(2026, 3, 1, 0, 0));
		assertThat(ImportRows.dateTime("2026/3/1 10:20", problems)).isEqualTo(LocalDateTime.of(2026, 3, 1, 10, 20));
		assertThat(ImportRows.dateTime("2026-03-01 10:20:30", problems))
			.isEqualTo(LocalDateTime.of(2026, 3, 1, 10, 20, 30));
		assertThat(ImportRows.dateTime("2026年3月1日", problems)).isEqualTo(LocalDateTime.of(2026, 3, 1, 0, 0));
		assertThat(ImportRows.dateTime("2026.3.1", problems)).isEqualTo(LocalDateTime.of(2026, 3, 1, 0, 0));
		assertThat(problems).isEmpty();
		assertThat(ImportRows.dateTime("2026-02-30", problems)).isNull();
		assertThat(ImportRows.dateTime("下周", problems)).isNull();
		assertThat(problems).hasSize(2).allMatch((p) -> p.messageKey().equals("leadImport.error.date"));
	}

	@Test
	void keepsTheRowsCellsAndNamesItsUnreadableOnes() {
		ImportRow row = ImportRows
			.of(new SheetRow(7, Map.of(LeadSheetColumn.CUSTOMER_NAME, " 华达 ", LeadSheetColumn.REGION, "SZ",
					LeadSheetColumn.ANNUAL_REVENUE, "abc", LeadSheetColumn.NUMBER, new BigDecimal("42"))));
		assertThat(row.rowNumber()).isEqualTo(7);
		assertThat(row.customerName()).isEqualTo("华达");
		assertThat(row.number()).isEqualTo("42");
		assertThat(row.problems()).extracting(Violation::field).containsExactly(ImportRow.ANNUAL_REVENUE);
	}

}
