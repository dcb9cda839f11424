package com.kacrm.web.report;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import com.kacrm.persistence.report.KpiFigures;
import com.kacrm.persistence.report.KpiRep;
import com.kacrm.persistence.report.KpiResult;
import com.kacrm.persistence.report.KpiTeam;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import org.springframework.context.MessageSource;

/**
 * Writes the KPI report as .xlsx: a title row with the period, the header row, each
 * team's reps followed by the team's subtotal, and the grand total; the same rows as the
 * screen. Figures are numbers; names are always text cells, never formulas.
 */
final class KpiSheetWriter {

	/** The columns, in order, by their header's message key suffix. */
	static final List<String> COLUMNS = List.of("team", "rep", "revenue", "wonDeals", "payments", "newProjects",
			"approvedProposals", "competitorRecords", "customerRecords", "industryRecords", "informationCollected",
			"accounts", "cadenceKept");

	private static final String AMOUNT_FORMAT = "#,##0.00##";

	private static final String PERCENT_FORMAT = "0.0";

	private final MessageSource messages;

	private final Locale locale;

	KpiSheetWriter(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	void write(KpiResult result, OutputStream out) throws IOException {
		Workbook workbook = new Workbook(out, "kacrm", "1.0");
		workbook.setGlobalDefaultFont("宋体", 11);
		Worksheet sheet = workbook.newWorksheet(message("kpi.sheetName"));
		sheet.value(0, 0, message("kpi.fileTitle", result.from().toString(), result.to().toString()));
		sheet.range(0, 0, 0, COLUMNS.size() - 1).style().bold().fontSize(14).merge().set();
		for (int column = 0; column < COLUMNS.size(); column++) {
			sheet.value(1, column, message("kpi.column." + COLUMNS.get(column)));
			sheet.width(column, (column < 2) ? 16 : 12);
		}
		sheet.range(1, 0, 1, COLUMNS.size() - 1).style().bold().fillColor("DDEBF7").set();
		sheet.freezePane(2, 2);
		int row = 2;
		for (KpiTeam team : result.teams()) {
			for (KpiRep rep : team.reps()) {
				line(sheet, row++, team.name().in(this.locale), rep.name(), rep.figures());
			}
			line(sheet, row, team.name().in(this.locale), message("kpi.teamTotal"), team.total());
			sheet.range(row, 0, row, COLUMNS.size() - 1).style().bold().set();
			row++;
		}
		line(sheet, row, message("kpi.grandTotal"), null, result.total());
		sheet.range(row, 0, row, COLUMNS.size() - 1).style().bold().set();
		workbook.finish();
	}

	private void line(Worksheet sheet, int row, String team, String rep, KpiFigures figures) {
		text(sheet, row, 0, team);
		text(sheet, row, 1, rep);
		number(sheet, row, 2, figures.revenue(), AMOUNT_FORMAT);
		sheet.value(row, 3, figures.wonDeals());
		number(sheet, row, 4, figures.paymentsReceived(), AMOUNT_FORMAT);
		sheet.value(row, 5, figures.newProjects());
		sheet.value(row, 6, figures.approvedProposals());
		sheet.value(row, 7, figures.competitorRecords());
		sheet.value(row, 8, figures.customerRecords());
		sheet.value(row, 9, figures.industryRecords());
		sheet.value(row, 10, figures.informationCollected());
		sheet.value(row, 11, figures.accounts());
		number(sheet, row, 12, figures.cadenceKeptPercent(), PERCENT_FORMAT);
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

	private String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, this.locale);
	}

}
