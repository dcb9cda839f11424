package com.kacrm.persistence.lead;

/**
 * What an import does when some rows are invalid: by default nothing is saved
 * ({@link #ALL_OR_NOTHING}); the user may choose to save the valid rows and leave the
 * others ({@link #VALID_ROWS_ONLY}).
 */
public enum ImportMode {

	ALL_OR_NOTHING, VALID_ROWS_ONLY

}
