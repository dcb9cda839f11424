package com.kacrm.web.lead;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Reads an uploaded lead sheet (.xlsx) row by row, streamed, as Excel, LibreOffice and
 * WPS save it. The file is checked first ({@link XlsxGuard}); then the first sheet with a
 * header row among its first {@value #HEADER_SEARCH_ROWS} rows is read. Headers are
 * recognised in Chinese or English, in any order, with or without the unit in
 * parentheses; 编号, 联系提示 and 备注 may be missing. Cells are read as values, never evaluated:
 * a formula gives the value it had when saved, text such as "=1+1" stays text.
 */
@Component
public class LeadSheetReader {

	static final int HEADER_SEARCH_ROWS = 10;

	private static final Pattern PARENTHESES = Pattern.compile("\\(.*?\\)");

	private static final Pattern IGNORED = Pattern.compile("[\\s:：*]+");

	private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

	private static final LocalDate EXCEL_EPOCH_1904 = LocalDate.of(1904, 1, 1);

	private final LeadImportLimits limits;

	private final Map<String, LeadSheetColumn> headers = new HashMap<>();

	public LeadSheetReader(LeadImportLimits limits, MessageSource messages) {
		this.limits = limits;
		for (LeadSheetColumn column : LeadSheetColumn.values()) {
			for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
				this.headers.put(header(messages.getMessage(column.messageKey(), null, locale)), column);
			}
			this.headers.put(header(column.sortKey()), column);
		}
	}

	public LeadImportLimits limits() {
		return this.limits;
	}

	/**
	 * Checks that {@code file} is an .xlsx within the limits, without parsing it.
	 * @throws UnreadableSheetException when it is not
	 */
	public void check(Path file) throws UnreadableSheetException, IOException {
		new XlsxGuard(this.limits).check(file);
	}

	/**
	 * Hands each non-blank data row of the sheet to {@code rows}.
	 * @return how many rows were handed over
	 * @throws UnreadableSheetException when the file is no readable lead sheet or passes
	 * a limit
	 */
	public int read(Path file, Consumer<SheetRow> rows) throws UnreadableSheetException, IOException {
		new XlsxGuard(this.limits).check(file);
		try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(false, false))) {
			for (Sheet sheet : workbook.getSheets().toList()) {
				try (Stream<Row> stream = sheet.openStream()) {
					Iterator<Row> iterator = stream.iterator();
					Optional<Map<Integer, LeadSheetColumn>> header = findHeader(iterator);
					if (header.isPresent()) {
						return readRows(iterator, header.get(), workbook.isDate1904(), rows);
					}
				}
			}
		}
		catch (ExcelReaderException | IllegalStateException | java.io.UncheckedIOException ex) {
			throw new UnreadableSheetException(ex, "leadImport.unreadable.notXlsx");
		}
		throw new UnreadableSheetException("leadImport.unreadable.noHeader", HEADER_SEARCH_ROWS);
	}

	private Optional<Map<Integer, LeadSheetColumn>> findHeader(Iterator<Row> rows) {
		while (rows.hasNext()) {
			Row row = rows.next();
			if (row.getRowNum() > HEADER_SEARCH_ROWS) {
				return Optional.empty();
			}
			Map<Integer, LeadSheetColumn> columns = new HashMap<>();
			for (Cell cell : row) {
				if (cell != null && cell.getType() == org.dhatim.fastexcel.reader.CellType.STRING) {
					LeadSheetColumn column = this.headers.get(header(cell.getText()));
					if (column != null && !columns.containsValue(column)) {
						columns.put(cell.getColumnIndex(), column);
					}
				}
			}
			if (columns.containsValue(LeadSheetColumn.CUSTOMER_NAME) && columns.containsValue(LeadSheetColumn.REGION)) {
				return Optional.of(columns);
			}
		}
		return Optional.empty();
	}

	private int readRows(Iterator<Row> rows, Map<Integer, LeadSheetColumn> header, boolean date1904,
			Consumer<SheetRow> consumer) throws UnreadableSheetException {
		int count = 0;
		while (rows.hasNext()) {
			Row row = rows.next();
			Map<LeadSheetColumn, Object> cells = new EnumMap<>(LeadSheetColumn.class);
			for (Map.Entry<Integer, LeadSheetColumn> column : header.entrySet()) {
				Cell cell = row.hasCell(column.getKey()) ? row.getCell(column.getKey()) : null;
				Object value = value(cell, column.getValue(), date1904);
				if (value != null) {
					cells.put(column.getValue(), value);
				}
			}
			if (cells.isEmpty()) {
				continue;
			}
			if (++count > this.limits.maxRows()) {
				throw new UnreadableSheetException("leadImport.unreadable.tooManyRows", this.limits.maxRows());
			}
			consumer.accept(new SheetRow(row.getRowNum(), cells));
		}
		return count;
	}

	private static Object value(Cell cell, LeadSheetColumn column, boolean date1904) {
		if (cell == null) {
			return null;
		}
		return switch (cell.getType()) {
			case NUMBER -> number(new BigDecimal(cell.getRawValue()), column, date1904);
			case STRING, ERROR -> blankToNull(cell.getText());
			case BOOLEAN -> cell.getRawValue();
			case FORMULA -> formula(cell, column, date1904);
			case EMPTY -> null;
		};
	}

	/** What the formula showed when the file was saved; never evaluated here. */
	private static Object formula(Cell cell, LeadSheetColumn column, boolean date1904) {
		String cached = cell.getRawValue();
		if (cached == null || cached.isBlank()) {
			return "=" + cell.getFormula();
		}
		try {
			return number(new BigDecimal(cached.strip()), column, date1904);
		}
		catch (NumberFormatException ex) {
			return cached;
		}
	}

	private static Object number(BigDecimal number, LeadSheetColumn column, boolean date1904) {
		if (column == LeadSheetColumn.REGISTERED_AT) {
			return excelDate(number, date1904);
		}
		if (column == LeadSheetColumn.ANNUAL_REVENUE) {
			return number;
		}
		return number.stripTrailingZeros().toPlainString();
	}

	/**
	 * An Excel serial date (days since 1899-12-30, fractions for the time), to the
	 * second.
	 */
	static LocalDateTime excelDate(BigDecimal serial, boolean date1904) {
		long seconds = serial.multiply(BigDecimal.valueOf(86_400))
			.setScale(0, java.math.RoundingMode.HALF_UP)
			.longValue();
		return (date1904 ? EXCEL_EPOCH_1904 : EXCEL_EPOCH).atStartOfDay().plus(seconds, ChronoUnit.SECONDS);
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text;
	}

	/** A header as compared: folded width and case, no spaces, no unit in parentheses. */
	static String header(String text) {
		if (text == null) {
			return "";
		}
		String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
		return IGNORED.matcher(PARENTHESES.matcher(folded).replaceAll("")).replaceAll("");
	}

}
