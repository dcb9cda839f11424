package com.kacrm.persistence.lead;

import java.util.List;

import com.kacrm.domain.shared.Violation;

/**
 * What became of one row of an import.
 *
 * @param problems why the row is invalid (field = the sheet's column); empty otherwise
 * @param leadId the registered lead; null unless {@link Status#IMPORTED}
 * @param number the registered lead's number (编号)
 */
public record ImportRowResult(int rowNumber, String customerName, Status status, List<Violation> problems, Long leadId,
		String number) {

	public ImportRowResult {
		problems = List.copyOf(problems);
	}

	/** The outcome of a row. */
	public enum Status {

		/** Registered as a lead. */
		IMPORTED,
		/** Breaks a rule; never saved. */
		INVALID,
		/** Valid, but not saved because other rows are invalid (all or nothing). */
		NOT_IMPORTED

	}

}
