package com.kacrm.web.opportunity;

/** The deal's new owner (none: nobody), on the version the user read. */
public class OwnerForm {

	private Long ownerId;

	/**
	 * -1 until the form says which version it read: a post without one is a conflict,
	 * never a match.
	 */
	private long version = -1;

	public Long getOwnerId() {
		return this.ownerId;
	}

	public void setOwnerId(Long ownerId) {
		this.ownerId = ownerId;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
