package com.kacrm.domain.buyingcentre;

/**
 * What the coverage panel warns about in a deal's buying centre; each names its message
 * key {@code coverage.warning.<NAME>}, whose argument is the person concerned (if any).
 */
public enum CoverageWarning {

	/** No final approver (※) identified: nobody knows who signs. */
	NO_FINAL_APPROVER(true),

	/** No decision maker (+) identified. */
	NO_DECISION_MAKER(true),

	/** No evaluator (=) identified: nobody known to assess the solution. */
	NO_EVALUATOR(false),

	/** No end user (−) identified. */
	NO_END_USER(false),

	/** The final approver is an opponent. */
	FINAL_APPROVER_OPPOSED(true),

	/** A decision maker is an opponent. */
	DECISION_MAKER_OPPOSED(true),

	/** Nobody in the buying centre is a champion (教练) for us. */
	NO_CHAMPION(false),

	/**
	 * Our relationship with the final approver or a decision maker is shallow (depth
	 * 1–2).
	 */
	SHALLOW_KEY_RELATIONSHIP(false);

	private final boolean critical;

	CoverageWarning(boolean critical) {
		this.critical = critical;
	}

	/** Whether the warning puts the deal at risk rather than asking for more work. */
	public boolean isCritical() {
		return this.critical;
	}

}
