package com.kacrm.persistence.shared;

/**
 * The record asked for does not exist, or the user may not see it: both answer 404, so an
 * id typed into the URL reveals nothing.
 */
public class RecordNotFoundException extends RuntimeException {

	public RecordNotFoundException(String message) {
		super(message);
	}

}
