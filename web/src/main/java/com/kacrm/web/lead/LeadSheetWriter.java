package com.kacrm.web.lead;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Locale;

import com.kacrm.persistence.lead.LeadRow;
import com.kacrm.domain.shared.LocalizedName;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import org.springframework.context.MessageSource;

/**
 * Writes the lead sheet JTF001 as .xlsx, streamed row by row: a title row ("深圳潜在客户线索汇总表
 * (JTF001)"), the header row and one row a lead, in the user's language. Text is always
 * written as a text cell, never as a formula, so a name such as {@code =HYPERLINK(…)} or
 * {@code +86 755…} stays inert when the file is opened (formula injection).
 */
public final class LeadSheetWriter implements AutoCloseable {

	static final String SHEET_NAME = "JTF001";

	private static final int FLUSH_EVERY = 1000;

	private static final String DATE_TIME_FORMAT = "yyyy-mm-dd hh:mm";

	private static final String AMOUNT_FORMAT = "#,##0.####";

	private final Workbook workbook;

	private final Worksheet sheet;

	private final Locale locale;

	private final ZoneId zone;

	private final boolean formColumnsOnly;

	private int row = 2;

	/**
	 * @param title the sheet's title, e.g. "深圳潜在客户线索汇总表(JTF001)"
	 */
	public LeadSheetWriter(OutputStream out, String title, MessageSource messages, Locale locale, ZoneId zone) {
		this(out, title, messages, locale, zone, false);
	}

	/**
	 * @param formColumnsOnly only the manual's columns, without contact hint and notes:
	 * for a sheet that goes to people outside the owning team (定期转发)
	 */
	public LeadSheetWriter(OutputStream out, String title, MessageSource messages, Locale locale, ZoneId zone,
			boolean formColumnsOnly) {
		this.formColumnsOnly = formColumnsOnly;
		this.workbook = new Workbook(out, "kacrm", "1.0");
		this.workbook.setGlobalDefaultFont("宋体", 11);
		this.sheet = this.workbook.newWorksheet(SHEET_NAME);
		this.locale = locale;
		this.zone = zone;
		LeadSheetColumn[] columns = formColumnsOnly ? Arrays.stream(LeadSheetColumn.values())
			.filter(LeadSheetColumn::isOnForm)
			.toArray(LeadSheetColumn[]::new) : LeadSheetColumn.values();
		this.sheet.value(0, 0, title);
		this.sheet.range(0, 0, 0, columns.length - 1)
			.style()
			.bold()
			.fontSize(14)
			.horizontalAlignment("center")
			.merge()
			.set();
		for (LeadSheetColumn column : columns) {
			this.sheet.value(1, column.ordinal(), messages.getMessage(column.messageKey(), null, locale));
			this.sheet.width(column.ordinal(), width(column));
		}
		this.sheet.range(1, 0, 1, columns.length - 1).style().bold().fillColor("DDEBF7").set();
		this.sheet.freezePane(0, 2);
	}

	private static double width(LeadSheetColumn column) {
		return switch (column) {
			case CUSTOMER_NAME -> 36;
			case NOTES -> 40;
			case CONTACT_HINT, SOURCE -> 22;
			case NUMBER, REGISTERED_AT -> 18;
			default -> 12;
		};
	}

	/** Adds one lead. */
	public void add(LeadRow lead) {
		text(LeadSheetColumn.NUMBER, lead.number());
		text(LeadSheetColumn.CUSTOMER_NAME, lead.customerName());
		text(LeadSheetColumn.REGION, name(lead.region()));
		text(LeadSheetColumn.INDUSTRY, name(lead.industry()));
		if (lead.annualRevenue() != null) {
			this.sheet.value(this.row, LeadSheetColumn.ANNUAL_REVENUE.ordinal(), lead.annualRevenue());
			this.sheet.style(this.row, LeadSheetColumn.ANNUAL_REVENUE.ordinal()).format(AMOUNT_FORMAT).set();
		}
		text(LeadSheetColumn.CUSTOMER_CLASS, (lead.customerClass() != null) ? lead.customerClass().name() : null);
		text(LeadSheetColumn.SOURCE, name(lead.source()));
		this.sheet.value(this.row, LeadSheetColumn.REGISTERED_AT.ordinal(),
				lead.registeredAt().atZone(this.zone).toLocalDateTime().truncatedTo(ChronoUnit.SECONDS));
		this.sheet.style(this.row, LeadSheetColumn.REGISTERED_AT.ordinal()).format(DATE_TIME_FORMAT).set();
		text(LeadSheetColumn.CONTACT_HINT, lead.contactHint());
		text(LeadSheetColumn.NOTES, lead.notes());
		this.row++;
		if (this.row % FLUSH_EVERY == 0) {
			flush();
		}
	}

	/** Adds a closing line below the rows, e.g. that the export was cut at its limit. */
	public void addNote(String note) {
		this.sheet.value(this.row + 1, 0, note);
		this.sheet.style(this.row + 1, 0).italic().set();
	}

	/**
	 * Adds a sheet of plain text after the lead sheet, e.g. the instructions of the
	 * import template: the first line bold, every cell a text cell.
	 */
	public void addTextSheet(String name, java.util.List<java.util.List<String>> lines) {
		Worksheet text = this.workbook.newWorksheet(name);
		for (int r = 0; r < lines.size(); r++) {
			java.util.List<String> line = lines.get(r);
			for (int c = 0; c < line.size(); c++) {
				if (line.get(c) != null) {
					text.value(r, c, line.get(c));
				}
			}
		}
		text.width(0, 24);
		text.width(1, 12);
		text.width(2, 80);
		if (!lines.isEmpty()) {
			text.range(0, 0, 0, Math.max(0, lines.get(0).size() - 1)).style().bold().fillColor("DDEBF7").set();
		}
	}

	private void text(LeadSheetColumn column, String value) {
		if (value != null && (column.isOnForm() || !this.formColumnsOnly)) {
			// A string cell is text to every spreadsheet program: "=…", "+…", "-…", "@…"
			// are
			// shown, never evaluated.
			this.sheet.value(this.row, column.ordinal(), value);
		}
	}

	private String name(LocalizedName name) {
		return (name != null) ? name.in(this.locale) : null;
	}

	private void flush() {
		try {
			this.sheet.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Ends the file; the output stream stays open. */
	@Override
	public void close() throws IOException {
		this.workbook.finish();
	}

}
