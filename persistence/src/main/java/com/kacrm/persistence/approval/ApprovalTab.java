package com.kacrm.persistence.approval;

/**
 * The views of the approval inbox (/approvals): the requests waiting for the viewer's
 * decision, the viewer's own requests, and every request the viewer may see.
 */
public enum ApprovalTab {

	/**
	 * SUBMITTED requests the viewer may decide: of deals of the teams they manage (all
	 * for admins), never their own; none for reps.
	 */
	PENDING,

	/** The requests the viewer filed, in every status. */
	MINE,

	/** Every request of a deal the viewer may see. */
	ALL;

	/** The tab named {@code code} in the URL ("pending", "mine", "all"), or null. */
	public static ApprovalTab of(String code) {
		if (code == null) {
			return null;
		}
		for (ApprovalTab tab : values()) {
			if (tab.name().equalsIgnoreCase(code.strip())) {
				return tab;
			}
		}
		return null;
	}

	/** The tab's name in URLs. */
	public String code() {
		return name().toLowerCase();
	}

}
