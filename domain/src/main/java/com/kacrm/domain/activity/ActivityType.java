package com.kacrm.domain.activity;

/**
 * The kinds of customer contact (客户交往活动) of SPEC 7. Each names its message key
 * {@code activity.type.<NAME>}.
 */
public enum ActivityType {

	/** 电话邀约: the phone invitation of the manual. */
	PHONE_INVITATION(false, false),

	/** 销售拜访: a sales visit. */
	SALES_VISIT(true, false),

	/** 技术研讨: a technical seminar or exchange. */
	TECHNICAL_SEMINAR(true, true),

	/** 项目交流: a project exchange. */
	PROJECT_EXCHANGE(true, false),

	/** 方案演示: a demonstration. */
	DEMONSTRATION(true, true),

	/** 高层拜访: an executive visit. */
	EXECUTIVE_VISIT(true, true),

	/** 项目考察: a site visit (the customer visits a reference site or our plant). */
	SITE_VISIT(true, true),

	/** 条款谈判: a negotiation meeting. */
	NEGOTIATION(true, false),

	/** Anything else. */
	OTHER(false, false);

	private final boolean visit;

	private final boolean deepContact;

	ActivityType(boolean visit, boolean deepContact) {
		this.visit = visit;
		this.deepContact = deepContact;
	}

	/**
	 * Whether it is a meeting with the customer, which counts as a visit (milestone 2's
	 * "at least one visit logged", the manual's "four or more visits").
	 */
	public boolean isVisit() {
		return this.visit;
	}

	/**
	 * Whether it is one of the exchanges that mark deep contact (milestone 4): technical
	 * seminar, demonstration, site visit or executive visit.
	 */
	public boolean isDeepContact() {
		return this.deepContact;
	}

}
