package com.kacrm.domain.lead;

/** How a lead went back to the public pool (公海). */
public enum PoolReleaseKind {

	/** Its owner gave it back. */
	RELEASED,

	/** The pool rule of its tier took it back for lack of contact or deal progress. */
	RETURNED

}
