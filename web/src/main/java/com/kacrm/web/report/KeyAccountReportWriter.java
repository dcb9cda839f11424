package com.kacrm.web.report;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import com.kacrm.persistence.report.KeyAccountFigures;
import com.kacrm.persistence.report.ReportFilter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import org.springframework.context.MessageSource;

/**
 * Writes the key-account analysis as .xlsx, one sheet per figure set of the screen
 * (regions, years, top by sales, top by profit), in the reader's language. Each sheet has
 * a title row naming the period, a header row, then the screen's rows; amounts and
 * percentages are number cells (empty where the screen shows none), names are always text
 * cells, never formulas.
 */
final class KeyAccountReportWriter {

	/** Columns of the years sheet by their header's message key suffix. */
	static final List<String> YEAR_COLUMNS = List.of("year", "keyAccountSales", "otherSales", "totalSales",
			"keyAccountShare", "buyingKeyAccounts", "averageSales", "keyAccountPayments", "keyAccountProfit",
			"unknownProfitDeals", "growthRate");

	/** Columns of the ranking sheets. */
	static final List<String> RANK_COLUMNS = List.of("rank", "account", "region", "sales", "profit",
			"unknownProfitDeals", "payments");

	private static final String AMOUNT_FORMAT = "#,##0.00##";

	private static final String PERCENT_FORMAT = "0.00";

	private final MessageSource messages;

	private final Locale locale;

	KeyAccountReportWriter(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	void write(KeyAccountFigures figures, ReportFilter filter, OutputStream out) throws IOException {
		Workbook workbook = new Workbook(out, "kacrm", "1.0");
		workbook.setGlobalDefaultFont("宋体", 11);
		String period = message("keyAccountReport.export.period", filter.from().toString(), filter.to().toString());
		regions(workbook.newWorksheet(message("keyAccountReport.sheet.regions")), figures, period);
		years(workbook.newWorksheet(message("keyAccountReport.sheet.years")), figures, period);
		ranking(workbook.newWorksheet(message("keyAccountReport.sheet.topBySales")), figures.topBySales(), period);
		ranking(workbook.newWorksheet(message("keyAccountReport.sheet.topByProfit")), figures.topByProfit(), period);
		workbook.finish();
	}

	private void regions(Worksheet sheet, KeyAccountFigures figures, String period) {
		header(sheet, period, List.of("keyAccountReport.region.name", "keyAccountReport.region.keyAccounts",
				"keyAccountReport.region.buying"));
		int row = 2;
		for (KeyAccountFigures.Region region : figures.regions()) {
			sheet.value(row, 0, region.name().in(this.locale));
			sheet.value(row, 1, region.keyAccounts());
			sheet.value(row, 2, region.buyingKeyAccounts());
			row++;
		}
	}

	private void years(Worksheet sheet, KeyAccountFigures figures, String period) {
		header(sheet, period, YEAR_COLUMNS.stream().map((c) -> "keyAccountReport.year." + c).toList());
		int row = 2;
		for (KeyAccountFigures.Year year : figures.years()) {
			sheet.value(row, 0, year.year());
			number(sheet, row, 1, year.keyAccountSales(), AMOUNT_FORMAT);
			number(sheet, row, 2, year.otherSales(), AMOUNT_FORMAT);
			number(sheet, row, 3, year.totalSales(), AMOUNT_FORMAT);
			number(sheet, row, 4, year.keyAccountShare(), PERCENT_FORMAT);
			sheet.value(row, 5, year.buyingKeyAccounts());
			number(sheet, row, 6, year.averageSales(), AMOUNT_FORMAT);
			number(sheet, row, 7, year.keyAccountPayments(), AMOUNT_FORMAT);
			number(sheet, row, 8, year.keyAccountProfit(), AMOUNT_FORMAT);
			sheet.value(row, 9, year.unknownProfitDeals());
			number(sheet, row, 10, year.growthRate(), PERCENT_FORMAT);
			row++;
		}
	}

	private void ranking(Worksheet sheet, List<KeyAccountFigures.Ranked> ranking, String period) {
		header(sheet, period, RANK_COLUMNS.stream().map((c) -> "keyAccountReport.rank." + c).toList());
		sheet.width(1, 32);
		int row = 2;
		for (KeyAccountFigures.Ranked line : ranking) {
			sheet.value(row, 0, line.rank());
			sheet.value(row, 1, line.accountName());
			sheet.value(row, 2, line.region().in(this.locale));
			number(sheet, row, 3, line.sales(), AMOUNT_FORMAT);
			number(sheet, row, 4, line.profit(), AMOUNT_FORMAT);
			sheet.value(row, 5, line.unknownProfitDeals());
			number(sheet, row, 6, line.payments(), AMOUNT_FORMAT);
			row++;
		}
	}

	private void header(Worksheet sheet, String period, List<String> keys) {
		sheet.value(0, 0, period);
		sheet.style(0, 0).bold().set();
		for (int column = 0; column < keys.size(); column++) {
			sheet.value(1, column, message(keys.get(column)));
			sheet.width(column, 16);
		}
		sheet.range(1, 0, 1, keys.size() - 1).style().bold().fillColor("DDEBF7").wrapText(true).set();
		sheet.freezePane(0, 2);
	}

	private static void number(Worksheet sheet, int row, int column, BigDecimal value, String format) {
		if (value != null) {
			sheet.value(row, column, value);
			sheet.style(row, column).format(format).set();
		}
	}

	private String message(String key, Object... args) {
		return this.messages.getMessage(key, args, this.locale);
	}

}
