package com.kacrm.web.report;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import com.kacrm.persistence.report.FunnelResult;
import com.kacrm.persistence.report.FunnelStage;
import com.kacrm.persistence.report.ReportFilter;
import com.kacrm.persistence.report.StalledDealRow;
import com.kacrm.persistence.report.StalledDeals;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import org.springframework.context.MessageSource;

/**
 * Writes the funnel as .xlsx: a sheet with the screen's table (title row with the period,
 * header row, eight milestones, totals) and a sheet of the stalled deals. Amounts, rates
 * and days are numbers; text is always a text cell, never a formula.
 */
final class FunnelWriter {

	/** The funnel sheet's columns, by their header's message key suffix. */
	static final List<String> COLUMNS = List.of("milestone", "count", "amount", "weightedAmount", "conversionRate",
			"cohort", "avgDays", "medianDays");

	/** The stalled sheet's columns. */
	static final List<String> STALLED_COLUMNS = List.of("name", "account", "owner", "milestone", "days", "amount");

	private static final String AMOUNT_FORMAT = "#,##0.00";

	private static final String RATE_FORMAT = "0.00%";

	private static final String DAYS_FORMAT = "0.0";

	private final MessageSource messages;

	private final Locale locale;

	FunnelWriter(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	void write(ReportFilter filter, FunnelResult funnel, StalledDeals stalled, OutputStream out) throws IOException {
		Workbook workbook = new Workbook(out, "kacrm", "1.0");
		workbook.setGlobalDefaultFont("宋体", 11);
		Worksheet sheet = workbook.newWorksheet(message("funnel.sheetName"));
		sheet.value(0, 0, message("funnel.fileTitle", String.valueOf(filter.from()), String.valueOf(filter.to())));
		sheet.range(0, 0, 0, COLUMNS.size() - 1).style().bold().fontSize(14).merge().set();
		for (int column = 0; column < COLUMNS.size(); column++) {
			sheet.value(1, column, message("funnel.column." + COLUMNS.get(column)));
			sheet.width(column, (column == 0) ? 24 : 14);
		}
		sheet.range(1, 0, 1, COLUMNS.size() - 1).style().bold().fillColor("DDEBF7").set();
		int row = 2;
		for (FunnelStage stage : funnel.stages()) {
			sheet.value(row, 0, message("milestone." + stage.milestone().position()));
			sheet.value(row, 1, stage.count());
			number(sheet, row, 2, stage.amount(), AMOUNT_FORMAT);
			number(sheet, row, 3, stage.weightedAmount(), AMOUNT_FORMAT);
			number(sheet, row, 4, stage.conversionRate(), RATE_FORMAT);
			sheet.value(row, 5, stage.cohort());
			number(sheet, row, 6, stage.avgDays(), DAYS_FORMAT);
			number(sheet, row, 7, stage.medianDays(), DAYS_FORMAT);
			row++;
		}
		sheet.value(row, 0, message("funnel.total"));
		sheet.value(row, 1, funnel.totals().count());
		number(sheet, row, 2, funnel.totals().amount(), AMOUNT_FORMAT);
		number(sheet, row, 3, funnel.totals().weightedAmount(), AMOUNT_FORMAT);
		sheet.range(row, 0, row, COLUMNS.size() - 1).style().bold().set();

		Worksheet aging = workbook.newWorksheet(message("funnel.stalled.sheetName"));
		aging.value(0, 0, message("funnel.stalled.title", stalled.days(), stalled.total()));
		aging.range(0, 0, 0, STALLED_COLUMNS.size() - 1).style().bold().merge().set();
		for (int column = 0; column < STALLED_COLUMNS.size(); column++) {
			aging.value(1, column, message("funnel.stalled.column." + STALLED_COLUMNS.get(column)));
			aging.width(column, (column < 2) ? 32 : 14);
		}
		aging.range(1, 0, 1, STALLED_COLUMNS.size() - 1).style().bold().fillColor("DDEBF7").set();
		int line = 2;
		for (StalledDealRow deal : stalled.rows()) {
			text(aging, line, 0, deal.name());
			text(aging, line, 1, deal.accountName());
			text(aging, line, 2, deal.ownerName());
			aging.value(line, 3, message("milestone." + deal.milestone().position()));
			aging.value(line, 4, deal.days());
			number(aging, line, 5, deal.amount(), AMOUNT_FORMAT);
			line++;
		}
		workbook.finish();
	}

	private static void text(Worksheet sheet, int row, int column, String value) {
		if (value != null) {
			sheet.value(row, column, value);
		}
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
