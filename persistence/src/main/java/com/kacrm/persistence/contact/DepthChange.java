package com.kacrm.persistence.contact;

import java.time.Instant;

/**
 * One step of the relationship depth's trend with a person: from {@code fromDepth} to
 * {@code toDepth} at {@code at}, by whom and why. The first step of a trend is the depth
 * the person was added with; its {@code fromDepth} is null.
 */
public record DepthChange(Instant at, Integer fromDepth, int toDepth, String actorName, String reason) {

	/** Whether the relationship grew deeper with this step. */
	public boolean deeper() {
		return this.fromDepth != null && this.toDepth > this.fromDepth;
	}

	/** Whether the relationship grew shallower with this step. */
	public boolean shallower() {
		return this.fromDepth != null && this.toDepth < this.fromDepth;
	}

}
