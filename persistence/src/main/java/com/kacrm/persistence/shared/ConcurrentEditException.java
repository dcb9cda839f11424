package com.kacrm.persistence.shared;

import com.kacrm.domain.shared.VersionedEntity;

/**
 * Someone else saved the record after the user opened it. The user's change is not
 * applied; the screen shows the record as it is now and says so.
 */
public class ConcurrentEditException extends RuntimeException {

	public ConcurrentEditException(String message) {
		super(message);
	}

	/**
	 * Refuses an edit of {@code entity} based on version {@code expectedVersion} when the
	 * record has moved on since.
	 */
	public static void check(VersionedEntity entity, long expectedVersion) {
		if (entity.getVersion() != expectedVersion) {
			throw new ConcurrentEditException(entity.getClass().getSimpleName() + " " + entity.getId()
					+ " is at version " + entity.getVersion() + ", the edit was based on " + expectedVersion);
		}
	}

}
