package com.kacrm.web.approval;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import com.kacrm.persistence.approval.ApprovalReport;
import com.kacrm.persistence.approval.ApprovalReportRow;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import org.springframework.context.MessageSource;

/**
 * Writes the approval report as .xlsx for 市场策划部: a title row with the period, the header
 * row and the sheet's name in the reader's language, one row per approved request and a
 * totals row. Amounts are numbers and days are dates, so the sheet sums and sorts as
 * people expect; text is always a text cell, never a formula (a project named {@code =…}
 * stays inert).
 */
final class ApprovalReportWriter {

	/** The columns, in order, by their header's message key. */
	static final List<String> COLUMNS = List.of("number", "project", "account", "industry", "team", "requester",
			"estimatedAmount", "expectedContractDate", "requestedBudget", "approvedBy", "approvedAt", "milestone");

	private static final String DATE_FORMAT = "yyyy-mm-dd";

	private static final String DATE_TIME_FORMAT = "yyyy-mm-dd hh:mm";

	private static final String AMOUNT_FORMAT = "#,##0.00##";

	private static final String MONEY_FORMAT = "#,##0.00";

	private final MessageSource messages;

	private final Locale locale;

	private final ZoneId zone;

	ApprovalReportWriter(MessageSource messages, Locale locale, ZoneId zone) {
		this.messages = messages;
		this.locale = locale;
		this.zone = zone;
	}

	void write(ApprovalReport report, OutputStream out) throws IOException {
		Workbook workbook = new Workbook(out, "kacrm", "1.0");
		workbook.setGlobalDefaultFont("宋体", 11);
		Worksheet sheet = workbook.newWorksheet(message("approvalReport.sheetName"));
		sheet.value(0, 0, message("approvalReport.fileTitle", report.from().toString(), report.to().toString()));
		sheet.range(0, 0, 0, COLUMNS.size() - 1).style().bold().fontSize(14).merge().set();
		for (int column = 0; column < COLUMNS.size(); column++) {
			sheet.value(1, column, message("approvalReport.column." + COLUMNS.get(column)));
			sheet.width(column, width(COLUMNS.get(column)));
		}
		sheet.range(1, 0, 1, COLUMNS.size() - 1).style().bold().fillColor("DDEBF7").set();
		sheet.freezePane(0, 2);
		int row = 2;
		for (ApprovalReportRow line : report.rows()) {
			row(sheet, row++, line);
		}
		sheet.value(row, 0, message("approvalReport.total"));
		sheet.value(row, 1, message("approvalReport.count", report.rows().size()));
		number(sheet, row, 6, report.totalEstimatedAmount(), AMOUNT_FORMAT);
		number(sheet, row, 8, report.totalRequestedBudget(), MONEY_FORMAT);
		sheet.range(row, 0, row, COLUMNS.size() - 1).style().bold().set();
		workbook.finish();
	}

	private void row(Worksheet sheet, int row, ApprovalReportRow line) {
		text(sheet, row, 0, line.number());
		text(sheet, row, 1, line.projectName());
		text(sheet, row, 2, line.accountName());
		text(sheet, row, 3, (line.industry() != null) ? line.industry().in(this.locale) : null);
		text(sheet, row, 4, line.teamName().in(this.locale));
		text(sheet, row, 5, line.requesterName());
		number(sheet, row, 6, line.estimatedAmount(), AMOUNT_FORMAT);
		date(sheet, row, 7, line.expectedContractDate());
		number(sheet, row, 8, line.requestedBudget(), MONEY_FORMAT);
		text(sheet, row, 9, line.approvedBy());
		sheet.value(row, 10, line.approvedAt().atZone(this.zone).toLocalDateTime().truncatedTo(ChronoUnit.MINUTES));
		sheet.style(row, 10).format(DATE_TIME_FORMAT).set();
		text(sheet, row, 11, message("milestone." + line.milestone().position()));
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

	private static void date(Worksheet sheet, int row, int column, LocalDate value) {
		if (value != null) {
			sheet.value(row, column, value);
			sheet.style(row, column).format(DATE_FORMAT).set();
		}
	}

	private static double width(String column) {
		return switch (column) {
			case "project", "account" -> 32;
			case "approvedAt", "milestone", "industry", "expectedContractDate" -> 18;
			case "number", "estimatedAmount", "requestedBudget" -> 16;
			default -> 12;
		};
	}

	private String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, this.locale);
	}

}
