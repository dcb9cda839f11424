package com.kacrm.persistence.lead;

import java.util.List;

/**
 * The row-by-row report of an import: every row with its outcome.
 *
 * @param refused true when nothing was saved because some rows are invalid and the mode
 * is {@link ImportMode#ALL_OR_NOTHING}
 */
public record ImportReport(ImportMode mode, List<ImportRowResult> rows, boolean refused) {

	public ImportReport {
		rows = List.copyOf(rows);
	}

	public long imported() {
		return count(ImportRowResult.Status.IMPORTED);
	}

	public long invalid() {
		return count(ImportRowResult.Status.INVALID);
	}

	public int total() {
		return this.rows.size();
	}

	private long count(ImportRowResult.Status status) {
		return this.rows.stream().filter((row) -> row.status() == status).count();
	}

}
