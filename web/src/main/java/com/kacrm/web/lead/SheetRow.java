package com.kacrm.web.lead;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Map;

/**
 * One data row of an imported sheet as its cells hold it: text as {@link String}, numbers
 * as {@link BigDecimal}, dates (numbers in the 登记时间 column) as {@link LocalDateTime}.
 * Nothing is resolved here: region, industry and source stay as written.
 *
 * @param rowNumber the row in the spreadsheet, counted from 1 as the user sees it
 */
public record SheetRow(int rowNumber, Map<LeadSheetColumn, Object> cells) {

	public SheetRow {
		cells = Map.copyOf(cells);
	}

	/** The cell's value, or null when it is empty or the sheet lacks the column. */
	public Object get(LeadSheetColumn column) {
		return this.cells.get(column);
	}

}
