package com.kacrm.web.lead;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.kacrm.domain.shared.Violation;
import com.kacrm.persistence.lead.ImportRow;

/**
 * Turns the cells of a {@link SheetRow} into an {@link ImportRow}: amounts typed as text
 * with thousands separators or "万元", dates typed as text (2026-03-01, 2026/3/1 10:20,
 * 2026年3月1日). A cell that is no amount or date becomes a problem of its column; the
 * references stay as written for the import to resolve.
 */
final class ImportRows {

	private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?"
			+ "(?:(?:\\s+|T|\\s*日?\\s*)(\\d{1,2})\\s*[:时點点]\\s*(\\d{1,2})(?:\\s*[:分]\\s*(\\d{1,2})(?:\\.\\d+)?)?\\s*[分秒]?)?");

	private static final Pattern SEPARATORS = Pattern.compile("[,\\s\u00a0'’]");

	private static final Pattern UNIT = Pattern.compile("(?:万元|万|¥|￥|rmb|cny)", Pattern.CASE_INSENSITIVE);

	private ImportRows() {
	}

	static ImportRow of(SheetRow row) {
		List<Violation> problems = new ArrayList<>();
		BigDecimal revenue = amount(row.get(LeadSheetColumn.ANNUAL_REVENUE), problems);
		LocalDateTime registeredAt = dateTime(row.get(LeadSheetColumn.REGISTERED_AT), problems);
		return new ImportRow(row.rowNumber(), text(row, LeadSheetColumn.NUMBER),
				text(row, LeadSheetColumn.CUSTOMER_NAME), text(row, LeadSheetColumn.REGION),
				text(row, LeadSheetColumn.INDUSTRY), revenue, text(row, LeadSheetColumn.CUSTOMER_CLASS),
				text(row, LeadSheetColumn.SOURCE), registeredAt, text(row, LeadSheetColumn.CONTACT_HINT),
				text(row, LeadSheetColumn.NOTES), problems);
	}

	private static String text(SheetRow row, LeadSheetColumn column) {
		Object value = row.get(column);
		if (value instanceof BigDecimal number) {
			return number.stripTrailingZeros().toPlainString();
		}
		return (value != null) ? value.toString().strip() : null;
	}

	static BigDecimal amount(Object value, List<Violation> problems) {
		if (value == null || value instanceof BigDecimal) {
			return (BigDecimal) value;
		}
		String text = Normalizer.normalize(value.toString(), Normalizer.Form.NFKC);
		String plain = SEPARATORS.matcher(UNIT.matcher(text).replaceAll("")).replaceAll("");
		if (plain.isEmpty()) {
			return null;
		}
		try {
			return new BigDecimal(plain);
		}
		catch (NumberFormatException ex) {
			problems.add(Violation.of(ImportRow.ANNUAL_REVENUE, "leadImport.error.amount", value.toString().strip()));
			return null;
		}
	}

	static LocalDateTime dateTime(Object value, List<Violation> problems) {
		if (value == null || value instanceof LocalDateTime) {
			return (LocalDateTime) value;
		}
		String text = Normalizer.normalize(value.toString(), Normalizer.Form.NFKC).strip();
		Matcher matcher = DATE.matcher(text);
		if (matcher.matches()) {
			try {
				return LocalDateTime.of(number(matcher.group(1)), number(matcher.group(2)), number(matcher.group(3)),
						number(matcher.group(4)), number(matcher.group(5)), number(matcher.group(6)));
			}
			catch (DateTimeException ex) {
				// falls through to the problem
			}
		}
		problems.add(Violation.of(ImportRow.REGISTERED_AT, "leadImport.error.date", value.toString().strip()));
		return null;
	}

	private static int number(String digits) {
		return (digits != null) ? Integer.parseInt(digits) : 0;
	}

}
