package com.kacrm.persistence.lead;

/**
 * Hears how far an import has come, so a screen can show progress on a large file. Called
 * on the importing thread.
 */
public interface ImportProgress {

	/** Nobody listens. */
	ImportProgress NONE = new ImportProgress() {
	};

	/** {@code rows} rows have been checked. */
	default void validated(int rows) {
	}

	/**
	 * {@code rows} rows have been registered (and may still roll back, all or nothing).
	 */
	default void saved(int rows) {
	}

}
