package com.kacrm.persistence.shared;

/**
 * A user asked to change a record they may see but not change in this way (e.g. a rep
 * assigning leads). Answered with 403; records a user may not see at all are answered as
 * not found instead, so their existence does not leak.
 */
public class NotPermittedException extends RuntimeException {

	public NotPermittedException(String message) {
		super(message);
	}

}
