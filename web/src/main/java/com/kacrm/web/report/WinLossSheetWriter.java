package com.kacrm.web.report;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import com.kacrm.persistence.report.WinLossReasonRow;
import com.kacrm.persistence.report.WinLossResult;
import com.kacrm.persistence.report.WinLossRow;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import org.springframework.context.MessageSource;

/**
 * Writes the win/loss report as .xlsx: one sheet per breakdown (reason, industry, tier,
 * competitor), each with the period in a title row, the header in the reader's language,
 * the screen's lines and the total. Amounts are numbers; names are always text cells,
 * never formulas.
 */
final class WinLossSheetWriter {

	static final List<String> COLUMNS = List.of("won", "lost", "wonAmount", "lostAmount", "winRate");

	private static final String AMOUNT_FORMAT = "#,##0.00##";

	private final MessageSource messages;

	private final Locale locale;

	WinLossSheetWriter(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	void write(WinLossResult result, OutputStream out) throws IOException {
		Workbook workbook = new Workbook(out, "kacrm", "1.0");
		workbook.setGlobalDefaultFont("宋体", 11);
		String period = message("winLoss.period", String.valueOf(result.filter().from()),
				String.valueOf(result.filter().to()));
		reasons(workbook.newWorksheet(message("winLoss.byReason")), result, period);
		lines(workbook.newWorksheet(message("winLoss.byIndustry")), "winLoss.column.industry", result.byIndustry(),
				result.total(), period, "winLoss.noIndustry");
		lines(workbook.newWorksheet(message("winLoss.byTier")), "winLoss.column.tier", result.byTier(), result.total(),
				period, "winLoss.noTier");
		lines(workbook.newWorksheet(message("winLoss.byCompetitor")), "winLoss.column.competitor",
				result.byCompetitor(), null, period, null);
		workbook.finish();
	}

	private void reasons(Worksheet sheet, WinLossResult result, String period) {
		title(sheet, period, 3);
		sheet.value(1, 0, message("winLoss.column.reason"));
		sheet.value(1, 1, message("winLoss.column.lost"));
		sheet.value(1, 2, message("winLoss.column.lostAmount"));
		sheet.range(1, 0, 1, 2).style().bold().fillColor("DDEBF7").set();
		sheet.width(0, 24);
		int row = 2;
		for (WinLossReasonRow line : result.byReason()) {
			sheet.value(row, 0, message("opportunity.lossReason." + line.reason().name()));
			sheet.value(row, 1, line.lost());
			amount(sheet, row, 2, line.lostAmount());
			row++;
		}
		sheet.value(row, 0, message("winLoss.total"));
		sheet.value(row, 1, result.total().lost());
		amount(sheet, row, 2, result.total().lostAmount());
		sheet.range(row, 0, row, 2).style().bold().set();
	}

	private void lines(Worksheet sheet, String nameColumn, List<WinLossRow> lines, WinLossRow total, String period,
			String noneKey) {
		title(sheet, period, COLUMNS.size() + 1);
		sheet.value(1, 0, message(nameColumn));
		for (int column = 0; column < COLUMNS.size(); column++) {
			sheet.value(1, column + 1, message("winLoss.column." + COLUMNS.get(column)));
			sheet.width(column + 1, 14);
		}
		sheet.width(0, 28);
		sheet.range(1, 0, 1, COLUMNS.size()).style().bold().fillColor("DDEBF7").set();
		int row = 2;
		for (WinLossRow line : lines) {
			String name = line.name(this.locale);
			sheet.value(row, 0, (name != null) ? name : message(noneKey));
			figures(sheet, row, line);
			row++;
		}
		if (total != null) {
			sheet.value(row, 0, message("winLoss.total"));
			figures(sheet, row, total);
			sheet.range(row, 0, row, COLUMNS.size()).style().bold().set();
		}
	}

	private static void figures(Worksheet sheet, int row, WinLossRow line) {
		sheet.value(row, 1, line.won());
		sheet.value(row, 2, line.lost());
		amount(sheet, row, 3, line.wonAmount());
		amount(sheet, row, 4, line.lostAmount());
		if (line.winRate() != null) {
			sheet.value(row, 5, line.winRate());
			sheet.style(row, 5).format("0.0").set();
		}
	}

	private void title(Worksheet sheet, String period, int columns) {
		sheet.value(0, 0, message("winLoss.title") + " " + period);
		sheet.range(0, 0, 0, columns - 1).style().bold().fontSize(14).merge().set();
	}

	private static void amount(Worksheet sheet, int row, int column, BigDecimal value) {
		sheet.value(row, column, value);
		sheet.style(row, column).format(AMOUNT_FORMAT).set();
	}

	private String message(String key, Object... args) {
		return this.messages.getMessage(key, args, this.locale);
	}

}
